using Kinerja.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Pages.Account;

/// <summary>Right after signing in: sends the person to where their work is (<see cref="Kinerja.Accounts.Landing"/>).</summary>
public sealed class StartModel : PageModel
{
    public IActionResult OnGet() => HttpContext.SignedIn() is { } user ? LocalRedirect(Kinerja.Accounts.Landing.For(user)) : RedirectToPage("/Account/SignIn");
}
