using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Planning;
using static Kinerja.Domain.Tests.Monitoring.PeriodAggregationTests;

namespace Kinerja.Domain.Tests.Monitoring;

/// <summary>Targets and realisations at the edge of what a decimal holds are stored as typed; capaian, sums of periods and projections from them still answer.</summary>
public class ExtremeFiguresTests
{
    private const string Largest = "79228162514264337593543950335";
    private const string Smallest = "0,0000000000000000000000000001";

    public static TheoryData<string, string, Direction, AggregationKind> Figures()
    {
        var data = new TheoryData<string, string, Direction, AggregationKind>();
        var targets = new[] { Smallest, Largest, Smallest + "%", "0,0000000000000000000000000001–" + Largest, "1 kec. " + Smallest + " kel" };
        var realisations = new[] { Largest, Largest + "/" + Smallest, Smallest, Largest + "%", "1 kec. " + Largest + " kel" };
        foreach (var target in targets)
        {
            foreach (var realisation in realisations)
            {
                foreach (var direction in Enum.GetValues<Direction>())
                {
                    foreach (var kind in Enum.GetValues<AggregationKind>())
                    {
                        data.Add(target, realisation, direction, kind);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Figures))]
    public void Capaian_sums_of_periods_and_projections_answer_at_the_edge_of_a_decimal(string target, string realisation, Direction direction, AggregationKind kind)
    {
        var periods = Periods($"T1={realisation}|T2={realisation}|T3={realisation}");
        var parsed = Target.Parse(target);

        var achievement = Achievement.Of(parsed, Realisation.Parse(realisation), direction, AchievementPolicy.Standard with { Cap = null });
        var aggregated = PeriodAggregation.Aggregate(kind, periods);
        var outlook = EarlyWarning.ForIndicator(new IndicatorProgress("Indikator uji", parsed, direction, kind, periods, Guid.Empty), Period.Parse("T1"), AchievementPolicy.Standard);

        Assert.NotNull(achievement.Reason);
        Assert.NotNull(aggregated.Note);
        Assert.NotNull(outlook.ProjectedAchievement.Reason);
    }
}
