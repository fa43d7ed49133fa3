using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Monitoring;

public class AchievementPolicyTests
{
    [Theory]
    [InlineData("90,996", 91, "Sangat Baik")]
    [InlineData("90,995", 91, "Sangat Baik")]
    [InlineData("90,994", 90.99, "Baik")]
    [InlineData("90,5", 90.5, "Baik")]
    [InlineData("100", 100, "Sangat Baik")]
    [InlineData("76", 76, "Baik")]
    [InlineData("75,999", 76, "Baik")]
    [InlineData("75,99", 75.99, "Cukup")]
    [InlineData("66", 66, "Cukup")]
    [InlineData("65,5", 65.5, "Kurang")]
    [InlineData("51", 51, "Kurang")]
    [InlineData("50,995", 51, "Kurang")]
    [InlineData("50,99", 50.99, "Sangat Kurang")]
    [InlineData("0", 0, "Sangat Kurang")]
    public void The_category_is_decided_on_the_rounded_capaian(string realisation, decimal percent, string category)
    {
        var achievement = Achievement.Of(Target.Parse("100"), Realisation.Parse(realisation), Direction.HigherIsBetter, AchievementPolicy.Standard);

        Assert.Equal(percent, achievement.Percent);
        Assert.Equal(category, achievement.Category!.Name);
    }

    [Fact]
    public void Uncapped_capaian_above_the_top_band_stays_in_the_top_band()
    {
        var policy = AchievementPolicy.Standard with { Cap = null };

        Assert.Equal("Sangat Baik", Achievement.Of(Target.Parse("7"), Realisation.Parse("6,5"), Direction.LowerIsBetter, policy).Category!.Name);
    }

    [Theory]
    [InlineData(100, "Hijau")]
    [InlineData(99.99, "Kuning")]
    [InlineData(80, "Kuning")]
    [InlineData(79.99, "Merah")]
    [InlineData(0, "Merah")]
    public void Bands_are_data_in_any_order(decimal percent, string category)
    {
        var policy = AchievementPolicy.Standard with { Bands = [new("Merah", 0m), new("Hijau", 100m), new("Kuning", 80m)] };

        Assert.Equal(category, policy.CategoryOf(percent).Name);
        Assert.Equal(["Hijau", "Kuning", "Merah"], policy.Bands.Select(b => b.Name));
    }

    [Fact]
    public void The_lowest_band_takes_what_is_below_its_minimum()
    {
        var policy = AchievementPolicy.Standard with { Bands = [new("Tercapai", 100m), new("Belum", 50m)] };

        Assert.Equal("Belum", policy.CategoryOf(10m).Name);
    }

    [Fact]
    public void The_standard_policy_caps_at_100_with_the_primer_bands()
    {
        var policy = AchievementPolicy.Standard;

        Assert.Equal(100m, policy.Cap);
        Assert.Equal(["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"], policy.Bands.Select(b => b.Name));
        Assert.Equal([91m, 76m, 66m, 51m, 0m], policy.Bands.Select(b => b.Minimum));
        Assert.Equal(OrdinalScoring.Binary, policy.OrdinalScoring);
        Assert.Equal(100m, policy.WarningThreshold);
        Assert.Equal(5m, policy.AbsorptionTolerance);
        Assert.Null(policy.Year);
    }

    [Fact]
    public void A_policy_is_per_year()
    {
        var policy = AchievementPolicy.Standard with { Year = new FiscalYear(2024), Cap = 110m };

        Assert.Equal(2024, policy.Year!.Value.Value);
        Assert.Equal(110m, policy.Cap);
    }

    public static TheoryData<Func<AchievementPolicy>, string> Invalid => new()
    {
        { () => AchievementPolicy.Standard with { Cap = 99m }, "POLICY_CAP_INVALID" },
        { () => AchievementPolicy.Standard with { Bands = [] }, "POLICY_BANDS_INVALID" },
        { () => AchievementPolicy.Standard with { Bands = [new("A", 50m), new("B", 50m)] }, "POLICY_BANDS_INVALID" },
        { () => AchievementPolicy.Standard with { Bands = [new("A", 50m), new("A", 60m)] }, "POLICY_BANDS_INVALID" },
        { () => AchievementPolicy.Standard with { Bands = [new(" ", 50m)] }, "POLICY_BANDS_INVALID" },
        { () => AchievementPolicy.Standard with { WarningThreshold = 0m }, "POLICY_THRESHOLD_INVALID" },
        { () => AchievementPolicy.Standard with { AbsorptionTolerance = -1m }, "POLICY_THRESHOLD_INVALID" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Impossible_policies_are_refused(Func<AchievementPolicy> make, string code)
    {
        Assert.Equal(code, Assert.Throws<RuleViolationException>(() => make()).Code);
    }
}
