using Kinerja.Data;
using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages.Plans;

public sealed class DetailsModel(KinerjaDbContext db) : PageModel
{
    public PerformancePlan Plan { get; private set; } = null!;

    public string UnitName { get; private set; } = string.Empty;

    public string EntityName { get; private set; } = string.Empty;

    public IReadOnlyDictionary<Guid, string> UnitNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await PlanQueries.FindAsync(db, id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        var unit = await db.WorkUnits.AsNoTracking().SingleAsync(w => w.Id == plan.WorkUnitId, cancellationToken);
        var budget = await BudgetQueries.LatestAsync(db, plan.WorkUnitId, plan.Year, cancellationToken);
        Plan = plan;
        UnitName = unit.Name;
        EntityName = unit.Entity(plan.Entity).Name;
        UnitNames = unit.OrganisationalUnits.ToDictionary(u => u.Id, u => u.Name);
        Findings = PlanChecks.Run(plan, budget);
        return Page();
    }

    public string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Error => "Kesalahan",
        Severity.Warning => "Peringatan",
        _ => "Catatan",
    };
}
