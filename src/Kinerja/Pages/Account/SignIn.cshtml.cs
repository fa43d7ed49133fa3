using System.ComponentModel.DataAnnotations;
using Kinerja.Access;
using Kinerja.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Pages.Account;

/// <summary>Masuk: e-mail and password, then (for a user with a second factor) the code page. One message for every failure.</summary>
public sealed class SignInModel(KinerjaSignInManager signIn) : PageModel
{
    /// <summary>Said for a wrong e-mail, a wrong password, a locked or a deactivated account alike: nobody learns which accounts exist.</summary>
    public const string Failure = "E-mail atau kata sandi salah, atau akun sedang tidak dapat dipakai. Setelah 5 kali salah, akun dikunci 15 menit.";

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "kembali")]
    public string? ReturnTo { get; set; }

    public string? Message { get; private set; }

    public IActionResult OnGet() => HttpContext.SignedIn() is not null ? LocalRedirect(AccessFilter.LocalOnly(ReturnTo)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Message = "Isi e-mail dan kata sandi.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SecondFactor", new { kembali = ReturnTo });
        }

        if (!result.Succeeded)
        {
            Message = Failure;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        return LocalRedirect(Landing(ReturnTo));
    }

    /// <summary>Where a person goes after signing in: back where they were headed, or where their work is.</summary>
    internal static string Landing(string? returnTo) =>
        !string.IsNullOrEmpty(returnTo) && AccessFilter.LocalOnly(returnTo) is { } local && local != "/" ? local : "/Akun/Mulai";
}

public sealed class SignInInput
{
    [Required]
    [MaxLength(256)]
    public string Email { get; set; } = string.Empty;

    [Required]
    [MaxLength(PasswordRules.MaxLength)]
    public string Password { get; set; } = string.Empty;
}
