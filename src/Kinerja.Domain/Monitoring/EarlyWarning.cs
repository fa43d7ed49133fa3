using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Monitoring;

/// <summary>An indicator with its annual target and what was reported per period: the input of year-to-date capaian and early warning.</summary>
public sealed record IndicatorProgress(
    string Label,
    Target? Target,
    Direction Direction,
    AggregationKind Aggregation,
    IReadOnlyList<PeriodRealisation> Periods,
    Guid? Id = null)
{
    /// <summary>The realisation of the year up to and including <paramref name="asOf"/>, aggregated by <see cref="Aggregation"/>.</summary>
    public AggregatedRealisation SoFar(Period asOf) => PeriodAggregation.Aggregate(Aggregation, Periods, asOf);

    /// <summary>Year-to-date capaian: the periods up to <paramref name="asOf"/> against the annual target.</summary>
    public Achievement ToDate(Period asOf, AchievementPolicy policy) => Achievement.Of(Target, SoFar(asOf).Value, Direction, policy);
}

/// <summary>Where an indicator stands and where it is heading. <see cref="Warning"/> is null when it is on track.</summary>
public sealed record IndicatorOutlook(
    Period AsOf,
    AggregatedRealisation SoFar,
    Achievement ToDate,
    Realisation Projected,
    Achievement ProjectedAchievement,
    Finding? Warning);

/// <summary>Where a budget line stands against its RPD. Percentages are of the pagu; null when the pagu is 0.</summary>
public sealed record BudgetOutlook(
    BudgetProgress Line,
    decimal? Absorption,
    decimal? PlannedShare,
    decimal? Consistency,
    decimal? ProjectedAbsorption,
    Finding? Warning);

/// <summary>
/// Early warning (peringatan dini) from the periods reported so far. Findings carry stable codes:
/// <c>EW_INDICATOR_AT_RISK</c>, <c>EW_NOT_REPORTED</c>, <c>EW_ABSORPTION_BEHIND</c>.
/// </summary>
public static class EarlyWarning
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    /// <summary>
    /// Projects the indicator to year end and flags it when the projected capaian, rounded, is below
    /// <see cref="AchievementPolicy.WarningThreshold"/>. The projection follows the aggregation:
    /// cumulative indicators continue their pace linearly (so far × periods in the year / periods elapsed up to <paramref name="asOf"/>,
    /// blank periods counting as elapsed); last value, average and ratio of sums are levels, projected to stay where they are.
    /// A blank <paramref name="asOf"/> period (or any blank before it) is flagged as not reported; <c>n/a</c>, a missing target and a
    /// capaian that cannot be computed raise no warning here, because plan checks report those.
    /// </summary>
    public static IndicatorOutlook ForIndicator(IndicatorProgress indicator, Period asOf, AchievementPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(policy);
        var soFar = indicator.SoFar(asOf);
        var toDate = Achievement.Of(indicator.Target, soFar.Value, indicator.Direction, policy);
        var projected = Project(soFar, asOf);
        var outlook = Achievement.Of(indicator.Target, projected, indicator.Direction, policy);
        var location = $"Indikator \"{indicator.Label}\"";

        if (soFar.NotReported.Count > 0)
        {
            var missing = string.Join(", ", soFar.NotReported.Select(Name));
            return new(asOf, soFar, toDate, projected, outlook, new Finding("EW_NOT_REPORTED", Severity.Warning, location, $"Realisasi {missing} belum dilaporkan.", indicator.Id));
        }

        Finding? warning = null;
        if (outlook is { Status: AchievementStatus.Computed, Percent: { } end } && end < policy.WarningThreshold && toDate.Percent is { } now)
        {
            warning = new Finding(
                "EW_INDICATOR_AT_RISK",
                Severity.Warning,
                location,
                $"Capaian {Name(asOf)} {IdFormat.Percent(now)} dari target tahunan; proyeksi akhir tahun {IdFormat.Percent(end)} < {IdFormat.Percent(policy.WarningThreshold)}.",
                indicator.Id);
        }

        return new(asOf, soFar, toDate, projected, outlook, warning);
    }

    /// <summary>
    /// Compares the line's absorption with its RPD to date and flags it when absorption trails by more than
    /// <see cref="AchievementPolicy.AbsorptionTolerance"/> points. The projection assumes the rest of the year keeps the same ratio of
    /// realisation to plan: projected = (realisation to date / RPD to date) × total RPD / pagu × 100, at most 100.
    /// </summary>
    public static BudgetOutlook ForBudget(BudgetProgress line, AchievementPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(policy);
        var absorption = BudgetPerformance.Absorption(line.RealisedToDate, line.Ceiling);
        var planned = BudgetPerformance.Absorption(line.PlannedToDate, line.Ceiling);
        var consistency = BudgetPerformance.Consistency(line);
        var totalPlan = BudgetPerformance.Absorption(Rupiah.Sum(line.Plan), line.Ceiling);
        // Compared before it is multiplied: rows stored beyond the ceiling would take the product past a decimal's range.
        decimal? projected = absorption is { } a && planned is > 0m && totalPlan is { } total
            ? total > 0m && a / planned.Value > 100m / total ? 100m : Math.Min(a / planned.Value * total, 100m)
            : null;

        Finding? warning = null;
        if (absorption is { } now && planned is { } plan && line.ThroughMonth > 0 && plan - now > policy.AbsorptionTolerance)
        {
            var message = $"Penyerapan {IdFormat.Percent(Achievement.Round(now))} sementara RPD s.d. {IdFormat.MonthName(line.ThroughMonth)} {IdFormat.Percent(Achievement.Round(plan))}"
                + (projected is { } p ? $"; proyeksi penyerapan akhir tahun {IdFormat.Percent(Achievement.Round(p))}." : ".");
            warning = new Finding("EW_ABSORPTION_BEHIND", Severity.Warning, $"Anggaran \"{line.Label}\"", message, line.Id);
        }

        return new(line, absorption, planned, consistency, projected, warning);
    }

    /// <summary>The Indonesian name of a period in a sentence: <c>TW II</c>, <c>Juni</c>.</summary>
    public static string Name(Period period) =>
        period.Style == ScheduleStyle.Quarterly ? $"TW {Roman[period.Number - 1]}" : IdFormat.MonthName(period.Number);

    private static Realisation Project(AggregatedRealisation soFar, Period asOf)
    {
        var value = soFar.Value;
        if (soFar.Kind != AggregationKind.Cumulative || value.Kind != RealisationKind.Value)
        {
            return value;
        }

        var factor = (decimal)Period.All(asOf.Style).Count / asOf.Number;
        var reading = value.Reading!.Value;
        return reading.Kind switch
        {
            TargetKind.CompoundCount => Realisation.Of(reading.Parts.Select(p => p with { Count = Bounded.Times(p.Count, factor) })),
            _ when value.IsNumeric => Realisation.Of(Bounded.Times(value.Number!.Value, factor), reading.Kind, reading.Unit),
            _ => value,
        };
    }
}
