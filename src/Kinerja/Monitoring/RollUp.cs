using System.Text.RegularExpressions;
using Kinerja.Data;
using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Monitoring;

/// <summary>One unit of a roll-up: capaian per shared indicator (null when the unit has no such indicator), absorption, and whether it reported the quarter.</summary>
public sealed record RollUpRow(Guid UnitId, string Name, IReadOnlyList<Achievement?> Achievements, decimal? Absorption, decimal? PlannedShare, int ReportedThisQuarter, ChildCoverage? Children = null)
{
    public bool HasReported => ReportedThisQuarter > 0;
}

/// <summary>How many of a province's regencies/cities there are and how many reported any realisation for the quarter.</summary>
public sealed record ChildCoverage(int Units, int Reported)
{
    public int Missing => Units - Reported;
}

/// <summary>An indicator found in the PK of more than one unit, matched by its normalised text.</summary>
public sealed record SharedIndicator(string Key, string Text, EntityKind Entity);

/// <summary>
/// A roll-up of units (a province's regencies/cities, or the provinces of the nation) for a quarter: capaian of the shared PK
/// indicators, absorption (realised spending against the pagu of the newest budget version, or against the whole RPD for a unit
/// with no budget) with the share of the pagu the RPD planned by then, and who has not reported the quarter.
/// <para>Cost: a few narrow queries. "Who reported" is counted from the realisations already read for capaian. Realisations, indicator headers and budget
/// months come back as flat projections (no plan trees): rows grow linearly with units × indicators × periods (≈ 13 × 4 per unit) and
/// units × outputs × months (≈ 7 × 12 per unit); for all 514 regencies/cities that is some 70 000 small rows, well within one request.
/// Capaian is computed in memory because its rules (targets of many kinds, lower-is-better, ranges) are domain code, not SQL.</para>
/// </summary>
public sealed record RollUp(FiscalYear Year, int Quarter, IReadOnlyList<SharedIndicator> Indicators, IReadOnlyList<RollUpRow> Rows, AchievementPolicy Policy)
{
    /// <summary>
    /// Loads the roll-up of <paramref name="units"/>. With <paramref name="withChildren"/> (the nation) it also counts each unit's
    /// regencies/cities and those that reported the quarter: two GROUP BY queries over every unit below the given ones, the one part
    /// of the national page that grows with all 514.
    /// </summary>
    public static async Task<RollUp> LoadAsync(KinerjaDbContext db, IReadOnlyList<(Guid Id, string Name)> units, FiscalYear year, int quarter, bool withChildren, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(units);
        var ids = units.Select(u => u.Id).ToList();
        var period = Period.Quarter(quarter);
        // A unit reporting month by month reports the quarter in its three months.
        List<Period> quarterMonths = [.. Enumerable.Range((quarter * 3) - 2, 3).Select(Period.Month)];
        var policy = AchievementPolicy.Standard;

        var children = withChildren ? await ChildrenAsync(db, ids, year, period, quarterMonths, cancellationToken) : null;

        var headers = await db.Plans.AsNoTracking()
            .Where(p => ids.Contains(p.WorkUnitId) && p.Year == year && p.Kind == PlanKind.Pk)
            .SelectMany(p => p.Goals, (p, g) => new { p.WorkUnitId, p.Entity, g })
            .SelectMany(x => x.g.Indicators, (x, i) => new { x.WorkUnitId, x.Entity, i.Id, i.Text, i.Target, i.Direction, GoalPosition = x.g.Position, i.Position })
            .ToListAsync(cancellationToken);
        var values = await db.Reports.AsNoTracking()
            .Where(r => ids.Contains(r.WorkUnitId) && r.Year == year)
            .SelectMany(r => r.Realisations, (r, x) => new { r.WorkUnitId, x.IndicatorId, x.Period, x.Text, x.Numerator, x.Denominator, x.Aggregation })
            .ToListAsync(cancellationToken);
        // Who reported: the non-blank realisations of the quarter (or its months) per unit, counted from the rows already read.
        var reported = values
            .Where(x => (x.Period == period || quarterMonths.Contains(x.Period)) && x.Text.Length > 0)
            .CountBy(x => x.WorkUnitId)
            .ToDictionary();
        // The pagu is the newest budget version's total.
        var pagu = await BudgetQueries.PaguAsync(db, year, ids, cancellationToken);
        var months = await db.BudgetRealisations.AsNoTracking()
            .Where(r => ids.Contains(r.WorkUnitId) && r.Year == year)
            .SelectMany(r => r.Months, (r, m) => new { r.WorkUnitId, m.Month, m.Planned, m.Realised })
            .ToListAsync(cancellationToken);

        // Each indicator's text is normalised once; the lookups below go by key.
        var keyed = headers.Select(h => (Header: h, Key: Normalise(h.Text))).ToList();
        var shared = keyed
            .OrderBy(h => h.Header.Entity).ThenBy(h => h.Header.GoalPosition).ThenBy(h => h.Header.Position)
            .GroupBy(h => (h.Header.Entity, h.Key))
            .Where(g => g.Select(h => h.Header.WorkUnitId).Distinct().Count() > 1)
            .Select(g => new SharedIndicator(g.Key.Key, g.First().Header.Text, g.Key.Entity))
            .ToList();
        var valuesByIndicator = values.ToLookup(v => v.IndicatorId);
        var headerOf = keyed
            .GroupBy(h => (h.Header.WorkUnitId, h.Header.Entity, h.Key))
            .ToDictionary(g => g.Key, g => g.First().Header);
        var monthsOf = months.ToLookup(m => m.WorkUnitId);
        var through = Math.Min(quarter * 3, months.Where(m => m.Realised is not null).Select(m => m.Month).DefaultIfEmpty(0).Max());

        var rows = new List<RollUpRow>();
        foreach (var (id, name) in units)
        {
            var achievements = shared.Select(s =>
            {
                if (!headerOf.TryGetValue((id, s.Entity, s.Key), out var header))
                {
                    return null;
                }

                // One report has one style; a monthly one is read through the quarter's last month.
                var style = valuesByIndicator[header.Id].Select(v => v.Period.Style).FirstOrDefault(ScheduleStyle.Quarterly);
                var periods = valuesByIndicator[header.Id].Where(v => v.Period.Style == style).Select(v => new PeriodRealisation(
                    v.Period,
                    v.Text.Length > 0 && v.Numerator is { } n && v.Denominator is { } d ? Realisation.Fraction(n, d) : Realisation.Parse(v.Text))).ToList();
                var kind = valuesByIndicator[header.Id].Select(v => v.Aggregation).FirstOrDefault(a => a is not null)
                    ?? (header.Target is { } t ? PeriodAggregation.DefaultFor(t.Kind) : AggregationKind.LastValue);
                return new IndicatorProgress(header.Text, header.Target, header.Direction, kind, periods, header.Id)
                    .ToDate(style == ScheduleStyle.Monthly ? quarterMonths[^1] : period, policy);
            }).ToList();
            var own = monthsOf[id].ToList();
            var ceiling = pagu.TryGetValue(id, out var total) ? total.Total : Rupiah.Sum(own.Select(m => m.Planned));
            var planned = Rupiah.Sum(own.Where(m => m.Month <= through).Select(m => m.Planned));
            var spent = Rupiah.Sum(own.Where(m => m.Month <= through).Select(m => m.Realised ?? Rupiah.Zero));
            rows.Add(new RollUpRow(id, name, achievements, BudgetPerformance.Absorption(spent, ceiling), BudgetPerformance.Absorption(planned, ceiling), reported.GetValueOrDefault(id), children?.GetValueOrDefault(id) ?? (children is null ? null : new ChildCoverage(0, 0))));
        }

        return new RollUp(year, quarter, shared, rows, policy);
    }

    private static async Task<Dictionary<Guid, ChildCoverage>> ChildrenAsync(KinerjaDbContext db, List<Guid> parents, FiscalYear year, Period period, List<Period> quarterMonths, CancellationToken cancellationToken)
    {
        var below = db.WorkUnits.AsNoTracking().IgnoreAutoIncludes().Where(w => w.ParentId != null && parents.Contains(w.ParentId.Value));
        var totals = await below.GroupBy(w => w.ParentId!.Value).Select(g => new { Parent = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Parent, x => x.Count, cancellationToken);
        var reported = await db.Reports.AsNoTracking()
            .Where(r => r.Year == year)
            .SelectMany(r => r.Realisations, (r, x) => new { r.WorkUnitId, x.Period, x.Text })
            .Where(x => (x.Period == period || quarterMonths.Contains(x.Period)) && x.Text != string.Empty)
            .Join(below, x => x.WorkUnitId, w => w.Id, (x, w) => new { Parent = w.ParentId!.Value, x.WorkUnitId })
            .GroupBy(x => x.Parent)
            .Select(g => new { Parent = g.Key, Count = g.Select(x => x.WorkUnitId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Parent, x => x.Count, cancellationToken);
        return totals.ToDictionary(t => t.Key, t => new ChildCoverage(t.Value, reported.GetValueOrDefault(t.Key)));
    }

    /// <summary>Indicator texts are matched ignoring case, spacing and punctuation: "Persentase  tahapan Pemilihan." = "persentase tahapan pemilihan".</summary>
    public static string Normalise(string text) =>
        Regex.Replace(Regex.Replace((text ?? string.Empty).ToLowerInvariant(), @"[^\p{L}\p{N}%]+", " "), @"\s+", " ").Trim();
}
