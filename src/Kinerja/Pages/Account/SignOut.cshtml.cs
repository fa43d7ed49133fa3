using Kinerja.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Pages.Account;

/// <summary>Keluar: ends this session on the server and removes the cookie. A POST only (a link cannot sign anyone out).</summary>
public sealed class SignOutModel(KinerjaSignInManager signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
