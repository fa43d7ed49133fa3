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

    /// <summary>Forgets the stamps of a unit's year and of both its PKs' LKj tables: for a save that changes the year's budget side.</summary>
    public static async Task ForgetYearAsync(KinerjaDbContext db, IMemoryCache stamps, Guid unitId, FiscalYear year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        Forget(stamps, unitId, year);
        var plans = await db.Plans.AsNoTracking().Where(p => p.WorkUnitId == unitId && p.Year == year && p.Kind == PlanKind.Pk).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var plan in plans)
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

/// <summary>The quarter page <c>/Satker/{id}/Monev?tahun=&amp;tw=</c> (and <c>&amp;bulan=</c>), cached when year and quarter are given (the defaults follow the clock).</summary>
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
        return QueryIsOnly(http.Request, "tahun", "tw", "bulan")
            && Guid.TryParse(http.Request.RouteValues["id"]?.ToString(), out var unit)
            && int.TryParse(query["tahun"], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= FiscalYear.First and <= FiscalYear.Last
            && query.ContainsKey("tw")
                ? (unit, new FiscalYear(year))
                : null;
    }
}

/// <summary>
/// The Laporan Monev Triwulan <c>/Dokumen/Monev/{unitId}?tahun=</c> in every format: it shows what the quarter page shows, so it
/// shares the quarter page's stamp (and every save there forgets it). Cached when the year is given.
/// </summary>
public sealed class MonitoringReportCache : RevisionCache
{
    public const string PolicyName = "MonitoringReport";

    protected override string? StampKey(HttpContext http) =>
        Read(http) is { } request ? QuarterPageCache.KeyOf(request.Unit, request.Year) : null;

    protected override Task<RevisionStamp?> ReadAsync(KinerjaDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var (unit, year) = Read(http) ?? throw new InvalidOperationException("The request has no unit and year.");
        return MonitoringStamp.ReadAsync(db, unit, year, cancellationToken);
    }

    private static (Guid Unit, FiscalYear Year)? Read(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return QueryIsOnly(http.Request, "tahun", "tw", "format", "paper", "kop")
            && Guid.TryParse(http.Request.RouteValues["unitId"]?.ToString(), out var unit)
            && int.TryParse(http.Request.Query["tahun"], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= FiscalYear.First and <= FiscalYear.Last
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

/// <summary>
/// The roll-ups <c>/Monev/Nasional</c> and <c>/Monev/Provinsi/{id}</c>, cached when year and quarter are given. They show many units,
/// so their stamp is the count and the sum of the revisions of everything of the year: plans, reports, budget versions, RPD and
/// spending, and of every work unit. Revisions only grow and nothing is ever deleted, so any saved change anywhere changes the sum.
/// The stamp is one small aggregate per table, read at most every <see cref="RevisionCache.StampLifetime"/>; the scope check goes
/// by the province (or the national unit), so a province's user never gets the nation's page from the cache.
/// </summary>
public sealed class RollUpCache : RevisionCache
{
    public const string PolicyName = "RollUp";

    protected override string? StampKey(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var query = http.Request.Query;
        if (!QueryIsOnly(http.Request, "tahun", "tw") || !query.ContainsKey("tw")
            || !int.TryParse(query["tahun"], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var id = http.Request.RouteValues["id"]?.ToString();
        return id is null ? $"rollup-stamp:nasional:{year}" : Guid.TryParse(id, out var province) ? $"rollup-stamp:{province}:{year}" : null;
    }

    protected override async Task<RevisionStamp?> ReadAsync(KinerjaDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(http);
        var year = int.Parse(http.Request.Query["tahun"]!, CultureInfo.InvariantCulture);
        if (year is < FiscalYear.First or > FiscalYear.Last)
        {
            return null;
        }

        var fiscal = new FiscalYear(year);
        var units = db.WorkUnits.AsNoTracking().IgnoreAutoIncludes();
        var id = http.Request.RouteValues["id"]?.ToString();
        var owner = id is null
            ? await units.Where(w => w.Level == Domain.Organisation.WorkUnitLevel.National).Select(w => (Guid?)w.Id).FirstOrDefaultAsync(cancellationToken)
            : await units.Where(w => w.Id == Guid.Parse(id) && w.Level == Domain.Organisation.WorkUnitLevel.Province).Select(w => (Guid?)w.Id).SingleOrDefaultAsync(cancellationToken);
        if (owner is not { } unit)
        {
            return null;
        }

        var parts = new[]
        {
            await Sum(units.Select(w => w.Revision), cancellationToken),
            await Sum(db.Plans.AsNoTracking().Where(p => p.Year == fiscal).Select(p => p.Revision), cancellationToken),
            await Sum(db.Reports.AsNoTracking().Where(r => r.Year == fiscal).Select(r => r.Revision), cancellationToken),
            await Sum(db.BudgetVersions.AsNoTracking().Where(b => b.Year == fiscal).Select(b => b.Revision), cancellationToken),
            await Sum(db.BudgetRealisations.AsNoTracking().Where(r => r.Year == fiscal).Select(r => r.Revision), cancellationToken),
        };
        return new RevisionStamp(unit, string.Join(';', parts));
    }

    private static async Task<string> Sum(IQueryable<int> revisions, CancellationToken cancellationToken)
    {
        var total = await revisions.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Sum = g.Sum(r => (long)r) }).FirstOrDefaultAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{total?.Count ?? 0}:{total?.Sum ?? 0}");
    }
}
