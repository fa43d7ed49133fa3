using Kinerja.Data;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages.Units;

/// <summary>Everything a work unit has for one year: its plans with their whole tree and every budget version.</summary>
public sealed record UnitYear(WorkUnit Unit, FiscalYear Year, IReadOnlyList<PerformancePlan> Plans, IReadOnlyList<BudgetVersion> Budgets)
{
    /// <summary>The version plans are checked against: the newest revision.</summary>
    public BudgetVersion? LatestBudget => Budgets.Count == 0 ? null : Budgets[^1];

    public PerformancePlan? Plan(EntityKind entity, PlanKind kind) => Plans.SingleOrDefault(p => p.Entity == entity && p.Kind == kind);

    /// <summary>The year asked for, or this year; null when it is not a fiscal year at all.</summary>
    public static FiscalYear? YearOf(int? tahun, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var year = tahun ?? clock.GetLocalNow().Year;
        return year is >= FiscalYear.First and <= FiscalYear.Last ? new FiscalYear(year) : null;
    }

    public static async Task<UnitYear?> LoadAsync(KinerjaDbContext db, Guid id, FiscalYear year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var unit = await db.WorkUnits.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (unit is null)
        {
            return null;
        }

        var plans = await PlanQueries.Loaded(db).AsNoTracking()
            .Where(p => p.WorkUnitId == id && p.Year == year)
            .ToListAsync(cancellationToken);
        var budgets = await db.BudgetVersions.AsNoTracking().Include(b => b.Lines)
            .Where(b => b.WorkUnitId == id && b.Year == year)
            .OrderBy(b => b.Number)
            .ToListAsync(cancellationToken);
        return new UnitYear(unit, year, [.. plans.OrderBy(p => p.Entity).ThenBy(p => p.Kind)], budgets);
    }
}

/// <summary>Where a finding points in the plan editor: goal rows are <c>g-{id}</c>, indicator rows <c>i-{id}</c>, action rows <c>a-{id}</c>.</summary>
public static class FindingLinks
{
    public static string Href(PerformancePlan plan, Guid? elementId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var anchor = Anchor(plan, elementId);
        return anchor is null ? $"/Rencana/{plan.Id}" : $"/Rencana/{plan.Id}#{anchor}";
    }

    public static string? Anchor(PerformancePlan plan, Guid? elementId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return elementId switch
        {
            null => null,
            { } id when plan.Goals.Any(g => g.Id == id) => $"g-{id}",
            { } id when plan.Indicators.Any(i => i.Id == id) => $"i-{id}",
            { } id when plan.Actions.Any(a => a.Id == id) => $"a-{id}",
            _ => null,
        };
    }

    public static string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Error => "Kesalahan",
        Severity.Warning => "Peringatan",
        _ => "Catatan",
    };
}

/// <summary>A finding with the address of the row it concerns, when it concerns one.</summary>
public sealed record LinkedFinding(Finding Finding, string? Href);
