using Kinerja.Data;
using Kinerja.Documents.Official;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Documents;

public enum DocumentKindArgument
{
    Rkt,
    Pk,
    Rak,
    Rka,

    /// <summary>The Laporan Monitoring dan Evaluasi of a quarter.</summary>
    Monev,

    /// <summary>The LKj achievement table of an entity's PK through a quarter.</summary>
    Lkj,
}

/// <summary>The one query per official document: everything its source needs, read within the current scope.</summary>
public static class DocumentQueries
{
    /// <summary>The work unit named by a satker code, an id, or its name as printed ("KPU Provinsi Banten", case and "Komisi Pemilihan Umum" aside).</summary>
    public static async Task<WorkUnit?> FindUnitAsync(KinerjaDbContext db, string unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        var text = unit.Trim();
        if (Guid.TryParse(text, out var id))
        {
            return await db.WorkUnits.SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        }

        if (text.Length == 6 && text.All(char.IsAsciiDigit))
        {
            return await db.WorkUnits.SingleOrDefaultAsync(w => w.SatkerCode == text, cancellationToken);
        }

        var units = await db.WorkUnits.ToListAsync(cancellationToken);
        return units.FirstOrDefault(w => WorkUnit.SameName(w.Name, text));
    }

    public static async Task<PlanDocument?> PlanAsync(KinerjaDbContext db, WorkUnit unit, FiscalYear year, PlanKind kind, EntityKind entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        var plan = await PlanQueries.Loaded(db).AsNoTracking()
            .SingleOrDefaultAsync(p => p.WorkUnitId == unit.Id && p.Year == year && p.Kind == kind && p.Entity == entity, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        // Only the PK prints the budget per program and a second party from the level above.
        if (kind != PlanKind.Pk)
        {
            return DocumentSources.ForPlan(plan, unit);
        }

        var budget = await BudgetQueries.LatestAsync(db, unit.Id, year, cancellationToken);
        var parent = unit.ParentId is { } parentId ? await db.WorkUnits.AsNoTracking().SingleOrDefaultAsync(w => w.Id == parentId, cancellationToken) : null;
        return DocumentSources.ForPlan(plan, unit, budget, parent);
    }

    public static async Task<RkaDocument?> RkaAsync(KinerjaDbContext db, WorkUnit unit, FiscalYear year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        var budget = await BudgetQueries.LatestAsync(db, unit.Id, year, cancellationToken);
        return budget is null ? null : DocumentSources.ForBudget(budget, unit);
    }
}
