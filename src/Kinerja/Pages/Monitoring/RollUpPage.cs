using Kinerja.Data;
using Kinerja.Domain.Organisation;
using Kinerja.Monitoring;
using Kinerja.Pages.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages.Monitoring;

/// <summary>A province's regencies/cities for a quarter: shared indicators, absorption, who has not reported.</summary>
[OutputCache(PolicyName = RollUpCache.PolicyName)]
public sealed class ProvinceModel(KinerjaDbContext db, TimeProvider clock) : PageModel
{
    public RollUp Data { get; private set; } = null!;

    public string Title { get; private set; } = string.Empty;

    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int? tahun, int? tw, CancellationToken cancellationToken)
    {
        var province = await db.WorkUnits.AsNoTracking().IgnoreAutoIncludes().Where(w => w.Id == id && w.Level == WorkUnitLevel.Province).Select(w => w.Name).SingleOrDefaultAsync(cancellationToken);
        if (province is null || UnitYear.YearOf(tahun, clock) is not { } year || tw is { } q && q is < 1 or > 4)
        {
            return NotFound();
        }

        var children = await db.WorkUnits.AsNoTracking().IgnoreAutoIncludes().Where(w => w.ParentId == id).OrderBy(w => w.Name)
            .Select(w => new { w.Id, w.Name }).ToListAsync(cancellationToken);
        Id = id;
        Title = province;
        Data = await RollUp.LoadAsync(db, [.. children.Select(c => (c.Id, c.Name))], year, tw ?? 1, withChildren: false, cancellationToken);
        return Page();
    }
}

/// <summary>The provinces of the nation for a quarter, each by its own PK and budget.</summary>
[OutputCache(PolicyName = RollUpCache.PolicyName)]
public sealed class NationalModel(KinerjaDbContext db, TimeProvider clock) : PageModel
{
    public RollUp Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? tahun, int? tw, CancellationToken cancellationToken)
    {
        // The nation's page is for those who read the nation; a province or a regency sees its own roll-up, not a partial nation.
        if (!db.Scope.IsNational || UnitYear.YearOf(tahun, clock) is not { } year || tw is { } q && q is < 1 or > 4)
        {
            return NotFound();
        }

        var provinces = await db.WorkUnits.AsNoTracking().IgnoreAutoIncludes().Where(w => w.Level == WorkUnitLevel.Province).OrderBy(w => w.Name)
            .Select(w => new { w.Id, w.Name }).ToListAsync(cancellationToken);
        Data = await RollUp.LoadAsync(db, [.. provinces.Select(c => (c.Id, c.Name))], year, tw ?? 1, withChildren: true, cancellationToken);
        return Page();
    }
}

/// <summary>The links to the roll-ups a page offers: the nation, and the provinces it is about (its own, or all on the home page).</summary>
public sealed record RollUpLinks(int Year, int? Quarter, IReadOnlyList<(Guid Id, string Name)> Provinces)
{
    /// <summary>The roll-ups of a unit: its own province's (a province, or a regency/city's parent) and the nation's.</summary>
    public static RollUpLinks Of(Kinerja.Domain.Organisation.WorkUnit unit, string? parentName, int year, int? quarter)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Level switch
        {
            WorkUnitLevel.Province => new RollUpLinks(year, quarter, [(unit.Id, unit.Name)]),
            WorkUnitLevel.RegencyCity when unit.ParentId is { } parent => new RollUpLinks(year, quarter, [(parent, parentName ?? "provinsi")]),
            _ => new RollUpLinks(year, quarter, []),
        };
    }
}
