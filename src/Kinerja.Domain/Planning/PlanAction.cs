using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Planning;

/// <summary>A period of an action's schedule: marked (■, √), or carrying a value such as "36 Pegawai".</summary>
public sealed record ScheduleEntry(Period Period, string? Value);

/// <summary>A kegiatan / aksi: what is done, by whom, when, and with what budget ceiling.</summary>
public sealed class PlanAction
{
    private readonly List<ScheduleEntry> _schedule = [];

    internal PlanAction(string name, Target? target, Guid? responsibleUnitId, Rupiah? budgetCeiling, BudgetCode? budgetOutput)
    {
        Id = Guid.CreateVersion7();
        Name = string.Empty;
        Change(name, target, responsibleUnitId, budgetCeiling, budgetOutput);
    }

    private PlanAction()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public int Position { get; internal set; }

    public string Name { get; private set; }

    /// <summary>The action's own target (target aksi), when the plan gives one.</summary>
    public Target? Target { get; private set; }

    /// <summary>The organisational unit that carries the action out (pelaksana / penanggung jawab).</summary>
    public Guid? ResponsibleUnitId { get; private set; }

    /// <summary>Pagu anggaran for this action, when the plan gives one.</summary>
    public Rupiah? BudgetCeiling { get; private set; }

    /// <summary>The budget output (or component) the action spends from.</summary>
    public BudgetCode? BudgetOutput { get; private set; }

    public IReadOnlyList<ScheduleEntry> Schedule => _schedule;

    public bool IsScheduledIn(Period period) => _schedule.Any(e => e.Period == period);

    internal void Change(string name, Target? target, Guid? responsibleUnitId, Rupiah? budgetCeiling, BudgetCode? budgetOutput)
    {
        Rule.Require(budgetCeiling is null || budgetCeiling.Value.Value >= 0, "ACTION_CEILING_NEGATIVE", "Pagu anggaran tidak boleh negatif.");
        Name = Rule.Text(name, "ACTION_INVALID", "Nama kegiatan/aksi", PerformancePlan.MaxTextLength);
        Target = target;
        ResponsibleUnitId = responsibleUnitId;
        BudgetCeiling = budgetCeiling;
        BudgetOutput = budgetOutput;
    }

    internal void Mark(Period period, string? value)
    {
        _schedule.RemoveAll(e => e.Period == period);
        _schedule.Add(new ScheduleEntry(period, value));
        _schedule.Sort((a, b) => a.Period.CompareTo(b.Period));
    }

    internal void Unmark(Period period) => _schedule.RemoveAll(e => e.Period == period);
}
