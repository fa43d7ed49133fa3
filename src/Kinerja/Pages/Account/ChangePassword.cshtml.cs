using Kinerja.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Pages.Account;

/// <summary>Ganti kata sandi: the current one, then a new one; every other session ends (this one stays signed in).</summary>
public sealed class ChangePasswordModel(UserManager<KinerjaUser> users, Sessions sessions) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public string? Message { get; private set; }

    public int? Ended { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid || Input.NewPassword != Input.Repeat)
        {
            Message = ModelState.IsValid ? AccountForms.RepeatDiffers : AccountForms.FirstError(ModelState);
            return Page();
        }

        var me = HttpContext.SignedIn()!;
        var user = await users.FindByIdAsync(me.Id.ToString());
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            Message = AccountForms.Describe(result);
            return Page();
        }

        Ended = await sessions.EndAllAsync(user.Id, keep: me.SessionId);
        return Page();
    }
}
