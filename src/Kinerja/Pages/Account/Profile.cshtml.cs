using Kinerja.Accounts;
using Kinerja.Data;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages.Account;

/// <summary>Profil: who the user is, what they hold, the second factor, and the sessions still open (each can be ended here).</summary>
public sealed class ProfileModel(KinerjaDbContext db, Sessions sessions, KinerjaSignInManager signIn) : PageModel
{
    public sealed record SessionRow(Guid Id, string Started, string LastSeen, string Client, string Address, bool Current);

    [BindProperty]
    public Guid Session { get; set; }

    public SignedInUser Me { get; private set; } = null!;

    public IReadOnlyList<(string Role, string Unit)> Roles { get; private set; } = [];

    public IReadOnlyList<SessionRow> OpenSessions { get; private set; } = [];

    public string? Message { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    /// <summary>Ends one other session of the user (a phone left signed in somewhere).</summary>
    public async Task<IActionResult> OnPostEndAsync()
    {
        var me = HttpContext.SignedIn()!;
        if (Session != me.SessionId && await db.Sessions.AnyAsync(s => s.Id == Session && s.UserId == me.Id && s.EndedAt == null))
        {
            await sessions.EndAsync(Session);
            Message = "Sesi itu telah diakhiri.";
        }

        await LoadAsync();
        return Page();
    }

    /// <summary>Keluar dari semua perangkat: every session ends, this one too.</summary>
    public async Task<IActionResult> OnPostEndAllAsync()
    {
        await sessions.EndAllAsync(HttpContext.SignedIn()!.Id, keep: null);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }

    private async Task LoadAsync()
    {
        Me = HttpContext.SignedIn()!;
        Roles = Me.Holdings.Select(h => (AccessRules.Title(h.Role), h.UnitName)).ToList();
        var zone = IndonesianTimeZone.Wib;
        if (Me.Home is { } home && await db.WorkUnits.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(w => w.Id == home.Unit.Id) is { } unit)
        {
            zone = LocalTime.ZoneOf(unit);
        }

        var open = await db.Sessions.AsNoTracking().Where(s => s.UserId == Me.Id && s.EndedAt == null).ToListAsync();
        OpenSessions = open.OrderByDescending(s => s.LastSeenAt)
            .Select(s => new SessionRow(s.Id, LocalTime.Format(s.CreatedAt, zone), LocalTime.Format(s.LastSeenAt, zone),
                s.Client ?? "tidak diketahui", s.Address ?? "tidak diketahui", s.Id == Me.SessionId))
            .ToList();
    }
}
