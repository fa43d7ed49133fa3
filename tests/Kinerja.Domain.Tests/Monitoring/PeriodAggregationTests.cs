using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Monitoring;

public class PeriodAggregationTests
{
    /// <summary>Reads <c>"T1=2 lap|T2=|T3=n/a"</c>.</summary>
    internal static PeriodRealisation[] Periods(string spec) =>
        [.. spec.Split('|').Select(cell => cell.Split('=')).Select(p => PeriodRealisation.Parse(p[0], p[1]))];

    [Theory]
    [InlineData(AggregationKind.Cumulative, "T1=2 lap|T2=3 lap", "5 lap")]
    [InlineData(AggregationKind.Cumulative, "T1=2|T2=|T3=n/a|T4=1", "3")]
    [InlineData(AggregationKind.Cumulative, "T1=0|T2=0", "0")]
    [InlineData(AggregationKind.Cumulative, "T1=2 kec. 10 kel|T2=4 kec. 19 kel", "6 kec. 29 kel")]
    [InlineData(AggregationKind.Cumulative, "T1=B|T2=BB", "BB")]
    [InlineData(AggregationKind.Cumulative, "T1=1 lap", "1 lap")]
    [InlineData(AggregationKind.LastValue, "T1=3,1|T2=3,4|T3=", "3,4")]
    [InlineData(AggregationKind.LastValue, "T4=WTP|T1=WDP", "WTP")]
    [InlineData(AggregationKind.Average, "T1=90%|T2=100%", "95%")]
    [InlineData(AggregationKind.Average, "T1=90%|T2=n/a|T3=100%|T4=", "95%")]
    [InlineData(AggregationKind.Average, "T1=2 kec. 10 kel|T2=4 kec. 20 kel", "3 kec. 15 kel")]
    [InlineData(AggregationKind.Average, "B1=1|B2=2|B3=2", "1,67")]
    [InlineData(AggregationKind.RatioOfSums, "T1=39/40|T2=20/20", "98,33%")]
    [InlineData(AggregationKind.RatioOfSums, "T1=0/0|T2=3/4", "75%")]
    [InlineData(AggregationKind.RatioOfSums, "T1=39/40|T2=90%", "93,75%")]
    [InlineData(AggregationKind.RatioOfSums, "T1=80%", "80%")]
    [InlineData(AggregationKind.RatioOfSums, "T1=39/40", "97,5%")]
    public void Aggregation_makes_the_value_of_the_periods(AggregationKind kind, string periods, string display)
    {
        var result = PeriodAggregation.Aggregate(kind, Periods(periods));

        Assert.Equal(RealisationKind.Value, result.Value.Kind);
        Assert.Equal(display, result.Value.Display());
        Assert.Equal(kind, result.Kind);
        Assert.False(string.IsNullOrWhiteSpace(result.Note));
    }

    [Theory]
    [InlineData(AggregationKind.Cumulative, "T1=|T2=", RealisationKind.NotReported)]
    [InlineData(AggregationKind.Average, "T1=n/a|T2=n/a", RealisationKind.NotApplicable)]
    [InlineData(AggregationKind.LastValue, "T1=n/a|T2=", RealisationKind.NotReported)]
    [InlineData(AggregationKind.RatioOfSums, "T1=0/0|T2=0/0", RealisationKind.NotApplicable)]
    public void Nothing_reported_stays_blank_or_na(AggregationKind kind, string periods, RealisationKind expected)
    {
        Assert.Equal(expected, PeriodAggregation.Aggregate(kind, Periods(periods)).Value.Kind);
    }

    [Fact]
    public void Blank_and_na_periods_are_listed_apart_from_the_reported_ones()
    {
        var result = PeriodAggregation.Aggregate(AggregationKind.Cumulative, Periods("T1=2|T2=|T3=n/a|T4=1"));

        Assert.Equal([Period.Quarter(1), Period.Quarter(4)], result.Reported);
        Assert.Equal([Period.Quarter(2)], result.NotReported);
        Assert.Equal([Period.Quarter(3)], result.NotApplicable);
    }

    [Fact]
    public void Ratio_of_sums_says_when_it_falls_back_to_the_average()
    {
        var result = PeriodAggregation.Aggregate(AggregationKind.RatioOfSums, Periods("T1=39/40|T2=90%"));

        Assert.Equal("Sebagian periode tanpa pembilang/penyebut; dipakai rata-rata persentase.", result.Note);
    }

    [Fact]
    public void Ratio_of_sums_is_not_the_average_of_ratios()
    {
        var sums = PeriodAggregation.Aggregate(AggregationKind.RatioOfSums, Periods("T1=1/10|T2=90/90"));
        var average = PeriodAggregation.Aggregate(AggregationKind.Average, Periods("T1=1/10|T2=90/90"));

        Assert.Equal(91m, sums.Value.Number);
        Assert.Equal(91m, sums.Value.Numerator);
        Assert.Equal(100m, sums.Value.Denominator);
        Assert.Equal(55m, average.Value.Number);
    }

    [Fact]
    public void Values_of_different_kinds_are_not_comparable()
    {
        var result = PeriodAggregation.Aggregate(AggregationKind.Cumulative, Periods("T1=BB|T2=80%"));
        var achievement = Achievement.Of(Target.Parse("80%"), result.Value, Direction.HigherIsBetter, AchievementPolicy.Standard);

        Assert.Equal(TargetKind.Text, result.Value.Reading!.Value.Kind);
        Assert.Equal(AchievementStatus.NotComparable, achievement.Status);
    }

    [Theory]
    [InlineData("T1", "2 lap")]
    [InlineData("T2", "5 lap")]
    [InlineData("T3", "9 lap")]
    [InlineData("T4", "14 lap")]
    public void Through_takes_the_periods_up_to_and_including_it(string through, string display)
    {
        var result = PeriodAggregation.Aggregate(AggregationKind.Cumulative, Periods("T1=2 lap|T2=3 lap|T3=4 lap|T4=5 lap"), Period.Parse(through));

        Assert.Equal(display, result.Value.Display());
    }

    [Theory]
    [InlineData("T1=1|B1=1", null, "PERIOD_MIXED")]
    [InlineData("T1=1|T1=2", null, "PERIOD_DUPLICATE")]
    [InlineData("T1=1|T2=2", "B6", "PERIOD_MIXED")]
    public void Periods_must_be_of_one_style_and_each_once(string periods, string? through, string code)
    {
        var last = through is null ? (Period?)null : Period.Parse(through);

        Assert.Equal(code, Assert.Throws<RuleViolationException>(() => PeriodAggregation.Aggregate(AggregationKind.Cumulative, Periods(periods), last)).Code);
    }

    [Theory]
    [InlineData(TargetKind.Quantity, AggregationKind.Cumulative)]
    [InlineData(TargetKind.CompoundCount, AggregationKind.Cumulative)]
    [InlineData(TargetKind.Percentage, AggregationKind.RatioOfSums)]
    [InlineData(TargetKind.Index, AggregationKind.LastValue)]
    [InlineData(TargetKind.Range, AggregationKind.LastValue)]
    [InlineData(TargetKind.Grade, AggregationKind.LastValue)]
    [InlineData(TargetKind.AuditOpinion, AggregationKind.LastValue)]
    [InlineData(TargetKind.Text, AggregationKind.LastValue)]
    public void Each_kind_of_target_has_a_default_aggregation(TargetKind kind, AggregationKind aggregation)
    {
        Assert.Equal(aggregation, PeriodAggregation.DefaultFor(kind));
    }

    [Theory]
    [InlineData("12 lap", AggregationKind.Cumulative, "T1=2|T2=3|T3=|T4=", "T2", 41.67)]
    [InlineData("12 lap", AggregationKind.Cumulative, "T1=2|T2=3|T3=4|T4=3", "T4", 100)]
    [InlineData("100%", AggregationKind.RatioOfSums, "T1=39/40|T2=40/40|T3=|T4=", "T2", 98.75)]
    [InlineData("3,4", AggregationKind.LastValue, "T1=3|T2=3,4", "T1", 88.24)]
    [InlineData("8 perkara", AggregationKind.Cumulative, "T1=3|T2=1", "T2", 100)]
    [InlineData("8 perkara", AggregationKind.Cumulative, "T1=3|T2=6", "T2", 87.5)]
    public void Year_to_date_capaian_sets_the_periods_so_far_against_the_annual_target(string target, AggregationKind kind, string periods, string asOf, decimal percent)
    {
        var direction = target.Contains("perkara", StringComparison.Ordinal) ? Direction.LowerIsBetter : Direction.HigherIsBetter;
        var indicator = new IndicatorProgress("Indikator", Target.Parse(target), direction, kind, Periods(periods));

        Assert.Equal(percent, indicator.ToDate(Period.Parse(asOf), AchievementPolicy.Standard).Percent);
    }
}
