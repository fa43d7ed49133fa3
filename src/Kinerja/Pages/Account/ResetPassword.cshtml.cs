using Kinerja.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Pages.Account;

/// <summary>
/// Atur ulang kata sandi, from the one-time link an admin hands over (<see cref="UserAccounts.ResetLinkAsync"/>): a new
/// password, then every session of the user ends, since whoever knew the old password may be signed in somewhere.
/// </summary>
public sealed class ResetPasswordModel(UserManager<KinerjaUser> users, Sessions sessions) : PageModel
{
    public const string LinkUnusable = "Tautan ini tidak berlaku lagi: sudah dipakai atau sudah lewat 2 jam. Minta tautan baru kepada admin satuan kerja Anda.";

    [BindProperty(SupportsGet = true, Name = "pengguna")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "token")]
    public string? Token { get; set; }

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public string? Message { get; private set; }

    public bool Done { get; private set; }

    public bool Unusable { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await FindAsync();
        Unusable = user is null || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<KinerjaUser>.ResetPasswordTokenPurpose, Token!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindAsync();
        if (user is null)
        {
            Unusable = true;
            return Page();
        }

        if (!ModelState.IsValid || Input.NewPassword != Input.Repeat)
        {
            Message = ModelState.IsValid ? AccountForms.RepeatDiffers : AccountForms.FirstError(ModelState);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Token!, Input.NewPassword);
        if (!result.Succeeded)
        {
            Unusable = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            Message = Unusable ? null : AccountForms.Describe(result);
            return Page();
        }

        user.ResetRequestedAt = null;
        await users.UpdateAsync(user);
        await sessions.EndAllAsync(user.Id, keep: null);
        Done = true;
        return Page();
    }

    private async Task<KinerjaUser?> FindAsync()
    {
        if (string.IsNullOrEmpty(Token) || !Guid.TryParseExact(UserId, "N", out var id))
        {
            return null;
        }

        return await users.FindByIdAsync(id.ToString()) is { IsActive: true } user ? user : null;
    }
}
