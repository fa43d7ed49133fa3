using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Planning;
using static Kinerja.Domain.Tests.Monitoring.BudgetPerformanceTests;
using static Kinerja.Domain.Tests.Monitoring.PeriodAggregationTests;

namespace Kinerja.Domain.Tests.Monitoring;

public class EarlyWarningTests
{
    private static IndicatorOutlook Outlook(string target, Direction direction, AggregationKind kind, string periods, string asOf, AchievementPolicy? policy = null) =>
        EarlyWarning.ForIndicator(
            new IndicatorProgress("Laporan pengelolaan logistik", Target.From(target), direction, kind, Periods(periods), Guid.Empty),
            Period.Parse(asOf),
            policy ?? AchievementPolicy.Standard);

    [Theory]
    [InlineData("10 lap", Direction.HigherIsBetter, AggregationKind.Cumulative, "T1=2|T2=2|T3=|T4=", "T2",
        "Capaian TW II 40% dari target tahunan; proyeksi akhir tahun 80% < 100%.")]
    [InlineData("12 lap", Direction.HigherIsBetter, AggregationKind.Cumulative, "T1=1|T2=|T3=|T4=", "T1",
        "Capaian TW I 8,33% dari target tahunan; proyeksi akhir tahun 33,33% < 100%.")]
    [InlineData("12 lap", Direction.HigherIsBetter, AggregationKind.Cumulative, "T1=3|T2=3|T3=2|T4=", "T3",
        "Capaian TW III 66,67% dari target tahunan; proyeksi akhir tahun 88,89% < 100%.")]
    [InlineData("8 perkara", Direction.LowerIsBetter, AggregationKind.Cumulative, "T1=3|T2=|T3=|T4=", "T1",
        "Capaian TW I 100% dari target tahunan; proyeksi akhir tahun 50% < 100%.")]
    [InlineData("3,4", Direction.HigherIsBetter, AggregationKind.LastValue, "T1=3|T2=3,2", "T2",
        "Capaian TW II 94,12% dari target tahunan; proyeksi akhir tahun 94,12% < 100%.")]
    [InlineData("100%", Direction.HigherIsBetter, AggregationKind.RatioOfSums, "T1=30/40|T2=40/40", "T2",
        "Capaian TW II 87,5% dari target tahunan; proyeksi akhir tahun 87,5% < 100%.")]
    [InlineData("WTP", Direction.HigherIsBetter, AggregationKind.LastValue, "T1=WDP", "T1",
        "Capaian TW I 0% dari target tahunan; proyeksi akhir tahun 0% < 100%.")]
    [InlineData("12 dok", Direction.HigherIsBetter, AggregationKind.Cumulative, "B1=0,5|B2=0,5|B3=0,5|B4=0,5|B5=0,5|B6=0,5", "B6",
        "Capaian Juni 25% dari target tahunan; proyeksi akhir tahun 50% < 100%.")]
    [InlineData("6 kec. 30 kel", Direction.HigherIsBetter, AggregationKind.Cumulative, "T1=1 kec. 10 kel|T2=1 kec. 5 kel", "T2",
        "Capaian TW II 41,67% dari target tahunan; proyeksi akhir tahun 83,33% < 100%.")]
    public void An_indicator_heading_below_its_target_is_flagged(string target, Direction direction, AggregationKind kind, string periods, string asOf, string message)
    {
        var outlook = Outlook(target, direction, kind, periods, asOf);

        Assert.Equal("EW_INDICATOR_AT_RISK", outlook.Warning!.Code);
        Assert.Equal(Severity.Warning, outlook.Warning.Severity);
        Assert.Equal(message, outlook.Warning.Message);
        Assert.Equal("Indikator \"Laporan pengelolaan logistik\"", outlook.Warning.Location);
        Assert.Equal(Guid.Empty, outlook.Warning.ElementId);
    }

    [Theory]
    [InlineData("10 lap", Direction.HigherIsBetter, AggregationKind.Cumulative, "T1=3|T2=3|T3=|T4=", "T2")]
    [InlineData("10 lap", Direction.HigherIsBetter, AggregationKind.Cumulative, "T1=2|T2=3|T3=|T4=", "T2")]
    [InlineData("8 perkara", Direction.LowerIsBetter, AggregationKind.Cumulative, "T1=1|T2=1|T3=|T4=", "T2")]
    [InlineData("3,4", Direction.HigherIsBetter, AggregationKind.LastValue, "T1=3|T2=3,4", "T2")]
    [InlineData("BB", Direction.HigherIsBetter, AggregationKind.LastValue, "T1=A", "T1")]
    [InlineData("95%", Direction.HigherIsBetter, AggregationKind.RatioOfSums, "T1=n/a|T2=n/a", "T2")]
    [InlineData("Terlaksananya rapat pleno", Direction.HigherIsBetter, AggregationKind.LastValue, "T1=sudah", "T1")]
    [InlineData("0", Direction.HigherIsBetter, AggregationKind.Cumulative, "T1=2", "T1")]
    [InlineData("", Direction.HigherIsBetter, AggregationKind.Cumulative, "T1=2", "T1")]
    public void An_indicator_on_track_or_without_a_percentage_is_not_flagged(string target, Direction direction, AggregationKind kind, string periods, string asOf)
    {
        Assert.Null(Outlook(target, direction, kind, periods, asOf).Warning);
    }

    [Theory]
    [InlineData("T1=2|T2=|T3=|T4=", "T2", "Realisasi TW II belum dilaporkan.")]
    [InlineData("T1=|T2=|T3=|T4=", "T2", "Realisasi TW I, TW II belum dilaporkan.")]
    [InlineData("T1=|T2=n/a", "T2", "Realisasi TW I belum dilaporkan.")]
    public void A_blank_period_so_far_is_flagged_as_not_reported(string periods, string asOf, string message)
    {
        var warning = Outlook("10 lap", Direction.HigherIsBetter, AggregationKind.Cumulative, periods, asOf).Warning!;

        Assert.Equal("EW_NOT_REPORTED", warning.Code);
        Assert.Equal(message, warning.Message);
    }

    [Fact]
    public void The_outlook_carries_the_numbers_behind_the_flag()
    {
        var outlook = Outlook("10 lap", Direction.HigherIsBetter, AggregationKind.Cumulative, "T1=2|T2=2|T3=|T4=", "T2");

        Assert.Equal(Period.Quarter(2), outlook.AsOf);
        Assert.Equal(4m, outlook.SoFar.Value.Number);
        Assert.Equal(40m, outlook.ToDate.Percent);
        Assert.Equal(8m, outlook.Projected.Number);
        Assert.Equal(80m, outlook.ProjectedAchievement.Percent);
        Assert.Equal("Baik", outlook.ProjectedAchievement.Category!.Name);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(80.01, true)]
    [InlineData(80, false)]
    [InlineData(75, false)]
    public void The_warning_threshold_is_configuration(decimal threshold, bool flagged)
    {
        var policy = AchievementPolicy.Standard with { WarningThreshold = threshold };

        var outlook = Outlook("10 lap", Direction.HigherIsBetter, AggregationKind.Cumulative, "T1=2|T2=2", "T2", policy);

        Assert.Equal(flagged, outlook.Warning is not null);
    }

    [Theory]
    [InlineData("T1", "TW I")]
    [InlineData("T4", "TW IV")]
    [InlineData("B6", "Juni")]
    [InlineData("B12", "Desember")]
    public void Periods_are_named_the_Indonesian_way(string period, string name)
    {
        Assert.Equal(name, EarlyWarning.Name(Period.Parse(period)));
    }

    [Fact]
    public void A_budget_line_behind_its_rpd_is_flagged()
    {
        var line = new BudgetProgress("Honor badan adhoc", new Rupiah(1_000_000_000), Rpd, Millions(20, 30, 30, 40, 40, 40), Guid.Empty);

        var outlook = EarlyWarning.ForBudget(line, AchievementPolicy.Standard);

        Assert.Equal(20m, outlook.Absorption);
        Assert.Equal(45m, outlook.PlannedShare);
        Assert.Equal(44.44m, Achievement.Round(outlook.ProjectedAbsorption!.Value));
        Assert.Equal("EW_ABSORPTION_BEHIND", outlook.Warning!.Code);
        Assert.Equal("Penyerapan 20% sementara RPD s.d. Juni 45%; proyeksi penyerapan akhir tahun 44,44%.", outlook.Warning.Message);
        Assert.Equal("Anggaran \"Honor badan adhoc\"", outlook.Warning.Location);
    }

    [Theory]
    [InlineData(420, 5, false)]
    [InlineData(400, 5, false)]
    [InlineData(399, 5, true)]
    [InlineData(420, 2, true)]
    [InlineData(500, 0, false)]
    public void The_absorption_tolerance_is_configuration(long realisedMillions, decimal tolerance, bool flagged)
    {
        var line = new BudgetProgress("Belanja barang", new Rupiah(1_000_000_000), Rpd, Millions(0, 0, 0, 0, 0, realisedMillions));

        var outlook = EarlyWarning.ForBudget(line, AchievementPolicy.Standard with { AbsorptionTolerance = tolerance });

        Assert.Equal(flagged, outlook.Warning is not null);
    }

    [Fact]
    public void A_budget_line_with_no_pagu_or_no_months_is_not_flagged()
    {
        var empty = EarlyWarning.ForBudget(new BudgetProgress("Tanpa pagu", Rupiah.Zero, Millions(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Millions(0, 0)), AchievementPolicy.Standard);
        var early = EarlyWarning.ForBudget(new BudgetProgress("Belum ada bulan", new Rupiah(1_000_000_000), Rpd, []), AchievementPolicy.Standard);

        Assert.Null(empty.Absorption);
        Assert.Null(empty.Warning);
        Assert.Equal(0m, early.Absorption);
        Assert.Null(early.Consistency);
        Assert.Null(early.Warning);
    }
}
