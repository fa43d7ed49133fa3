using Kinerja.Accounts;
using Kinerja.Data;
using Kinerja.Domain.Access;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Access;

/// <summary>
/// Which work units' data a request may read, and which it may change. Every query on unit data is filtered by the read part in
/// the DbContext; every save is checked against the write part (<see cref="Permit"/>), which the access filter sets from the
/// endpoint's act before the handler runs. <see cref="National"/> is the system's own scope (command line, start-up, tests):
/// it reads and writes everything and names no person.
/// </summary>
public sealed class WorkUnitScope
{
    private readonly Guid[] _unitIds;
    private IReadOnlyList<Holding> _holdings = [];
    private Act? _act;
    private readonly bool _writesEverywhere;
    private bool _writesWhatItReads;

    private WorkUnitScope(bool isNational, Guid[] unitIds, string description, bool writesEverywhere)
    {
        IsNational = isNational;
        _unitIds = unitIds;
        Description = description;
        _writesEverywhere = writesEverywhere;
    }

    /// <summary>The system: every unit, every write.</summary>
    public static WorkUnitScope National { get; } = new(true, [], "Nasional", writesEverywhere: true);

    /// <summary>A person who reads every unit (KPU RI's verifiers, admins, evaluators, readers); writes as <see cref="Permit"/> says.</summary>
    public static WorkUnitScope NationalReader { get; } = new(true, [], "Nasional", writesEverywhere: false);

    /// <summary>Nobody signed in: no unit is visible, nothing can be written.</summary>
    public static WorkUnitScope None { get; } = new(false, [], "Tanpa akses", writesEverywhere: false);

    public bool IsNational { get; }

    /// <summary>The work units visible under a non-national scope (empty for national: all are).</summary>
    public IReadOnlyList<Guid> UnitIds => _unitIds;

    public string Description { get; }

    /// <summary>Who acts under this scope; null for the system.</summary>
    public Actor? Actor { get; private set; }

    /// <summary>The act the endpoint was decided for; saves are checked against it.</summary>
    public Act? PermittedAct => _act;

    public bool WritesEverywhere => _writesEverywhere;

    /// <summary>A scope of given units, read and written by the system on their behalf (command-line import for one unit, tests).</summary>
    public static WorkUnitScope Units(string description, IEnumerable<Guid> unitIds)
    {
        var ids = unitIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            throw new RuleViolationException("SCOPE_EMPTY", "Lingkup satuan kerja tidak boleh kosong.");
        }

        return new WorkUnitScope(false, ids, description, writesEverywhere: false) { _writesWhatItReads = true };
    }

    /// <summary>The scope of one request of a signed-in user: the user's readable units; no write until <see cref="Permit"/>.</summary>
    public static WorkUnitScope ForUser(SignedInUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var scope = new WorkUnitScope(user.Scope.IsNational, user.Scope._unitIds, user.Scope.Description, writesEverywhere: false)
        {
            Actor = user.Actor,
            _holdings = user.Holdings,
        };
        return scope;
    }

    public bool Covers(Guid workUnitId) => IsNational || Array.IndexOf(_unitIds, workUnitId) >= 0;

    /// <summary>Lets this request's saves change the units on which the user's roles allow <paramref name="act"/>. Set once.</summary>
    public void Permit(Act act)
    {
        if (_act is not null && _act != act)
        {
            throw new InvalidOperationException("Tindakan permintaan ini sudah ditetapkan.");
        }

        _act = act;
    }

    /// <summary>True when a save under this scope may change data of the unit at <paramref name="target"/>.</summary>
    public bool MayWrite(UnitPlace target) =>
        _writesEverywhere || (_writesWhatItReads && Covers(target.Id)) || (_act is { } act && act != Act.Read && _holdings.Any(h => AccessRules.Allows(h.Role, h.Unit, act, target)));

    /// <summary>True when a save may create a new work unit (an import naming a unit that does not exist): the admin nasional only.</summary>
    public bool MayCreateUnits =>
        _writesEverywhere || (_act is not null && _act != Act.Read && _holdings.Any(h => h.Role == Role.Administrator && h.Unit.Level == WorkUnitLevel.National));
}

/// <summary>Raised when a write reaches data outside the current scope: a programming error or an attempt, never a user mistake.</summary>
public sealed class ScopeViolationException : Exception
{
    public ScopeViolationException(string message)
        : base(message)
    {
    }

    public ScopeViolationException()
        : base("Data di luar lingkup satuan kerja pengguna.")
    {
    }

    public ScopeViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

public static class WorkUnitScopes
{
    /// <summary>The scope of a user who belongs to <paramref name="workUnitId"/>: KPU RI sees all, a province itself and its regencies/cities, a regency/city itself.</summary>
    public static async Task<WorkUnitScope> ForWorkUnitAsync(KinerjaDbContext db, Guid workUnitId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var units = await db.WorkUnits.IgnoreQueryFilters().IgnoreAutoIncludes()
            .Where(w => w.Id == workUnitId || w.ParentId == workUnitId)
            .Select(w => new { w.Id, w.Name, w.Level })
            .ToListAsync(cancellationToken);
        var self = units.SingleOrDefault(u => u.Id == workUnitId)
            ?? throw new RuleViolationException("SCOPE_UNKNOWN_UNIT", "Satuan kerja pengguna tidak ditemukan.");
        return self.Level switch
        {
            WorkUnitLevel.National => WorkUnitScope.National,
            WorkUnitLevel.Province => WorkUnitScope.Units(self.Name, units.Select(u => u.Id)),
            _ => WorkUnitScope.Units(self.Name, [self.Id]),
        };
    }
}
