using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Planning;

/// <summary>One rule a plan is checked against. Its code is stable: screens, imports and tests refer to it.</summary>
public abstract class PlanRule
{
    public abstract string Code { get; }

    public abstract Severity Severity { get; }

    /// <summary>The plan, its location labels, and the budget version it spends from when there is one.</summary>
    public abstract IEnumerable<Finding> Check(PlanCheckContext context);

    protected Finding Found(string location, string message, Guid? elementId) => new(Code, Severity, location, message, elementId);
}

public sealed class PlanCheckContext
{
    public PlanCheckContext(PerformancePlan plan, BudgetVersion? budget)
    {
        Plan = plan;
        Budget = budget;
    }

    public PerformancePlan Plan { get; }

    public BudgetVersion? Budget { get; }

    public static string Where(Goal goal) => $"Sasaran {goal.Label}";

    public string Where(Indicator indicator) =>
        $"{Where(Plan.GoalOf(indicator))} › Indikator {indicator.Position + 1}";

    public string Where(PlanAction action)
    {
        var indicator = Plan.IndicatorOf(action);
        return $"{Where(indicator)} › Aksi {action.Position + 1}";
    }
}

/// <summary>The plan checks, run together.</summary>
public static class PlanChecks
{
    public static readonly IReadOnlyList<PlanRule> Rules =
    [
        new GoalWithoutIndicators(),
        new IndicatorWithoutTarget(),
        new TargetNotUnderstood(),
        new ActionWithoutSchedule(),
        new DuplicateAction(),
        new CeilingExceedsBudgetOutput(),
        new BudgetOutputUnknown(),
    ];

    public static IReadOnlyList<Finding> Run(PerformancePlan plan, BudgetVersion? budget = null)
    {
        var context = new PlanCheckContext(plan, budget);
        return [.. Rules.SelectMany(rule => rule.Check(context))];
    }
}

public sealed class GoalWithoutIndicators : PlanRule
{
    public const string Id = "PLAN_GOAL_NO_INDICATOR";

    public override string Code => Id;

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Finding> Check(PlanCheckContext context) =>
        context.Plan.Goals
            .Where(g => g.Indicators.Count == 0)
            .Select(g => Found(PlanCheckContext.Where(g), $"Sasaran \"{Short(g.Statement)}\" belum memiliki indikator kinerja.", g.Id));

    internal static string Short(string text) => text.Length <= 80 ? text : text[..77] + "…";
}

public sealed class IndicatorWithoutTarget : PlanRule
{
    public const string Id = "PLAN_INDICATOR_NO_TARGET";

    public override string Code => Id;

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Finding> Check(PlanCheckContext context) =>
        context.Plan.Indicators
            .Where(i => i.Target is null)
            .Select(i => Found(context.Where(i), $"Indikator \"{GoalWithoutIndicators.Short(i.Text)}\" belum memiliki target.", i.Id));
}

public sealed class TargetNotUnderstood : PlanRule
{
    public const string Id = "PLAN_TARGET_UNPARSED";

    public override string Code => Id;

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Finding> Check(PlanCheckContext context)
    {
        foreach (var indicator in context.Plan.Indicators)
        {
            if (indicator.Target is { IsTyped: false } target)
            {
                yield return Found(context.Where(indicator), $"Target \"{target.Text}\" tidak dapat dibaca sebagai angka, persentase, nilai atau opini; capaian tidak dapat dihitung otomatis.", indicator.Id);
            }

            foreach (var action in indicator.Actions.Where(a => a.Target is { IsTyped: false }))
            {
                yield return Found(context.Where(action), $"Target aksi \"{action.Target!.Value.Text}\" tidak dapat dibaca sebagai angka, persentase, nilai atau opini.", action.Id);
            }
        }
    }
}

public sealed class ActionWithoutSchedule : PlanRule
{
    public const string Id = "PLAN_ACTION_NO_SCHEDULE";

    public override string Code => Id;

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Finding> Check(PlanCheckContext context) =>
        context.Plan.ScheduleStyle == ScheduleStyle.None
            ? []
            : context.Plan.Actions
                .Where(a => a.Schedule.Count == 0)
                .Select(a => Found(context.Where(a), $"Aksi \"{GoalWithoutIndicators.Short(a.Name)}\" belum dijadwalkan pada {(context.Plan.ScheduleStyle == ScheduleStyle.Quarterly ? "triwulan" : "bulan")} mana pun.", a.Id));
}

/// <summary>The same action twice in one plan, as when rows are pasted again under another goal.</summary>
public sealed class DuplicateAction : PlanRule
{
    public const string Id = "PLAN_DUPLICATE_ACTION";

    public override string Code => Id;

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Finding> Check(PlanCheckContext context)
    {
        var seen = new Dictionary<string, PlanAction>(StringComparer.Ordinal);
        foreach (var action in context.Plan.Actions)
        {
            var key = Normalise(action.Name);
            if (!seen.TryGetValue(key, out var first))
            {
                seen[key] = action;
                continue;
            }

            var sameCeiling = action.BudgetCeiling is not null && action.BudgetCeiling == first.BudgetCeiling;
            var sameGoal = context.Plan.GoalOf(context.Plan.IndicatorOf(action)) == context.Plan.GoalOf(context.Plan.IndicatorOf(first));
            yield return Found(
                context.Where(action),
                $"Aksi \"{GoalWithoutIndicators.Short(action.Name)}\" sudah ada di {context.Where(first)}"
                + (sameGoal ? string.Empty : " pada sasaran lain")
                + (sameCeiling ? $", dengan pagu yang sama (Rp {action.BudgetCeiling}); anggaran dapat terhitung dua kali." : "."),
                action.Id);
        }
    }

    private static string Normalise(string name) =>
        string.Join(' ', name.ToLowerInvariant().Split([' ', '\t', '\n', '\r', '.', ','], StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>The ceilings of the actions that spend from one budget output add up to more than the output holds.</summary>
public sealed class CeilingExceedsBudgetOutput : PlanRule
{
    public const string Id = "PLAN_CEILING_EXCEEDS_OUTPUT";

    public override string Code => Id;

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Finding> Check(PlanCheckContext context)
    {
        if (context.Budget is not { } budget)
        {
            yield break;
        }

        foreach (var group in context.Plan.Actions.Where(a => a.BudgetOutput is not null && a.BudgetCeiling is not null).GroupBy(a => a.BudgetOutput!.Value))
        {
            if (budget.Find(group.Key) is not { } line)
            {
                continue;
            }

            var available = budget.AmountsOf(line).Total;
            var planned = Rupiah.Sum(group.Select(a => a.BudgetCeiling!.Value));
            if (planned > available)
            {
                var last = group.Last();
                yield return Found(
                    context.Where(last),
                    group.Count() == 1
                        ? $"Pagu aksi Rp {planned} melebihi anggaran output {group.Key} ({budget.Label}) sebesar Rp {available}."
                        : $"Pagu {group.Count()} aksi yang memakai output {group.Key} berjumlah Rp {planned}, melebihi anggaran output itu ({budget.Label}) sebesar Rp {available}.",
                    last.Id);
            }
        }
    }
}

public sealed class BudgetOutputUnknown : PlanRule
{
    public const string Id = "PLAN_BUDGET_OUTPUT_UNKNOWN";

    public override string Code => Id;

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Finding> Check(PlanCheckContext context) =>
        context.Budget is not { } budget
            ? []
            : context.Plan.Actions
                .Where(a => a.BudgetOutput is { } code && budget.Find(code) is null)
                .Select(a => Found(context.Where(a), $"Output anggaran {a.BudgetOutput} tidak ada dalam {budget.Label} tahun {budget.Year}.", a.Id));
}
