using Kinerja.Accounts;
using Kinerja.Changes;
using Kinerja.Data;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages.Users;

/// <summary>A unit on which the admin may manage users, as the selects and filters list it.</summary>
public sealed record AdminUnit(Guid Id, string Name, WorkUnitLevel Level, Guid? ParentId)
{
    public UnitPlace Place => new(Id, Level, ParentId);
}

/// <summary>
/// Whose accounts an admin manages: the units on which its roles allow <see cref="Act.Administer"/>, and the users whose every
/// role is held on one of them. Requiring every role (not just one) keeps a province admin's hands off a person who also holds
/// a role elsewhere — the admin nasional above all, who often holds roles in the provinces too. Role-less users belong to
/// nobody's province, so only the admin nasional sees them.
/// </summary>
public sealed class AdminScope
{
    private readonly Dictionary<Guid, AdminUnit> _units;

    private AdminScope(SignedInUser admin, List<AdminUnit> units)
    {
        Admin = admin;
        Units = units;
        _units = units.ToDictionary(u => u.Id);
        IsNational = admin.Holdings.Any(h => h.Role == Role.Administrator && h.Unit.Level == WorkUnitLevel.National);
    }

    public SignedInUser Admin { get; }

    /// <summary>The units the admin administers, national first, then provinces each followed by its regencies/cities.</summary>
    public IReadOnlyList<AdminUnit> Units { get; }

    public bool IsNational { get; }

    public static async Task<AdminScope> LoadAsync(KinerjaDbContext db, SignedInUser admin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(admin);
        var all = await db.WorkUnits.AsNoTracking().IgnoreAutoIncludes()
            .Select(w => new AdminUnit(w.Id, w.Name, w.Level, w.ParentId))
            .ToListAsync(cancellationToken);
        var byId = all.ToDictionary(u => u.Id);
        string SortKey(AdminUnit unit) => unit.Level switch
        {
            WorkUnitLevel.National => "0",
            WorkUnitLevel.Province => $"1{unit.Name}",
            _ => $"1{(unit.ParentId is { } parent && byId.TryGetValue(parent, out var province) ? province.Name : string.Empty)}\u0001{unit.Name}",
        };
        var administered = all.Where(u => admin.Can(Act.Administer, u.Place)).OrderBy(SortKey, StringComparer.Ordinal).ToList();
        return new AdminScope(admin, administered);
    }

    public bool Administers(Guid workUnitId) => _units.ContainsKey(workUnitId);

    public AdminUnit? Unit(Guid workUnitId) => _units.GetValueOrDefault(workUnitId);

    public bool Covers(KinerjaUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return IsNational || (user.Roles.Count > 0 && user.Roles.All(r => Administers(r.WorkUnitId)));
    }

    /// <summary>"Operator satker — KPU Kota Serang".</summary>
    public string Label(UserRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return $"{AccessRules.Title(role.Role)} — {Unit(role.WorkUnitId)?.Name ?? "satuan kerja lain"}";
    }

    /// <summary>The users with a role on the admin's units (everyone for the admin nasional), with their roles; not tracked.</summary>
    public async Task<List<KinerjaUser>> UsersAsync(KinerjaDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var users = db.Users.AsNoTracking().Include(u => u.Roles);
        IQueryable<KinerjaUser> query = users;
        if (!IsNational)
        {
            var ids = Units.Select(u => u.Id).ToList();
            query = users.Where(u => u.Roles.Any(r => ids.Contains(r.WorkUnitId)));
        }

        var found = await query.ToListAsync(cancellationToken);
        return [.. found.Where(Covers).OrderBy(u => u.FullName, StringComparer.CurrentCulture)];
    }

    /// <summary>One user of the scope, tracked for a change; null (the page answers 404) for anyone outside it.</summary>
    public async Task<KinerjaUser?> UserAsync(KinerjaDbContext db, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var user = await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is not null && Covers(user) ? user : null;
    }

    /// <summary>
    /// Puts an account act in the change trail of the unit it concerns (the trail is kept per unit; revision 0, since the act
    /// changes no revision of the unit itself) and stores it.
    /// </summary>
    public static Task RecordAsync(KinerjaDbContext db, Guid workUnitId, DateTimeOffset at, string summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ChangeLog.Record(db, ChangeSubject.WorkUnit, workUnitId, workUnitId, revision: 0, at, summary);
        return db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Where links handed out point: the configured public address, or the address this request came to.</summary>
    public static string BaseAddress(IConfiguration configuration, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(request);
        return configuration["PublicUrl"] is { Length: > 0 } configured ? configured : $"{request.Scheme}://{request.Host}";
    }
}

/// <summary>A one-time link to hand over, as <c>_Link</c> shows it.</summary>
public sealed record HandedLink(string Title, string Link);

/// <summary>The unit and role selects (<c>_RoleFields</c>), with what was chosen.</summary>
public sealed record RoleFields(AdminScope Scope, Guid? Unit, Role? Role);
