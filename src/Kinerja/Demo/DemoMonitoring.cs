using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Demo;

/// <summary>
/// Four quarters of 2026 monitoring for the demo units, deterministic by the unit's seed (its position in the demo):
/// most indicators met, some under; the dispute count is lower-is-better; seed 4 left the plenary count blank in T4;
/// participation is n/a until the vote in T4; seed 3 (KPU Kabupaten Lebak) spends behind its RPD; seed 6 (KPU Kabupaten Kudus)
/// reports its secretariat PK by month.
/// </summary>
internal static class DemoMonitoring
{
    /// <summary>The RPD shape over the year, in percent of the pagu: slow start, steady middle, the usual year-end push.</summary>
    private static readonly int[] SCurve = [3, 5, 6, 7, 8, 9, 9, 10, 10, 10, 11, 12];

    public static IEnumerable<PerformanceReport> Reports(IReadOnlyList<PerformancePlan> plans, int seed)
    {
        foreach (var pk in plans.Where(p => p.Kind == PlanKind.Pk))
        {
            // Seed 6 (KPU Kabupaten Kudus) reports its secretariat PK by month, as its monthly RAK suggests: the quarter's value falls in its last month.
            var monthly = seed == 6 && pk.Entity == EntityKind.Secretariat;
            var report = PerformanceReport.For(pk, monthly ? ScheduleStyle.Monthly : ScheduleStyle.Quarterly);
            var values = pk.Entity == EntityKind.Commission ? Commission(seed) : Secretariat(seed);
            foreach (var (indicator, quarters) in pk.Indicators.Zip(values))
            {
                for (var q = 0; q < 4; q++)
                {
                    var (text, numerator, denominator) = quarters[q];
                    var problem = q == 1 && text.Contains("n/a", StringComparison.Ordinal) is false && seed % 2 == 1 && indicator.Position == 0
                        ? "Keterlambatan penyampaian data dari badan ad hoc."
                        : null;
                    report.Record(pk, indicator.Id, monthly ? Period.Month((q + 1) * 3) : Period.Quarter(q + 1), text, numerator, denominator, problem, problem is null ? null : "Rapat koordinasi dan pendampingan teknis.");
                }
            }

            var rak = plans.Single(p => p.Kind == PlanKind.Rak && p.Entity == pk.Entity);
            foreach (var action in rak.Actions)
            {
                foreach (var entry in action.Schedule)
                {
                    var late = seed == 5 && entry.Period.QuarterOf().Number == 4;
                    var status = late ? ActionStatus.InProgress : entry.Value is null ? ActionStatus.Done : ActionStatus.Value;
                    report.RecordAction(rak, action.Id, entry.Period, status, entry.Value);
                }
            }

            yield return report;
        }
    }

    /// <summary>Per indicator of the commission PK (in document order), the four quarters: text, numerator, denominator.</summary>
    private static (string, decimal?, decimal?)[][] Commission(int seed) =>
    [
        [P("100%"), P("100%"), P(seed == 2 ? "90%" : "100%"), P("100%")],
        [P("n/a"), P("n/a"), P("n/a"), P(seed == 1 ? "71,4%" : "79,8%")],
        [P("0"), P("1 perkara"), P("0"), P(seed == 3 ? "2 perkara" : "0")],
        [F(10, 10), F(12, 12), F(seed == 6 ? 7 : 9, 9), F(11, 11)],
        [P("100%"), P("100%"), P("100%"), P("100%")],
        [P("1 Kali"), P("1 Kali"), P("1 Kali"), P(seed == 4 ? string.Empty : "1 Kali")],
    ];

    private static (string, decimal?, decimal?)[][] Secretariat(int seed)
    {
        var formed = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{5 + seed} kec. {40 + (seed * 3)} kel");
        return
        [
            [P("n/a"), P("WTP"), P("WTP"), P(seed == 1 ? "WDP" : "WTP")],
            [P("B"), P("B"), P("B"), P("B")],
            [P("3,2"), P("3,3"), P("3,4"), P(seed % 2 == 0 ? "3,6" : "3,3")],
            [P("1 Lap"), P("1 Lap"), P("1 Lap"), P("1 Lap")],
            [P("82%"), P("84%"), P("86%"), P("88%")],
            [P(formed), P("0 kec. 0 kel"), P("0 kec. 0 kel"), P("0 kec. 0 kel")],
            [P("85%"), P("82%"), P("88%"), P("86%")],
        ];
    }

    private static (string, decimal?, decimal?) P(string text) => (text, null, null);

    private static (string, decimal?, decimal?) F(int numerator, int denominator) =>
        (string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{numerator}/{denominator}"), numerator, denominator);

    /// <summary>RPD along <see cref="SCurve"/> for every output with a pagu, and twelve months of spending: 96–99% of the RPD, or well behind for seed 3.</summary>
    public static BudgetRealisation Spending(WorkUnit unit, BudgetVersion budget, int seed)
    {
        var realisation = BudgetRealisation.Start(unit.Id, budget.Year);
        foreach (var output in budget.Outputs)
        {
            var ceiling = budget.AmountsOf(output).Total.Value;
            if (ceiling <= 0)
            {
                continue;
            }

            var plan = SCurve.Select(p => ceiling / 100 * p / 1000 * 1000).ToArray();
            plan[11] = ceiling - plan[..11].Sum();
            realisation.Plan(output.Code, [.. plan.Select(v => new Rupiah(v))]);
            for (var month = 1; month <= 12; month++)
            {
                var share = seed == 3 ? (month <= 9 ? 55 : 120) : 96 + ((seed + month) % 4);
                realisation.Realise(output.Code, month, new Rupiah(plan[month - 1] / 100 * share / 1000 * 1000));
            }
        }

        return realisation;
    }
}
