using Kinerja.Data;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages;

public sealed class IndexModel(KinerjaDbContext db, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        var planYears = await db.Plans.AsNoTracking().Select(p => p.Year).Distinct().ToListAsync(cancellationToken);
        var thisYear = clock.GetLocalNow().Year;
        var known = planYears.Select(y => y.Value).Append(thisYear).Distinct().Order().ToList();
        Year = year is >= FiscalYear.First and <= FiscalYear.Last
            ? year.Value
            : planYears.Count == 0 || planYears.Any(y => y.Value == thisYear) ? thisYear : planYears.Max(y => y.Value);
        Years = known.Contains(Year) ? known : [.. known.Append(Year).Order()];

        var fiscalYear = new FiscalYear(Year);
        var tree = await WorkUnitQueries.TreeAsync(db, cancellationToken);
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.Year == fiscalYear)
            .Select(p => new PlanLink(p.Id, p.WorkUnitId, p.Entity, p.Kind, p.Status))
            .ToListAsync(cancellationToken);
        var latest = await BudgetQueries.LatestAsync(db, fiscalYear, cancellationToken);
        var byUnit = plans.ToLookup(p => p.WorkUnitId);
        Units = [.. tree.Select(node => new UnitRow(
            node,
            [.. byUnit[node.Id]],
            latest.TryGetValue(node.Id, out var budget) ? new BudgetSummary(budget.Label, budget.Total) : null))];
    }

    public sealed record PlanLink(Guid Id, Guid WorkUnitId, EntityKind Entity, PlanKind Kind, PlanStatus Status);

    public sealed record BudgetSummary(string Label, Rupiah Total);

    public sealed record UnitRow(WorkUnitNode Node, IReadOnlyList<PlanLink> Plans, BudgetSummary? Budget);
}
