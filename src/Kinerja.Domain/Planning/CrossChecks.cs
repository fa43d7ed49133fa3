using System.Globalization;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;

namespace Kinerja.Domain.Planning;

/// <summary>
/// A finding of a check across documents: which entity's documents it concerns (null when it is the work unit's shared
/// budget) and the plan that holds the element it points at (<see cref="Finding.ElementId"/>).
/// </summary>
public sealed record CrossFinding(Finding Finding, EntityKind? Entity, Guid? PlanId);

/// <summary>One rule the documents of a work unit and year are checked against together. Its code is stable.</summary>
public abstract class CrossRule
{
    public abstract string Code { get; }

    public abstract Severity Severity { get; }

    public abstract IEnumerable<CrossFinding> Check(CrossCheckContext context);

    protected CrossFinding Found(EntityKind? entity, PerformancePlan? plan, string location, string message, Guid? elementId) =>
        new(new Finding(Code, Severity, location, message, elementId), entity, plan?.Id);
}

/// <summary>The RKT, PK and RAK of both entities of one work unit for one year, and the budget version they spend from.</summary>
public sealed class CrossCheckContext
{
    public CrossCheckContext(IEnumerable<PerformancePlan> plans, BudgetVersion? budget)
    {
        ArgumentNullException.ThrowIfNull(plans);
        Plans = [.. plans];
        Budget = budget;
        var first = Plans.Count > 0 ? Plans[0] : null;
        Rule.Require(
            Plans.All(p => p.WorkUnitId == first!.WorkUnitId && p.Year == first.Year)
            && (budget is null || first is null || (budget.WorkUnitId == first.WorkUnitId && budget.Year == first.Year)),
            "CROSS_CHECK_MIXED",
            "Pemeriksaan silang hanya membandingkan dokumen satu satuan kerja pada tahun yang sama.");
        Rule.Require(
            Plans.GroupBy(p => (p.Entity, p.Kind)).All(g => g.Count() == 1),
            "CROSS_CHECK_MIXED",
            "Setiap entitas hanya memiliki satu RKT, satu PK dan satu RAK per tahun.");
    }

    public IReadOnlyList<PerformancePlan> Plans { get; }

    public BudgetVersion? Budget { get; }

    public IEnumerable<PerformancePlan> Raks => Plans.Where(p => p.Kind == PlanKind.Rak);

    public PerformancePlan? Plan(EntityKind entity, PlanKind kind) => Plans.SingleOrDefault(p => p.Entity == entity && p.Kind == kind);

    /// <summary>"RAK KPU", "PK Sekretariat": how a document is named in a finding.</summary>
    public static string Name(PerformancePlan plan) =>
        $"{plan.Kind.ToString().ToUpperInvariant()} {(plan.Entity == EntityKind.Commission ? "KPU" : "Sekretariat")}";

    public static string Where(PerformancePlan plan, Indicator indicator) =>
        $"{Name(plan)} › {new PlanCheckContext(plan, null).Where(indicator)}";

    public static string Where(PerformancePlan plan, PlanAction action) =>
        $"{Name(plan)} › {new PlanCheckContext(plan, null).Where(action)}";
}

/// <summary>The checks across the documents of a work unit and year, run together.</summary>
public static class CrossChecks
{
    public static readonly IReadOnlyList<CrossRule> Rules =
    [
        new RakCeilingsExceedBudgetOutput(),
        new RakTotalExceedsBudget(),
        new RakTotalBelowBudget(),
        new RakWithoutBudget(),
        new RakIndicatorNotAgreed(),
        new AgreedIndicatorWithoutAction(),
        new TargetDiffers(),
    ];

    /// <summary>The plan cascade: each document is compared with the nearest one before it that exists.</summary>
    internal static readonly PlanKind[] Cascade = [PlanKind.Rkt, PlanKind.Pk, PlanKind.Rak];

    public static IReadOnlyList<CrossFinding> Run(IEnumerable<PerformancePlan> plans, BudgetVersion? budget)
    {
        var context = new CrossCheckContext(plans, budget);
        return [.. Rules.SelectMany(rule => rule.Check(context))];
    }

    /// <summary>The text of an indicator as it is matched across documents: case, punctuation and spacing do not count.</summary>
    public static string IndicatorKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(letters).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Whether two targets mean the same: "100%" and "100 %", "4 Lap" and "4 lap", "3,5" and "3.5" do; free text is
    /// compared without case and spacing.
    /// </summary>
    public static bool SameTarget(Target a, Target b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }

        return a.Kind switch
        {
            TargetKind.Percentage or TargetKind.Index => a.Value == b.Value,
            TargetKind.Quantity or TargetKind.Range => a.Value == b.Value && a.Upper == b.Upper && UnitKey(a.Unit) == UnitKey(b.Unit),
            TargetKind.Grade => a.Grade == b.Grade,
            TargetKind.AuditOpinion => a.Opinion == b.Opinion,
            TargetKind.CompoundCount => a.Parts.Count == b.Parts.Count
                && a.Parts.Zip(b.Parts).All(p => p.First.Count == p.Second.Count && UnitKey(p.First.Unit) == UnitKey(p.Second.Unit)),
            _ => IndicatorKey(a.Text) == IndicatorKey(b.Text),
        };
    }

    internal static string Short(string text) => GoalWithoutIndicators.Short(text);

    internal static string Rp(Rupiah amount) => IdFormat.Rupiah(amount.Value);

    private static string UnitKey(string? unit) => (unit ?? string.Empty).Trim().TrimEnd('.').ToLowerInvariant();
}

/// <summary>
/// The RAKs of both entities spend from one DIPA: together their ceilings on an output must fit in it. One RAK that
/// overspends an output on its own is <see cref="CeilingExceedsBudgetOutput"/>'s finding; this rule speaks only when
/// each RAK fits and their sum does not, so the same overrun is not reported twice.
/// </summary>
public sealed class RakCeilingsExceedBudgetOutput : CrossRule
{
    public const string Id = "CROSS_RAK_OUTPUT_EXCEEDS_BUDGET";

    public override string Code => Id;

    public override Severity Severity => Severity.Error;

    public override IEnumerable<CrossFinding> Check(CrossCheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Budget is not { } budget)
        {
            yield break;
        }

        var spending = context.Raks
            .OrderBy(plan => plan.Entity)
            .SelectMany(plan => plan.Actions
                .Where(a => a.BudgetOutput is not null && a.BudgetCeiling is not null)
                .Select(action => (Plan: plan, Action: action)))
            .GroupBy(x => x.Action.BudgetOutput!.Value);
        foreach (var output in spending)
        {
            if (budget.Find(output.Key) is not { } line)
            {
                continue;
            }

            var available = budget.AmountsOf(line).Total;
            var byPlan = output.GroupBy(x => x.Plan).Select(g => (Plan: g.Key, Sum: Rupiah.Sum(g.Select(x => x.Action.BudgetCeiling!.Value)))).ToList();
            var planned = Rupiah.Sum(byPlan.Select(p => p.Sum));
            if (byPlan.Count < 2 || planned <= available || byPlan.Any(p => p.Sum > available))
            {
                continue;
            }

            var (plan, last) = output.Last();
            var parts = string.Join(" + ", byPlan.Select(p => $"{CrossCheckContext.Name(p.Plan)} {CrossChecks.Rp(p.Sum)}"));
            yield return Found(
                null,
                plan,
                CrossCheckContext.Where(plan, last),
                $"Pagu aksi pada output {output.Key} dari kedua RAK berjumlah {CrossChecks.Rp(planned)} ({parts}), melebihi anggaran output itu dalam {budget.Label} sebesar {CrossChecks.Rp(available)}; selisih {CrossChecks.Rp(planned - available)}.",
                last.Id);
        }
    }
}

/// <summary>The RAKs together plan more than the whole DIPA holds.</summary>
public sealed class RakTotalExceedsBudget : CrossRule
{
    public const string Id = "CROSS_RAK_TOTAL_EXCEEDS_BUDGET";

    public override string Code => Id;

    public override Severity Severity => Severity.Error;

    public override IEnumerable<CrossFinding> Check(CrossCheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RakTotals.Of(context) is not { } totals || totals.Planned <= totals.Budget)
        {
            return [];
        }

        return [Found(null, null, "Seluruh RAK", $"Jumlah pagu aksi {totals.Parts} melebihi pagu {context.Budget!.Label} ({CrossChecks.Rp(totals.Budget)}) sebesar {CrossChecks.Rp(totals.Planned - totals.Budget)}.", null)];
    }
}

/// <summary>Part of the DIPA is not yet planned in any RAK action: worth knowing, not an error.</summary>
public sealed class RakTotalBelowBudget : CrossRule
{
    public const string Id = "CROSS_RAK_TOTAL_BELOW_BUDGET";

    public override string Code => Id;

    public override Severity Severity => Severity.Info;

    public override IEnumerable<CrossFinding> Check(CrossCheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RakTotals.Of(context) is not { } totals || totals.Planned >= totals.Budget)
        {
            return [];
        }

        return [Found(null, null, "Seluruh RAK", $"Jumlah pagu aksi {totals.Parts} berada di bawah pagu {context.Budget!.Label} ({CrossChecks.Rp(totals.Budget)}); selisih {CrossChecks.Rp(totals.Budget - totals.Planned)} belum direncanakan dalam aksi.", null)];
    }
}

internal sealed record RakTotals(Rupiah Planned, Rupiah Budget, string Parts)
{
    public static RakTotals? Of(CrossCheckContext context)
    {
        var raks = context.Raks.OrderBy(p => p.Entity).ToList();
        if (context.Budget is not { } budget || raks.Count == 0)
        {
            return null;
        }

        var planned = Rupiah.Sum(raks.Select(p => p.BudgetCeilingTotal));
        var parts = raks.Count == 1
            ? $"{CrossCheckContext.Name(raks[0])} {CrossChecks.Rp(planned)}"
            : $"{CrossChecks.Rp(planned)} ({string.Join(" + ", raks.Select(p => $"{CrossCheckContext.Name(p)} {CrossChecks.Rp(p.BudgetCeilingTotal)}"))})";
        return new RakTotals(planned, budget.Total, parts);
    }
}

/// <summary>An RAK gives ceilings but the year has no DIPA to hold them against.</summary>
public sealed class RakWithoutBudget : CrossRule
{
    public const string Id = "CROSS_RAK_NO_BUDGET";

    public override string Code => Id;

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<CrossFinding> Check(CrossCheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Budget is not null
            ? []
            : context.Raks
                .Where(p => p.Actions.Any(a => a.BudgetCeiling is not null))
                .Select(p => Found(p.Entity, p, CrossCheckContext.Name(p), $"{CrossCheckContext.Name(p)} memuat pagu aksi sebesar {CrossChecks.Rp(p.BudgetCeilingTotal)}, tetapi belum ada DIPA tahun {p.Year} untuk membandingkannya.", null));
    }
}

/// <summary>An RAK indicator that the entity's PK or RKT of the year does not carry.</summary>
public sealed class RakIndicatorNotAgreed : CrossRule
{
    public const string Id = "CROSS_RAK_INDICATOR_NOT_IN_PK_RKT";

    public override string Code => Id;

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<CrossFinding> Check(CrossCheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var rak in context.Raks)
        {
            var references = new[] { PlanKind.Pk, PlanKind.Rkt }
                .Select(kind => context.Plan(rak.Entity, kind))
                .OfType<PerformancePlan>()
                .Select(plan => (Plan: plan, Keys: plan.Indicators.Select(i => CrossChecks.IndicatorKey(i.Text)).ToHashSet(StringComparer.Ordinal)))
                .ToList();
            foreach (var indicator in rak.Indicators)
            {
                var key = CrossChecks.IndicatorKey(indicator.Text);
                var missingFrom = references.Where(r => !r.Keys.Contains(key)).Select(r => CrossCheckContext.Name(r.Plan)).ToList();
                if (missingFrom.Count > 0)
                {
                    yield return Found(
                        rak.Entity,
                        rak,
                        CrossCheckContext.Where(rak, indicator),
                        $"Indikator \"{CrossChecks.Short(indicator.Text)}\" tidak terdapat dalam {string.Join(" maupun ", missingFrom)}.",
                        indicator.Id);
                }
            }
        }
    }
}

/// <summary>A PK indicator (the signed agreement) that no RAK action delivers.</summary>
public sealed class AgreedIndicatorWithoutAction : CrossRule
{
    public const string Id = "CROSS_PK_INDICATOR_NO_ACTION";

    public override string Code => Id;

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<CrossFinding> Check(CrossCheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var rak in context.Raks)
        {
            if (context.Plan(rak.Entity, PlanKind.Pk) is not { } pk)
            {
                continue;
            }

            var delivered = rak.Indicators.Where(i => i.Actions.Count > 0).Select(i => CrossChecks.IndicatorKey(i.Text)).ToHashSet(StringComparer.Ordinal);
            foreach (var indicator in pk.Indicators.Where(i => !delivered.Contains(CrossChecks.IndicatorKey(i.Text))))
            {
                yield return Found(
                    pk.Entity,
                    pk,
                    CrossCheckContext.Where(pk, indicator),
                    $"Indikator \"{CrossChecks.Short(indicator.Text)}\" dalam {CrossCheckContext.Name(pk)} belum memiliki aksi dalam {CrossCheckContext.Name(rak)}.",
                    indicator.Id);
            }
        }
    }
}

/// <summary>The same indicator with another target down the cascade RKT → PK → RAK.</summary>
public sealed class TargetDiffers : CrossRule
{
    public const string Id = "CROSS_TARGET_DIFFERS";

    public override string Code => Id;

    public override Severity Severity => Severity.Error;

    public override IEnumerable<CrossFinding> Check(CrossCheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var entity in new[] { EntityKind.Commission, EntityKind.Secretariat })
        {
            var cascade = CrossChecks.Cascade.Select(kind => context.Plan(entity, kind)).OfType<PerformancePlan>().ToList();
            foreach (var (earlier, later) in cascade.Zip(cascade.Skip(1)))
            {
                var targets = earlier.Indicators
                    .Where(i => i.Target is not null)
                    .GroupBy(i => CrossChecks.IndicatorKey(i.Text), StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First().Target!.Value, StringComparer.Ordinal);
                foreach (var indicator in later.Indicators)
                {
                    if (indicator.Target is { } target
                        && targets.TryGetValue(CrossChecks.IndicatorKey(indicator.Text), out var agreed)
                        && !CrossChecks.SameTarget(target, agreed))
                    {
                        yield return Found(
                            entity,
                            later,
                            CrossCheckContext.Where(later, indicator),
                            string.Create(
                                CultureInfo.InvariantCulture,
                                $"Target indikator \"{CrossChecks.Short(indicator.Text)}\" dalam {CrossCheckContext.Name(later)} ({target.Text}) berbeda dengan dalam {CrossCheckContext.Name(earlier)} ({agreed.Text})."),
                            indicator.Id);
                    }
                }
            }
        }
    }
}
