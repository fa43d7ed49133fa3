using Kinerja.Data;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Access;

/// <summary>
/// Which work units' plan data the current user may read and write: everything (KPU RI), a province with its
/// regencies/cities, or one work unit. Every query on plan data is filtered by it in the DbContext.
/// </summary>
public sealed class WorkUnitScope
{
    private WorkUnitScope(bool isNational, Guid[] unitIds, string description)
    {
        IsNational = isNational;
        UnitIds = unitIds;
        Description = description;
    }

    public static WorkUnitScope National { get; } = new(true, [], "Nasional");

    public bool IsNational { get; }

    /// <summary>The work units visible under a non-national scope (empty for national: all are).</summary>
    public IReadOnlyList<Guid> UnitIds { get; }

    public string Description { get; }

    public static WorkUnitScope Units(string description, IEnumerable<Guid> unitIds)
    {
        var ids = unitIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            throw new RuleViolationException("SCOPE_EMPTY", "Lingkup satuan kerja tidak boleh kosong.");
        }

        return new WorkUnitScope(false, ids, description);
    }

    public bool Covers(Guid workUnitId) => IsNational || UnitIds.Contains(workUnitId);
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
