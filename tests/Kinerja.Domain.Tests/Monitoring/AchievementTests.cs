using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Monitoring;

public class AchievementTests
{
    private static readonly AchievementPolicy Uncapped = AchievementPolicy.Standard with { Cap = null };

    private static Achievement Of(string? target, string? realisation, Direction direction, AchievementPolicy? policy = null) =>
        Achievement.Of(Target.From(target), Realisation.Parse(realisation), direction, policy ?? Uncapped);

    public static TheoryData<string, string, Direction, decimal> Computed => new()
    {
        // Higher is better: R / T × 100.
        { "100%", "97,5 %", Direction.HigherIsBetter, 97.5m },
        { "95%", "97.5%", Direction.HigherIsBetter, 102.63m },
        { "4 lap", "3 lap", Direction.HigherIsBetter, 75m },
        { "4 lap", "3", Direction.HigherIsBetter, 75m },
        { "12 lap", "0", Direction.HigherIsBetter, 0m },
        { "3,4", "3.2", Direction.HigherIsBetter, 94.12m },
        { "35", "35", Direction.HigherIsBetter, 100m },
        { "100%", "39/40", Direction.HigherIsBetter, 97.5m },
        { "100%", "39 dari 40", Direction.HigherIsBetter, 97.5m },

        // Lower is better: (2T − R) / T × 100; the PermenPANRB 8/2021 examples; negative floors at 0.
        { "7", "6,5", Direction.LowerIsBetter, 107.14m },
        { "8", "9", Direction.LowerIsBetter, 87.5m },
        { "2 perkara", "4 perkara", Direction.LowerIsBetter, 0m },
        { "2 perkara", "5 perkara", Direction.LowerIsBetter, 0m },
        { "2 perkara", "0", Direction.LowerIsBetter, 200m },
        { "0", "0", Direction.LowerIsBetter, 100m },
        { "0 kejadian", "1 kejadian", Direction.LowerIsBetter, 0m },

        // Maintain: at least the target is 100, never more; below is R / T.
        { "100%", "100%", Direction.Maintain, 100m },
        { "95%", "99%", Direction.Maintain, 100m },
        { "100%", "90%", Direction.Maintain, 90m },
        { "0", "3", Direction.Maintain, 100m },

        // Range: inside 100; below R / L; above (2U − R) / U, floored at 0.
        { "80–90%", "85%", Direction.Range, 100m },
        { "80–90%", "80%", Direction.Range, 100m },
        { "80–90%", "90%", Direction.Range, 100m },
        { "80–90%", "85", Direction.Range, 100m },
        { "80–90%", "70%", Direction.Range, 87.5m },
        { "80–90%", "95%", Direction.Range, 94.44m },
        { "80–90%", "200%", Direction.Range, 0m },
        { "0–5%", "6%", Direction.Range, 80m },
        { "80–90%", "85%", Direction.Maintain, 100m },
        { "80-90", "70", Direction.HigherIsBetter, 87.5m },
        { "80–90%", "95%", Direction.HigherIsBetter, 118.75m },
        { "80–90%", "95%", Direction.LowerIsBetter, 94.44m },
        { "80–90%", "70%", Direction.LowerIsBetter, 122.22m },

        // Grades and opinions: at least the target is met, whatever the direction.
        { "B", "BB", Direction.HigherIsBetter, 100m },
        { "BB", "BB", Direction.HigherIsBetter, 100m },
        { "BB", "B", Direction.HigherIsBetter, 0m },
        { "BB", "AA", Direction.LowerIsBetter, 100m },
        { "WTP", "WTP", Direction.HigherIsBetter, 100m },
        { "WDP", "WTP", Direction.HigherIsBetter, 100m },
        { "WTP", "WDP", Direction.HigherIsBetter, 0m },
        { "WTP", "wtp", Direction.Maintain, 100m },

        // Compound counts: per part, then the average.
        { "6 kec. 29 kel", "6 kec. 29 kel", Direction.HigherIsBetter, 100m },
        { "6 kec. 29 kel", "3 kec. 29 kel", Direction.HigherIsBetter, 75m },
        { "6 kec. 29 kel", "9 kec. 29 kel", Direction.HigherIsBetter, 125m },
        { "0 kec. 10 kel", "5 kec. 5 kel", Direction.HigherIsBetter, 50m },
    };

    [Theory]
    [MemberData(nameof(Computed))]
    public void Capaian_follows_the_rule_of_its_direction_and_kind(string target, string realisation, Direction direction, decimal percent)
    {
        var achievement = Of(target, realisation, direction);

        Assert.Equal(AchievementStatus.Computed, achievement.Status);
        Assert.Equal(percent, achievement.Percent);
        Assert.False(achievement.Capped);
        Assert.NotNull(achievement.Category);
        Assert.False(string.IsNullOrWhiteSpace(achievement.Reason));
    }

    public static TheoryData<string?, string?, Direction, AchievementStatus> WithoutPercentage => new()
    {
        { "95%", "", Direction.HigherIsBetter, AchievementStatus.NotReported },
        { "95%", null, Direction.LowerIsBetter, AchievementStatus.NotReported },
        { "95%", "n/a", Direction.HigherIsBetter, AchievementStatus.NotApplicable },
        { "BB", "N/A", Direction.HigherIsBetter, AchievementStatus.NotApplicable },
        { null, "95%", Direction.HigherIsBetter, AchievementStatus.NoTarget },
        { null, "", Direction.HigherIsBetter, AchievementStatus.NotReported },
        { "0", "5", Direction.HigherIsBetter, AchievementStatus.TargetZero },
        { "0%", "0%", Direction.HigherIsBetter, AchievementStatus.TargetZero },
        { "0 kec. 0 kel", "1 kec. 2 kel", Direction.HigherIsBetter, AchievementStatus.TargetZero },
        { "Terlaksananya rapat pleno", "100%", Direction.HigherIsBetter, AchievementStatus.NotComparable },
        { "Terlaksananya rapat pleno", "", Direction.HigherIsBetter, AchievementStatus.NotReported },
        { "95%", "sudah", Direction.HigherIsBetter, AchievementStatus.NotComparable },
        { "95%", "-", Direction.HigherIsBetter, AchievementStatus.NotComparable },
        { "WTP", "95%", Direction.HigherIsBetter, AchievementStatus.NotComparable },
        { "95%", "BB", Direction.HigherIsBetter, AchievementStatus.NotComparable },
        { "95%", "4 lap", Direction.HigherIsBetter, AchievementStatus.NotComparable },
        { "4 lap", "95%", Direction.HigherIsBetter, AchievementStatus.NotComparable },
        { "B", "3", Direction.HigherIsBetter, AchievementStatus.NotComparable },
        { "BB", "WTP", Direction.HigherIsBetter, AchievementStatus.NotComparable },
        { "80–90%", "80-90%", Direction.Range, AchievementStatus.NotComparable },
        { "80-90", "85%", Direction.Range, AchievementStatus.NotComparable },
        { "6 kec. 29 kel", "6 kec.", Direction.HigherIsBetter, AchievementStatus.NotComparable },
        { "6 kec. 29 kel", "6 kec. 29 kel 3 desa", Direction.HigherIsBetter, AchievementStatus.NotComparable },
        { "95%", "95%", Direction.Range, AchievementStatus.NotComparable },
    };

    [Theory]
    [MemberData(nameof(WithoutPercentage))]
    public void Blank_na_zero_target_and_text_have_a_status_and_no_percentage(string? target, string? realisation, Direction direction, AchievementStatus status)
    {
        var achievement = Of(target, realisation, direction);

        Assert.Equal(status, achievement.Status);
        Assert.Null(achievement.Percent);
        Assert.Null(achievement.Exact);
        Assert.Null(achievement.Category);
        Assert.False(achievement.IsMet);
        Assert.False(string.IsNullOrWhiteSpace(achievement.Reason));
    }

    [Theory]
    [InlineData("95%", "", Direction.HigherIsBetter, "")]
    [InlineData("95%", "n/a", Direction.HigherIsBetter, "n/a")]
    [InlineData("95%", "0", Direction.HigherIsBetter, "0%")]
    [InlineData("0", "5", Direction.HigherIsBetter, "–")]
    [InlineData("7", "6,5", Direction.LowerIsBetter, "107,14%")]
    [InlineData("100%", "97,5%", Direction.HigherIsBetter, "97,5%")]
    public void Display_never_shows_blank_as_a_number(string target, string realisation, Direction direction, string shown)
    {
        Assert.Equal(shown, Of(target, realisation, direction).Display());
    }

    [Theory]
    [InlineData("7", "6,5", Direction.LowerIsBetter, "(2 × target 7 − realisasi 6,5) / target 7 × 100%.")]
    [InlineData("4 lap", "3", Direction.HigherIsBetter, "Realisasi 3 / target 4 × 100%.")]
    [InlineData("2 perkara", "5", Direction.LowerIsBetter, "(2 × target 2 − realisasi 5) / target 2 × 100%. Hasil negatif dicatat 0%.")]
    [InlineData("80–90%", "70%", Direction.Range, "Realisasi 70 di bawah batas bawah 80: 70 / 80 × 100%.")]
    [InlineData("WTP", "WDP", Direction.HigherIsBetter, "Realisasi WDP di bawah target WTP: tidak tercapai.")]
    [InlineData("B", "A", Direction.HigherIsBetter, "Realisasi A setara atau lebih baik dari target B: tercapai.")]
    [InlineData("6 kec. 29 kel", "3 kec. 29 kel", Direction.HigherIsBetter, "Rata-rata capaian per bagian (kec. 50%; kel 100%).")]
    [InlineData("95%", "", Direction.HigherIsBetter, "Realisasi belum dilaporkan.")]
    [InlineData("95%", "4 lap", Direction.HigherIsBetter, "Realisasi \"4 lap\" (jumlah 4 lap) tidak sebanding dengan target \"95%\" (persentase 95).")]
    public void Reasons_are_written_in_Indonesian(string target, string realisation, Direction direction, string reason)
    {
        Assert.Equal(reason, Of(target, realisation, direction).Reason);
    }

    [Theory]
    [InlineData("BB", "B", 80)]
    [InlineData("A", "CC", 50)]
    [InlineData("AA", "D", 14.29)]
    [InlineData("WTP", "WDP", 75)]
    [InlineData("WTP", "TMP", 25)]
    [InlineData("WDP", "TW", 66.67)]
    [InlineData("B", "BB", 100)]
    public void Stepwise_scoring_rates_a_missed_grade_by_its_position(string target, string realisation, decimal percent)
    {
        var policy = Uncapped with { OrdinalScoring = OrdinalScoring.Stepwise };

        Assert.Equal(percent, Of(target, realisation, Direction.HigherIsBetter, policy).Percent);
    }

    [Theory]
    [InlineData(100, "6,5", 100, true)]
    [InlineData(120, "6,5", 107.14, false)]
    [InlineData(null, "6,5", 107.14, false)]
    [InlineData(120, "0", 120, true)]
    [InlineData(100, "7", 100, false)]
    public void The_cap_is_configuration(int? cap, string realisation, decimal percent, bool capped)
    {
        var policy = AchievementPolicy.Standard with { Cap = cap };

        var achievement = Of("7", realisation, Direction.LowerIsBetter, policy);

        Assert.Equal(percent, achievement.Percent);
        Assert.Equal(capped, achievement.Capped);
        Assert.True(achievement.IsMet);
    }

    [Fact]
    public void A_capped_capaian_keeps_its_exact_value_and_says_it_was_capped()
    {
        var achievement = Of("7", "6,5", Direction.LowerIsBetter, AchievementPolicy.Standard);

        Assert.Equal(100m, achievement.Percent);
        Assert.Equal(107.14m, Achievement.Round(achievement.Exact!.Value));
        Assert.EndsWith("Dibatasi 100%.", achievement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cap_applies_to_each_part_of_a_compound_count_before_averaging()
    {
        var achievement = Of("6 kec. 30 kel", "12 kec. 15 kel", Direction.HigherIsBetter, AchievementPolicy.Standard);

        Assert.Equal(75m, achievement.Percent);
        Assert.False(achievement.Capped);
    }

    [Theory]
    [InlineData(1.005, 1.01)]
    [InlineData(1.004, 1)]
    [InlineData(-1.005, -1.01)]
    [InlineData(90.995, 91)]
    public void Rounding_is_half_away_from_zero_to_two_decimals(decimal value, decimal rounded)
    {
        Assert.Equal(rounded, Achievement.Round(value));
    }
}
