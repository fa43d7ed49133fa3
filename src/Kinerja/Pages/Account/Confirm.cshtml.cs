using System.ComponentModel.DataAnnotations;
using Kinerja.Access;
using Kinerja.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Pages.Account;

/// <summary>
/// Konfirmasi: the password typed again before the most sensitive acts (<see cref="SessionPolicy.ConfirmationValidFor"/>).
/// Failures count toward the lockout, so this page cannot be used to guess the password of a session left open.
/// </summary>
public sealed class ConfirmModel(UserManager<KinerjaUser> users, Sessions sessions, KinerjaSignInManager signIn) : PageModel
{
    public const string Failure = "Kata sandi salah. Setelah 5 kali salah, akun dikunci 15 menit.";

    [BindProperty]
    [Required(ErrorMessage = "Isi kata sandi.")]
    [MaxLength(PasswordRules.MaxLength)]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true, Name = "kembali")]
    public string? ReturnTo { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var me = HttpContext.SignedIn()!;
        var user = await users.FindByIdAsync(me.Id.ToString());
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (!ModelState.IsValid)
        {
            Message = AccountForms.FirstError(ModelState);
            return Page();
        }

        if (await users.IsLockedOutAsync(user) || !await users.CheckPasswordAsync(user, Password))
        {
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user))
            {
                // A locked account signs out here as it would be refused at sign-in: the session must not outlive the lock.
                await sessions.EndAllAsync(user.Id, keep: null);
                await signIn.SignOutAsync();
                return RedirectToPage("/Account/SignIn");
            }

            Message = Failure;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await users.ResetAccessFailedCountAsync(user);
        await sessions.ConfirmAsync(me.SessionId);
        return LocalRedirect(AccessFilter.LocalOnly(ReturnTo));
    }
}
