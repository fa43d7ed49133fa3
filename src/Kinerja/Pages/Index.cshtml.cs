using Kinerja.Data;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages;

/// <summary>The start: choose a year and a work unit from the tree, with each unit's plans and latest pagu at a glance.</summary>
public sealed class IndexModel(KinerjaDbContext db, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>What the tree is filtered by (<c>?cari=</c>), for browsers without script; empty shows every unit.</summary>
    public string Search { get; private set; } = string.Empty;

    public int TotalUnits { get; private set; }

    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    // "year" is the older name of "tahun", kept for links made before the home page spoke Indonesian.
    public async Task OnGetAsync(int? tahun, int? year, string? cari, CancellationToken cancellationToken)
    {
        var planYears = await db.Plans.AsNoTracking().Select(p => p.Year).Distinct().ToListAsync(cancellationToken);
        var thisYear = clock.GetLocalNow().Year;
        var known = planYears.Select(y => y.Value).Append(thisYear).Distinct().Order().ToList();
        var asked = tahun ?? year;
        Year = asked is >= FiscalYear.First and <= FiscalYear.Last
            ? asked.Value
            : planYears.Count == 0 || planYears.Any(y => y.Value == thisYear) ? thisYear : planYears.Max(y => y.Value);
        Years = known.Contains(Year) ? known : [.. known.Append(Year).Order()];
        Search = cari?.Trim() ?? string.Empty;

        var fiscalYear = new FiscalYear(Year);
        var tree = await WorkUnitQueries.TreeAsync(db, cancellationToken);
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.Year == fiscalYear)
            .Select(p => new PlanLink(p.Id, p.WorkUnitId, p.Entity, p.Kind, p.Status))
            .ToListAsync(cancellationToken);
        var latest = await BudgetQueries.PaguAsync(db, fiscalYear, null, cancellationToken);
        var byUnit = plans.ToLookup(p => p.WorkUnitId);
        var shown = Matching(tree, Search);
        TotalUnits = tree.Count;
        Units = [.. tree.Where(node => shown.ContainsKey(node.Id)).Select(node => new UnitRow(
            node,
            SearchKey(node),
            !shown[node.Id],
            [.. byUnit[node.Id].OrderBy(p => p.Entity).ThenBy(p => p.Kind)],
            latest.TryGetValue(node.Id, out var budget) ? new BudgetSummary(Domain.Budgeting.BudgetVersion.LabelOf(budget.Number), budget.Total) : null))];
    }

    /// <summary>What the search box matches: the name, its common variants and the satker code, in lower case.</summary>
    public static string SearchKey(WorkUnitNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = node.Name.ToLowerInvariant();
        return string.Join(' ', name, name.Replace("kabupaten", "kab.", StringComparison.Ordinal), node.SatkerCode ?? string.Empty).Trim();
    }

    /// <summary>The units whose key holds every word searched (true), with their ancestors for context (false).</summary>
    private static Dictionary<Guid, bool> Matching(IReadOnlyList<WorkUnitNode> tree, string search)
    {
        var words = search.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var byId = tree.ToDictionary(n => n.Id);
        var shown = new Dictionary<Guid, bool>();
        foreach (var node in tree.Where(n => words.All(w => SearchKey(n).Contains(w, StringComparison.Ordinal))))
        {
            shown[node.Id] = true;
            for (var parent = node.ParentId; parent is { } id && byId.ContainsKey(id); parent = byId[id].ParentId)
            {
                shown.TryAdd(id, false);
            }
        }

        return shown;
    }

    public sealed record PlanLink(Guid Id, Guid WorkUnitId, EntityKind Entity, PlanKind Kind, PlanStatus Status);

    public sealed record BudgetSummary(string Label, Rupiah Total);

    /// <summary>A row of the tree; <c>ContextOnly</c> rows are shown only because a unit below them matched the search.</summary>
    public sealed record UnitRow(WorkUnitNode Node, string SearchKey, bool ContextOnly, IReadOnlyList<PlanLink> Plans, BudgetSummary? Budget);
}
