using Kinerja.Data;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Planning;

/// <summary>Reads of plans shared by pages and verbs. Every one goes through the context's work-unit scope.</summary>
public static class PlanQueries
{
    /// <summary>Plans with their whole tree, in document order.</summary>
    public static IQueryable<PerformancePlan> Loaded(KinerjaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Plans
            .Include(p => p.Goals.OrderBy(g => g.Position))
            .ThenInclude(g => g.Indicators.OrderBy(i => i.Position))
            .ThenInclude(i => i.Actions.OrderBy(a => a.Position))
            .AsSplitQuery();
    }

    public static Task<PerformancePlan?> FindAsync(KinerjaDbContext db, Guid id, CancellationToken cancellationToken = default) =>
        Loaded(db).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The unit's plans of the year against which something is reported: a PK with its report, a RAK whose actions have progress.</summary>
    public static async Task<HashSet<Guid>> ReportedAsync(KinerjaDbContext db, Guid workUnitId, FiscalYear year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var reports = ReportsOf(db, workUnitId, year);
        var reported = await reports.Select(r => r.PlanId).ToListAsync(cancellationToken);
        var actions = await ProgressOf(reports).Select(a => a.ActionId).Distinct().ToListAsync(cancellationToken);
        if (actions.Count > 0)
        {
            reported.AddRange(await db.Plans.AsNoTracking()
                .Where(p => p.WorkUnitId == workUnitId && p.Year == year && p.Goals.Any(g => g.Indicators.Any(i => i.Actions.Any(a => actions.Contains(a.Id)))))
                .Select(p => p.Id)
                .ToListAsync(cancellationToken));
        }

        return [.. reported];
    }

    /// <summary>
    /// Which elements of a plan are reported, and in which periods: a PK's indicators with a realisation, kendala or tindak
    /// lanjut in its report, a RAK's actions with progress in the entity's report. The same reports as <see cref="ReportedAsync"/>.
    /// </summary>
    public static async Task<ReportedElements> ReportedElementsAsync(KinerjaDbContext db, Guid planId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.WorkUnitId, p.Year }).SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return ReportedElements.None;
        }

        var reports = ReportsOf(db, plan.WorkUnitId, plan.Year);
        var realised = await reports.Where(r => r.PlanId == planId).SelectMany(r => r.Realisations)
            .Where(r => r.Text != string.Empty || r.Problem != null || r.FollowUp != null)
            .Select(r => new { r.IndicatorId, r.Period })
            .ToListAsync(cancellationToken);
        var actions = db.Plans.Where(p => p.Id == planId).SelectMany(p => p.Goals).SelectMany(g => g.Indicators).SelectMany(i => i.Actions).Select(a => a.Id);
        var progressed = await ProgressOf(reports).Where(a => actions.Contains(a.ActionId))
            .Select(a => new { a.ActionId, a.Period })
            .ToListAsync(cancellationToken);
        return new ReportedElements(realised.Select(r => (r.IndicatorId, r.Period)).Concat(progressed.Select(a => (a.ActionId, a.Period))));
    }

    private static IQueryable<Domain.Monitoring.PerformanceReport> ReportsOf(KinerjaDbContext db, Guid workUnitId, FiscalYear year) =>
        db.Reports.AsNoTracking().Where(r => r.WorkUnitId == workUnitId && r.Year == year);

    private static IQueryable<Domain.Monitoring.ActionProgress> ProgressOf(IQueryable<Domain.Monitoring.PerformanceReport> reports) =>
        reports.SelectMany(r => r.ActionProgress);
}

public static class BudgetQueries
{
    /// <summary>The newest version of each work unit's budget for a year, keyed by work unit.</summary>
    public static async Task<Dictionary<Guid, BudgetVersion>> LatestAsync(KinerjaDbContext db, FiscalYear year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var versions = await db.BudgetVersions.AsNoTracking().Include(b => b.Lines).Where(b => b.Year == year).ToListAsync(cancellationToken);
        return versions.GroupBy(b => b.WorkUnitId).ToDictionary(g => g.Key, g => g.MaxBy(b => b.Number)!);
    }

    /// <summary>
    /// The pagu of each work unit's newest budget version for a year, without loading the versions: the sum of the leaf lines'
    /// amounts (a line with children counts only through them, as <see cref="BudgetVersion.Total"/> does), with the version's number.
    /// Only the given units when <paramref name="units"/> is not null.
    /// </summary>
    public static async Task<Dictionary<Guid, (int Number, Rupiah Total)>> PaguAsync(KinerjaDbContext db, FiscalYear year, IReadOnlyCollection<Guid>? units, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var versions = db.BudgetVersions.AsNoTracking().Where(b => b.Year == year);
        if (units is not null)
        {
            versions = versions.Where(b => units.Contains(b.WorkUnitId));
        }

        var lines = await versions
            .Where(b => !db.BudgetVersions.Any(x => x.WorkUnitId == b.WorkUnitId && x.Year == b.Year && x.Number > b.Number))
            .SelectMany(b => b.Lines.DefaultIfEmpty(), (b, l) => new { b.WorkUnitId, b.Number, Id = (Guid?)l!.Id, l.ParentId, l.Baseline, l.NewInitiative })
            .ToListAsync(cancellationToken);
        var parents = lines.Where(l => l.ParentId is not null).Select(l => l.ParentId!.Value).ToHashSet();
        return lines.GroupBy(l => l.WorkUnitId).ToDictionary(
            g => g.Key,
            g => (g.First().Number, Rupiah.Sum(g.Where(l => l.Id is { } id && !parents.Contains(id)).Select(l => (l.Baseline ?? Rupiah.Zero) + (l.NewInitiative ?? Rupiah.Zero)))));
    }

    /// <summary>The newest version of one work unit's budget for a year, or null when it has none.</summary>
    public static Task<BudgetVersion?> LatestAsync(KinerjaDbContext db, Guid workUnitId, FiscalYear year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.BudgetVersions.AsNoTracking().Include(b => b.Lines)
            .Where(b => b.WorkUnitId == workUnitId && b.Year == year)
            .OrderByDescending(b => b.Number)
            .FirstOrDefaultAsync(cancellationToken);
    }
}

public sealed record WorkUnitNode(Guid Id, string Name, WorkUnitLevel Level, Guid? ParentId, string? SatkerCode, int Depth);

public static class WorkUnitQueries
{
    /// <summary>The visible work units in tree order: national, then each province followed by its regencies/cities.</summary>
    public static async Task<IReadOnlyList<WorkUnitNode>> TreeAsync(KinerjaDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.WorkUnits.AsNoTracking().IgnoreAutoIncludes()
            .Select(w => new { w.Id, w.Name, w.Level, w.ParentId, w.SatkerCode })
            .ToListAsync(cancellationToken);
        var byParent = rows.ToLookup(r => r.ParentId);
        var visible = rows.Select(r => r.Id).ToHashSet();
        var result = new List<WorkUnitNode>();
        void Walk(Guid? parent, int depth)
        {
            foreach (var row in byParent[parent].OrderBy(r => r.Level).ThenBy(r => r.Name, StringComparer.Ordinal))
            {
                result.Add(new WorkUnitNode(row.Id, row.Name, row.Level, row.ParentId, row.SatkerCode, depth));
                Walk(row.Id, depth + 1);
            }
        }

        // Roots are the units whose parent is not visible: KPU RI for a national user, the province or unit itself otherwise.
        foreach (var root in rows.Where(r => r.ParentId is null || !visible.Contains(r.ParentId.Value)).OrderBy(r => r.Level).ThenBy(r => r.Name, StringComparer.Ordinal))
        {
            result.Add(new WorkUnitNode(root.Id, root.Name, root.Level, root.ParentId, root.SatkerCode, 0));
            Walk(root.Id, 1);
        }

        return result;
    }
}

public static class PlanLabels
{
    public static string Kind(PlanKind kind) => kind switch
    {
        PlanKind.Rkt => "RKT",
        PlanKind.Pk => "PK",
        PlanKind.Rak => "RAK",
        _ => "Jenis tidak dikenal",
    };

    public static string Entity(EntityKind entity) => entity switch
    {
        EntityKind.Commission => "KPU",
        EntityKind.Secretariat => "Sekretariat",
        _ => "entitas tidak dikenal",
    };

    /// <summary>"Perjanjian Kinerja KPU tahun 2026", as the change trail names a plan; a plan stored with an undefined entity or kind says so.</summary>
    public static string Title(EntityKind entity, PlanKind kind, FiscalYear year) => $"{PerformancePlan.Label(kind)} {Entity(entity)} tahun {year}";

    public static string Status(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Draf",
        PlanStatus.Submitted => "Diajukan",
        _ => "Disetujui",
    };

    public static string Level(WorkUnitLevel level) => level switch
    {
        WorkUnitLevel.National => "Nasional",
        WorkUnitLevel.Province => "Provinsi",
        _ => "Kabupaten/Kota",
    };

    public static string Direction(Direction direction) => direction switch
    {
        Domain.Planning.Direction.LowerIsBetter => "makin rendah makin baik",
        Domain.Planning.Direction.Range => "rentang",
        Domain.Planning.Direction.Maintain => "dipertahankan",
        _ => "makin tinggi makin baik",
    };
}
