using Kinerja.Data;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Pages.Units;

/// <summary>Every finding of the plan checks of a unit's plans for a year, and of the checks across them and the budget, by entity.</summary>
public sealed class ChecksModel(KinerjaDbContext db, TimeProvider clock) : PageModel
{
    public UnitYear Data { get; private set; } = null!;

    public int Year => Data.Year.Value;

    /// <summary>The entity's findings, then (under a null entity) those about the budget both entities share.</summary>
    public IReadOnlyList<FindingGroup> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int? tahun, CancellationToken cancellationToken)
    {
        if (UnitYear.YearOf(tahun, clock) is not { } year || await UnitYear.LoadAsync(db, id, year, cancellationToken) is not { } data)
        {
            return NotFound();
        }

        Data = data;
        var budget = data.LatestBudget;
        var plans = data.Plans.ToDictionary(p => p.Id);
        var planFindings = data.Plans
            .SelectMany(plan => PlanChecks.Run(plan, budget).Select(f => (plan.Entity, Plan: plan, Finding: f)))
            .ToList();
        var crossFindings = CrossChecks.Run(data.Plans, budget);
        string? Href(Guid? planId, Guid? elementId) =>
            planId is { } pid && plans.TryGetValue(pid, out var plan) ? FindingLinks.Href(plan, elementId)
            : budget is not null ? $"/Anggaran/{budget.Id}"
            : null;

        Groups = [.. new EntityKind?[] { EntityKind.Commission, EntityKind.Secretariat, null }.Select(entity => new FindingGroup(
            entity,
            entity is { } kind ? data.Unit.Entity(kind).Name : $"{data.Unit.Name}: anggaran bersama",
            [.. planFindings.Where(f => f.Entity == entity).Select(f => new LinkedFinding(f.Finding, FindingLinks.Href(f.Plan, f.Finding.ElementId)))],
            [.. crossFindings.Where(f => f.Entity == entity).Select(f => new LinkedFinding(f.Finding, Href(f.PlanId, f.Finding.ElementId)))]))];
        return Page();
    }

    public sealed record FindingGroup(EntityKind? Entity, string Title, IReadOnlyList<LinkedFinding> PlanFindings, IReadOnlyList<LinkedFinding> CrossFindings)
    {
        public int Errors => PlanFindings.Concat(CrossFindings).Count(f => f.Finding.Severity == Severity.Error);
    }
}
