using Kinerja.Data;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Budgeting;

/// <summary>A version of a work unit's budget for a year, as a link: which one, and its DIPA.</summary>
public sealed record BudgetVersionLink(Guid Id, int Number, string? DipaNumber, DateOnly? DipaDate)
{
    public string Label => BudgetVersion.LabelOf(Number);
}

/// <summary>Reads shared by the budget pages; every one goes through the context's work-unit scope.</summary>
public static class BudgetVersionQueries
{
    /// <summary>One version with its whole tree; tracked when it is to be changed.</summary>
    public static Task<BudgetVersion?> LoadAsync(KinerjaDbContext db, Guid id, bool tracked, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.BudgetVersions.Include(b => b.Lines);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
    }

    /// <summary>Every version of a work unit's budget for a year, oldest first: the last one is the one that may still change.</summary>
    public static Task<List<BudgetVersionLink>> VersionsAsync(KinerjaDbContext db, Guid workUnitId, FiscalYear year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.BudgetVersions.AsNoTracking()
            .Where(b => b.WorkUnitId == workUnitId && b.Year == year)
            .OrderBy(b => b.Number)
            .Select(b => new BudgetVersionLink(b.Id, b.Number, b.DipaNumber, b.DipaDate))
            .ToListAsync(cancellationToken);
    }

    public static Task<string?> UnitNameAsync(KinerjaDbContext db, Guid workUnitId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.WorkUnits.AsNoTracking().IgnoreAutoIncludes()
            .Where(w => w.Id == workUnitId)
            .Select(w => w.Name)
            .SingleOrDefaultAsync(cancellationToken);
    }
}
