using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;

namespace Kinerja.Domain.Tests.Monitoring;

public class BudgetPerformanceTests
{
    internal static Rupiah[] Millions(params long[] amounts) => [.. amounts.Select(a => new Rupiah(a * 1_000_000))];

    internal static readonly Rupiah[] Rpd = Millions(50, 50, 50, 100, 100, 100, 100, 100, 100, 100, 100, 50);

    [Fact]
    public void Nka_of_the_published_case_is_87_93()
    {
        var nka = BudgetPerformance.Nka(new NkaComponents(99.72m, 95.53m, 99.61m, 59.98m));

        Assert.Equal(87.93m, nka.Score);
        Assert.Equal(87.92791m, nka.Exact);
        Assert.Equal("87,93", nka.Display());
    }

    [Theory]
    [InlineData(100, 100, 100, 100, 100)]
    [InlineData(0, 0, 0, 0, 0)]
    [InlineData(100, 0, 0, 0, 43.5)]
    [InlineData(0, 100, 0, 0, 9.7)]
    [InlineData(0, 0, 100, 0, 18.2)]
    [InlineData(0, 0, 0, 100, 28.6)]
    public void Nka_weighs_its_four_parts(decimal output, decimal absorption, decimal consistency, decimal efficiency, decimal score)
    {
        Assert.Equal(score, BudgetPerformance.Nka(new NkaComponents(output, absorption, consistency, efficiency)).Score);
    }

    [Theory]
    [InlineData(3.992, 59.98)]
    [InlineData(0, 50)]
    [InlineData(10, 75)]
    [InlineData(20, 100)]
    [InlineData(-20, 0)]
    [InlineData(35, 100)]
    [InlineData(-50, 0)]
    [InlineData(-4, 40)]
    public void Efficiency_value_is_50_plus_E_over_20_times_50_within_bounds(decimal efficiency, decimal value)
    {
        Assert.Equal(value, BudgetPerformance.EfficiencyValue(efficiency));
    }

    public static TheoryData<OutputSpending[], decimal?> Efficiencies => new()
    {
        { [new(new Rupiah(1_000_000_000), 100m, new Rupiah(960_080_000))], 3.992m },
        { [new(new Rupiah(100_000_000), 120m, new Rupiah(90_000_000))], 10m },
        { [new(new Rupiah(100_000_000), 50m, new Rupiah(45_000_000))], 10m },
        { [new(new Rupiah(100_000_000), 50m, new Rupiah(60_000_000))], -20m },
        { [new(new Rupiah(100_000_000), 100m, new Rupiah(90_000_000)), new(new Rupiah(100_000_000), 50m, new Rupiah(60_000_000))], 0m },
        { [new(new Rupiah(100_000_000), 0m, new Rupiah(10_000_000))], null },
        { [], null },
    };

    [Theory]
    [MemberData(nameof(Efficiencies))]
    public void Efficiency_compares_what_outputs_should_have_cost_with_what_they_cost(OutputSpending[] outputs, decimal? efficiency)
    {
        Assert.Equal(efficiency, BudgetPerformance.Efficiency(outputs));
    }

    public static TheoryData<long, long, decimal?> Absorptions => new()
    {
        { 95_530_000, 100_000_000, 95.53m },
        { 0, 100_000_000, 0m },
        { 1_159_691_000, 1_159_691_000, 100m },
        { 5, 0, null },
    };

    [Theory]
    [MemberData(nameof(Absorptions))]
    public void Absorption_is_realisation_over_pagu(long realised, long ceiling, decimal? percent)
    {
        Assert.Equal(percent, BudgetPerformance.Absorption(new Rupiah(realised), new Rupiah(ceiling)));
    }

    [Fact]
    public void Absorption_of_several_lines_sums_before_dividing()
    {
        var lines = new[]
        {
            new BudgetProgress("Dukungan manajemen", new Rupiah(300_000_000), Millions(25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25), Millions(30, 30)),
            new BudgetProgress("Penyelenggaraan pemilu", new Rupiah(100_000_000), Millions(0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 50, 0), Millions(0, 40)),
        };

        Assert.Equal(25m, BudgetPerformance.Absorption(lines));
    }

    public static TheoryData<Rupiah[], Rupiah[], decimal?> Consistencies => new()
    {
        { Millions(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100), Millions(100, 50, 150), 91.67m },
        { Millions(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100), Millions(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100), 100m },
        { Millions(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100), Millions(200, 0), 100m },
        { Millions(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100), Millions(0, 0), 0m },
        { Millions(0, 0, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100), Millions(10, 0, 50), 60m },
        { Millions(0, 0, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100), Millions(10), null },
        { Millions(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100), [], null },
    };

    [Theory]
    [MemberData(nameof(Consistencies))]
    public void Consistency_averages_capped_cumulative_realisation_over_cumulative_rpd(Rupiah[] plan, Rupiah[] realised, decimal? percent)
    {
        var consistency = BudgetPerformance.Consistency(plan, realised);

        Assert.Equal(percent, consistency is { } c ? Achievement.Round(c) : null);
    }

    [Fact]
    public void Consistency_of_a_line_uses_its_rpd_and_its_months_so_far()
    {
        var line = new BudgetProgress("Honor badan adhoc", new Rupiah(1_000_000_000), Rpd, Millions(50, 25));

        Assert.Equal(87.5m, BudgetPerformance.Consistency(line));
        Assert.Equal(2, line.ThroughMonth);
        Assert.Equal(new Rupiah(75_000_000), line.RealisedToDate);
        Assert.Equal(new Rupiah(100_000_000), line.PlannedToDate);
    }

    public static TheoryData<Func<BudgetProgress>> InvalidLines => new()
    {
        () => new BudgetProgress("Baris", new Rupiah(100), Millions(1, 1, 1), []),
        () => new BudgetProgress("Baris", new Rupiah(100), Rpd, Millions(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)),
        () => new BudgetProgress("Baris", new Rupiah(-1), Rpd, []),
        () => new BudgetProgress("Baris", new Rupiah(100), Rpd, [new Rupiah(-5)]),
        () => new BudgetProgress(" ", new Rupiah(100), Rpd, []),
    };

    [Theory]
    [MemberData(nameof(InvalidLines))]
    public void Impossible_budget_lines_are_refused(Func<BudgetProgress> make)
    {
        Assert.Equal("BUDGET_PROGRESS_INVALID", Assert.Throws<RuleViolationException>(() => make()).Code);
    }
}
