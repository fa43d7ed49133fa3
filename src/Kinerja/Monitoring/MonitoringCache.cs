using System.Globalization;
using System.Text;
using Kinerja.Caching;
using Kinerja.Data;
using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Kinerja.Monitoring;

/// <summary>
/// The revisions behind everything a work unit's monitoring pages show for a year (<see cref="QuarterView"/>): the unit, its PK and
/// RAK, their reports (realisations, progress, evidence), the newest budget version and the monthly RPD and spending.
/// </summary>
public static class MonitoringStamp
{
    /// <summary>Forgets the stamps of a unit's year and of a PK's LKj table: called by every save that changes what they show.</summary>
    public static void Forget(IMemoryCache stamps, Guid unitId, FiscalYear year, Guid? planId = null)
    {
        RevisionCache.Forget(stamps, QuarterPageCache.KeyOf(unitId, year));
        if (planId is { } plan)
        {
            RevisionCache.Forget(stamps, LkjTableCache.KeyOf(plan));
        }
    }

    public static async Task<RevisionStamp?> ReadAsync(KinerjaDbContext db, Guid unitId, FiscalYear year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var unit = await db.WorkUnits.AsNoTracking().IgnoreAutoIncludes().Where(w => w.Id == unitId).Select(w => (int?)w.Revision).SingleOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            return null;
        }

        var plans = await db.Plans.AsNoTracking().Where(p => p.WorkUnitId == unitId && p.Year == year && (p.Kind == PlanKind.Pk || p.Kind == PlanKind.Rak))
            .Select(p => new { p.Id, p.Revision }).ToListAsync(cancellationToken);
        var reports = await db.Reports.AsNoTracking().Where(r => r.WorkUnitId == unitId && r.Year == year)
            .Select(r => new { r.Id, r.Revision }).ToListAsync(cancellationToken);
        var budget = await db.BudgetVersions.AsNoTracking().Where(b => b.WorkUnitId == unitId && b.Year == year).OrderByDescending(b => b.Number)
            .Select(b => new { b.Id, b.Revision }).FirstOrDefaultAsync(cancellationToken);
        var spending = await db.BudgetRealisations.AsNoTracking().Where(r => r.WorkUnitId == unitId && r.Year == year)
            .Select(r => new { r.Id, r.Revision }).FirstOrDefaultAsync(cancellationToken);

        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"u{unit}");
        foreach (var part in plans.Concat(reports).OrderBy(p => p.Id))
        {
            text.Append(CultureInfo.InvariantCulture, $";{part.Id:N}:{part.Revision}");
        }

        text.Append(CultureInfo.InvariantCulture, $";b{budget?.Id:N}:{budget?.Revision};s{spending?.Id:N}:{spending?.Revision}");
        return new RevisionStamp(unitId, text.ToString());
    }
}

/// <summary>The quarter page <c>/Satker/{id}/Monev?tahun=&amp;tw=</c>, cached when both are given (the defaults follow the clock).</summary>
public sealed class QuarterPageCache : RevisionCache
{
    public const string PolicyName = "QuarterPage";

    public static string KeyOf(Guid unitId, FiscalYear year) => $"monev-stamp:{unitId}:{year.Value}";

    protected override string? StampKey(HttpContext http) =>
        Read(http) is { } request ? KeyOf(request.Unit, request.Year) : null;

    protected override Task<RevisionStamp?> ReadAsync(KinerjaDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var (unit, year) = Read(http) ?? throw new InvalidOperationException("The request has no unit and year.");
        return MonitoringStamp.ReadAsync(db, unit, year, cancellationToken);
    }

    private static (Guid Unit, FiscalYear Year)? Read(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var query = http.Request.Query;
        return QueryIsOnly(http.Request, "tahun", "tw")
            && Guid.TryParse(http.Request.RouteValues["id"]?.ToString(), out var unit)
            && int.TryParse(query["tahun"], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= FiscalYear.First and <= FiscalYear.Last
            && query.ContainsKey("tw")
                ? (unit, new FiscalYear(year))
                : null;
    }
}

/// <summary>The LKj achievement table <c>/Dokumen/LKj/{planId}</c> in every format: keyed by its PK, stamped by the PK's unit and year.</summary>
public sealed class LkjTableCache : RevisionCache
{
    public const string PolicyName = "LkjTable";

    public static string KeyOf(Guid planId) => $"lkj-stamp:{planId}";

    protected override string? StampKey(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return QueryIsOnly(http.Request, "tw", "format", "paper", "kop") && Guid.TryParse(http.Request.RouteValues["planId"]?.ToString(), out var plan)
            ? KeyOf(plan)
            : null;
    }

    protected override async Task<RevisionStamp?> ReadAsync(KinerjaDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(http);
        var id = Guid.Parse(http.Request.RouteValues["planId"]!.ToString()!);
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == id && p.Kind == PlanKind.Pk).Select(p => new { p.WorkUnitId, p.Year }).SingleOrDefaultAsync(cancellationToken);
        return plan is null ? null : await MonitoringStamp.ReadAsync(db, plan.WorkUnitId, plan.Year, cancellationToken);
    }
}
