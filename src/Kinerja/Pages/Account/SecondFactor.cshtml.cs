using System.ComponentModel.DataAnnotations;
using Kinerja.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Pages.Account;

/// <summary>The second step of signing in: a code from the authenticator app (accepted once) or one of the recovery codes.</summary>
public sealed class SecondFactorModel(KinerjaSignInManager signIn) : PageModel
{
    public const string Failure = "Kode salah atau sudah pernah dipakai. Tunggu kode berikutnya di aplikasi autentikator, atau pakai kode pemulihan.";

    [BindProperty]
    [Required]
    [MaxLength(20)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public bool Recovery { get; set; }

    [BindProperty(SupportsGet = true, Name = "kembali")]
    public string? ReturnTo { get; set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var code = (Code ?? string.Empty).Trim();
        var result = !ModelState.IsValid ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : Recovery ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (!result.Succeeded)
        {
            Message = result.IsLockedOut ? SignInModel.Failure : Failure;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        return LocalRedirect(SignInModel.Landing(ReturnTo));
    }
}
