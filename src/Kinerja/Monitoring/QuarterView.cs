using Kinerja.Data;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Monitoring;

/// <summary>A bukti dukung as listed: everything but its bytes.</summary>
public sealed record EvidenceInfo(Guid Id, Guid IndicatorId, Period Period, string FileName, int Size);

/// <summary>One PK indicator in the quarter: what was reported in the quarter and its capaian for the year so far.</summary>
public sealed record IndicatorRow(
    Goal Goal,
    Indicator Indicator,
    Period Period,
    IndicatorRealisation? Entry,
    IndicatorOutlook Outlook,
    IReadOnlyList<EvidenceInfo> Evidence)
{
    public Realisation Current => Entry?.Value ?? Realisation.NotReported;

    public Achievement ToDate => Outlook.ToDate;
}

/// <summary>One RAK action with its progress in each period of the quarter it is scheduled in.</summary>
public sealed record ActionRow(PlanAction Action, IReadOnlyList<(Period Period, bool Scheduled, ActionProgress? Progress)> Periods);

/// <summary>The PK of one entity with its report for the quarter, and the entity's RAK actions.</summary>
public sealed record EntitySection(EntityKind Entity, PerformancePlan Plan, PerformanceReport? Report, IReadOnlyList<IndicatorRow> Rows, PerformancePlan? Rak, IReadOnlyList<ActionRow> Actions, ScheduleStyle Style)
{
    public int Revision => Report?.Revision ?? 0;
}

/// <summary>One budget output: pagu, RPD and realisation through the quarter's last reported month.</summary>
public sealed record BudgetRow(BudgetCode Code, string Title, BudgetOutlook Outlook)
{
    public BudgetProgress Progress => Outlook.Line;
}

/// <summary>
/// Everything the quarter page and the LKj table show for one work unit, year and quarter. Capaian, categories and warnings all
/// come from the domain (<see cref="IndicatorProgress"/>, <see cref="EarlyWarning"/>, <see cref="BudgetPerformance"/>).
/// Loads one unit's plans (two PK and two RAK trees) and one budget: cost is independent of the number of units.
/// </summary>
public sealed record QuarterView(
    WorkUnit Unit,
    FiscalYear Year,
    int Quarter,
    AchievementPolicy Policy,
    IReadOnlyList<EntitySection> Sections,
    IReadOnlyList<BudgetRow> Budget,
    int ThroughMonth,
    IReadOnlyList<Rupiah> PlannedByMonth,
    IReadOnlyList<Rupiah?> RealisedByMonth,
    int? Month = null)
{
    /// <summary>True when a PK of the unit is reported month by month: the page then offers the quarter's three months.</summary>
    public bool HasMonthlyReports => Sections.Any(s => s.Style == ScheduleStyle.Monthly);

    public IEnumerable<IndicatorRow> Indicators => Sections.SelectMany(s => s.Rows);

    public Rupiah Ceiling => Rupiah.Sum(Budget.Select(b => b.Progress.Ceiling));

    public Rupiah PlannedToDate => Rupiah.Sum(Budget.Select(b => b.Progress.PlannedToDate));

    public Rupiah RealisedToDate => Rupiah.Sum(Budget.Select(b => b.Progress.RealisedToDate));

    public decimal? Absorption => BudgetPerformance.Absorption(Budget.Select(b => b.Progress));

    public decimal? PlannedShare => BudgetPerformance.Absorption(PlannedToDate, Ceiling);

    /// <summary>The S-curve: RPD and realisation added up month by month (Rupiah); the realisation stops after the last reported month.</summary>
    public IReadOnlyList<(long Planned, long? Realised)> CumulativeByMonth
    {
        get
        {
            var curve = new List<(long, long?)>(12);
            long planned = 0, realised = 0;
            for (var m = 0; m < 12; m++)
            {
                planned += PlannedByMonth[m].Value;
                long? shown = null;
                if (RealisedByMonth[m] is { } r)
                {
                    realised += r.Value;
                    shown = realised;
                }

                curve.Add((planned, shown));
            }

            return curve;
        }
    }

    public decimal? Consistency => BudgetPerformance.Consistency(PlannedByMonth, [.. RealisedByMonth.Take(ThroughMonth).Select(r => r ?? Rupiah.Zero)]);

    /// <summary>Capaian RO for the NKA: the plain average of the computed year-to-date capaian (capped) of the PK indicators; null when none is computed.</summary>
    public decimal? OutputAchievement
    {
        get
        {
            var computed = Indicators.Where(r => r.ToDate.Status == AchievementStatus.Computed).Select(r => r.ToDate.Percent!.Value).ToList();
            return computed.Count == 0 ? null : Achievement.Round(computed.Average());
        }
    }

    /// <summary>
    /// The NKA, only at the end of the year (TW IV) when every part is known. Efficiency is taken over the satker's total
    /// pagu and realisation at the average capaian, because outputs are not yet linked one-to-one with PK indicators.
    /// </summary>
    public NkaScore? Nka
    {
        get
        {
            if (Quarter != 4 || OutputAchievement is not { } ro || Absorption is not { } absorption || Consistency is not { } consistency
                || BudgetPerformance.Efficiency([new OutputSpending(Ceiling, ro, RealisedToDate)]) is not { } efficiency)
            {
                return null;
            }

            return BudgetPerformance.Nka(new NkaComponents(ro, absorption, consistency, BudgetPerformance.EfficiencyValue(efficiency)));
        }
    }

    public IEnumerable<Finding> Warnings =>
        Indicators.Select(r => r.Outlook.Warning).Concat(Budget.Select(b => b.Outlook.Warning)).OfType<Finding>();

    /// <summary>
    /// How a PK is reported: as its report was started, or, before the first realisation, as the entity's RAK is scheduled: a monthly
    /// RAK is reported month by month, anything else by quarter.
    /// </summary>
    public static ScheduleStyle StyleOf(PerformanceReport? report, PerformancePlan? rak) =>
        report?.PeriodStyle ?? StyleFor(rak?.ScheduleStyle);

    /// <summary>How a report starts under a RAK of this schedule style (or no RAK): by month for a monthly RAK, else by quarter.</summary>
    public static ScheduleStyle StyleFor(ScheduleStyle? rakStyle) =>
        rakStyle == ScheduleStyle.Monthly ? ScheduleStyle.Monthly : ScheduleStyle.Quarterly;

    /// <summary>The period a quarter's page records: the quarter, or for monthly reporting <paramref name="month"/> (default the quarter's last month).</summary>
    public static Period PeriodOf(ScheduleStyle style, int quarter, int? month = null) =>
        style == ScheduleStyle.Monthly ? Period.Month(month ?? quarter * 3) : Period.Quarter(quarter);

    /// <summary>True when <paramref name="month"/> is absent or one of the quarter's three months.</summary>
    public static bool IsMonthOf(int quarter, int? month) => month is null || (month - 1) / 3 == quarter - 1 && month is >= 1 and <= 12;

    public static Task<QuarterView?> LoadAsync(KinerjaDbContext db, Guid unitId, FiscalYear year, int quarter, CancellationToken cancellationToken) =>
        LoadAsync(db, unitId, year, quarter, null, cancellationToken);

    /// <summary>The quarter of one unit; with monthly reporting, the realisations shown and recorded are those of <paramref name="month"/>.</summary>
    public static async Task<QuarterView?> LoadAsync(KinerjaDbContext db, Guid unitId, FiscalYear year, int quarter, int? month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var unit = await db.WorkUnits.AsNoTracking().SingleOrDefaultAsync(w => w.Id == unitId, cancellationToken);
        if (unit is null)
        {
            return null;
        }

        var plans = await PlanQueries.Loaded(db).AsNoTracking()
            .Where(p => p.WorkUnitId == unitId && p.Year == year && (p.Kind == PlanKind.Pk || p.Kind == PlanKind.Rak))
            .ToListAsync(cancellationToken);
        var planIds = plans.Select(p => p.Id).ToList();
        var reports = await db.Reports.AsNoTracking().Where(r => planIds.Contains(r.PlanId)).ToListAsync(cancellationToken);
        var reportIds = reports.Select(r => r.Id).ToList();
        var evidence = await db.Evidence.AsNoTracking().Where(e => reportIds.Contains(e.ReportId))
            .Select(e => new EvidenceInfo(e.Id, e.IndicatorId, e.Period, e.FileName, e.Size))
            .ToListAsync(cancellationToken);
        evidence = [.. evidence.OrderBy(e => e.FileName, StringComparer.Ordinal)];
        var policy = AchievementPolicy.Standard;

        var sections = new List<EntitySection>();
        foreach (var pk in plans.Where(p => p.Kind == PlanKind.Pk).OrderBy(p => p.Entity))
        {
            var report = reports.SingleOrDefault(r => r.PlanId == pk.Id);
            var rak = plans.SingleOrDefault(p => p.Kind == PlanKind.Rak && p.Entity == pk.Entity);
            var style = StyleOf(report, rak);
            var period = PeriodOf(style, quarter, month);
            var rows = pk.Goals.SelectMany(g => g.Indicators.Select(i =>
            {
                var progress = report?.ProgressOf(i) ?? new IndicatorProgress(i.Text, i.Target, i.Direction, i.Target is { } t ? PeriodAggregation.DefaultFor(t.Kind) : AggregationKind.LastValue, [], i.Id);
                var outlook = EarlyWarning.ForIndicator(progress, period, policy);
                return new IndicatorRow(g, i, period, report?.Find(i.Id, period), outlook, [.. evidence.Where(e => e.IndicatorId == i.Id && e.Period == period)]);
            })).ToList();
            var actions = rak is null ? [] : rak.Actions.Select(a => ActionRowOf(a, rak.ScheduleStyle, quarter, report)).ToList();
            sections.Add(new EntitySection(pk.Entity, pk, report, rows, rak, actions, style));
        }

        var budget = await BudgetQueries.LatestAsync(db, unitId, year, cancellationToken);
        var spending = await db.BudgetRealisations.AsNoTracking().SingleOrDefaultAsync(r => r.WorkUnitId == unitId && r.Year == year, cancellationToken);
        var through = Math.Min(spending?.ThroughMonth ?? 0, quarter * 3);
        var budgetRows = new List<BudgetRow>();
        var planned = new Rupiah[12];
        var realised = new Rupiah?[12];
        foreach (var output in budget?.Outputs ?? [])
        {
            var ceiling = budget!.AmountsOf(output).Total;
            var line = spending?.ProgressOf(output.Code, $"{output.Code} {output.Title}", ceiling, through)
                ?? new BudgetProgress($"{output.Code} {output.Title}", ceiling, [.. Enumerable.Repeat(Rupiah.Zero, 12)], []);
            budgetRows.Add(new BudgetRow(output.Code, output.Title, EarlyWarning.ForBudget(line, policy)));
        }

        foreach (var entry in spending?.Months ?? [])
        {
            planned[entry.Month - 1] += entry.Planned;
            if (entry.Realised is { } r && entry.Month <= through)
            {
                realised[entry.Month - 1] = (realised[entry.Month - 1] ?? Rupiah.Zero) + r;
            }
        }

        for (var m = 0; m < through; m++)
        {
            realised[m] ??= Rupiah.Zero;
        }

        return new QuarterView(unit, year, quarter, policy, sections, budgetRows, through, planned, realised, month);
    }

    private static ActionRow ActionRowOf(PlanAction action, ScheduleStyle style, int quarter, PerformanceReport? report)
    {
        var periods = style == ScheduleStyle.Monthly
            ? Enumerable.Range((quarter * 3) - 2, 3).Select(Period.Month)
            : [Period.Quarter(quarter)];
        return new ActionRow(action, [.. periods.Select(p => (p, action.IsScheduledIn(p), report?.ActionProgress.SingleOrDefault(x => x.ActionId == action.Id && x.Period == p)))]);
    }
}

/// <summary>Labels and CSS classes for capaian, shared by the pages and the LKj table.</summary>
public static class MonitoringLabels
{
    /// <summary>cat-0 (the best band) … cat-n; the class follows the domain's category, decided on the rounded capaian.</summary>
    public static string CategoryClass(Achievement achievement, AchievementPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(achievement);
        ArgumentNullException.ThrowIfNull(policy);
        if (BandIndex(achievement, policy) is not { } index)
        {
            return achievement.Status switch
            {
                AchievementStatus.NotReported => "cat-blank",
                AchievementStatus.NotApplicable => "cat-na",
                _ => "cat-none",
            };
        }

        return "cat-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The place of the achievement's category among the policy's bands (0 is the best); null without a category.</summary>
    public static int? BandIndex(Achievement achievement, AchievementPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(achievement);
        ArgumentNullException.ThrowIfNull(policy);
        var index = achievement.Category is { } band ? policy.Bands.ToList().FindIndex(b => b.Name == band.Name) : -1;
        return index >= 0 ? index : null;
    }

    /// <summary>What a realisation cell shows: "belum dilaporkan" for blank, <c>n/a</c>, else the value.</summary>
    public static string Realisation(Realisation value) =>
        value.Kind == RealisationKind.NotReported ? "belum dilaporkan" : value.Display();

    /// <summary>What a capaian cell shows: "belum dilaporkan" for blank, <c>n/a</c>, a dash when not computable, else the percentage.</summary>
    public static string Capaian(Achievement achievement)
    {
        ArgumentNullException.ThrowIfNull(achievement);
        return achievement.Status == AchievementStatus.NotReported ? "belum dilaporkan" : achievement.Display();
    }

    public static string Quarter(int quarter) => quarter switch
    {
        1 => "TW I",
        2 => "TW II",
        3 => "TW III",
        _ => "TW IV",
    };

    public static string ActionStatus(ActionStatus status) => status switch
    {
        Domain.Monitoring.ActionStatus.NotStarted => "Belum dimulai",
        Domain.Monitoring.ActionStatus.InProgress => "Sedang berjalan",
        Domain.Monitoring.ActionStatus.Done => "Selesai",
        _ => "Nilai",
    };
}
