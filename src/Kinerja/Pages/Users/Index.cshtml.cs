using Kinerja.Accounts;
using Kinerja.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Pages.Users;

/// <summary>Pengguna: the accounts of the admin's scope, filtered by unit and by text (name, e-mail or NIP).</summary>
public sealed class IndexModel(KinerjaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "satker")]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "cari")]
    public string? Search { get; set; }

    public AdminScope Scope { get; private set; } = null!;

    public IReadOnlyList<KinerjaUser> Users { get; private set; } = [];

    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Scope = await AdminScope.LoadAsync(db, HttpContext.SignedIn()!, cancellationToken);
        var users = await Scope.UsersAsync(db, cancellationToken);
        Total = users.Count;
        IEnumerable<KinerjaUser> shown = users;
        if (UnitId is { } unit)
        {
            shown = shown.Where(u => u.Roles.Any(r => r.WorkUnitId == unit));
        }

        var text = Search?.Trim() ?? string.Empty;
        if (text.Length > 0)
        {
            shown = shown.Where(u => u.FullName.Contains(text, StringComparison.CurrentCultureIgnoreCase)
                || (u.Email ?? string.Empty).Contains(text, StringComparison.OrdinalIgnoreCase)
                || (u.Nip?.Digits.Contains(text.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal) ?? false));
        }

        Users = [.. shown];
        return Page();
    }
}
