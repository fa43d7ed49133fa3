using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;

namespace Kinerja.Domain.Planning;

public enum PlanKind
{
    /// <summary>Rencana Kinerja Tahunan.</summary>
    Rkt,

    /// <summary>Perjanjian Kinerja.</summary>
    Pk,

    /// <summary>Rencana Aksi Kinerja.</summary>
    Rak,
}

public enum PlanStatus
{
    Draft,
    Submitted,
    Approved,
}

/// <summary>The level a goal sits at: sasaran strategis, sasaran program, sasaran kegiatan or an output.</summary>
public enum GoalLevel
{
    Strategic,
    Program,
    Activity,
    Output,
}

public enum Direction
{
    HigherIsBetter,
    LowerIsBetter,
    Range,
    Maintain,
}

/// <summary>Who signed, where and when, as printed at the foot of the document.</summary>
public sealed record SignatureBlock
{
    public SignatureBlock(string place, DateOnly date, string? position, string name, Nip? nip = null, string? organisation = null)
    {
        Place = Rule.Text(place, "SIGNATURE_INVALID", "Tempat penandatanganan", 100);
        Date = date;
        Position = Rule.OptionalText(position, "SIGNATURE_INVALID", "Jabatan penandatangan", 200);
        Name = Rule.Text(name, "SIGNATURE_INVALID", "Nama penandatangan", 200);
        Nip = nip;
        Organisation = Rule.OptionalText(organisation, "SIGNATURE_INVALID", "Nama lembaga penandatangan", 200);
    }

    private SignatureBlock()
    {
        Place = string.Empty;
        Name = string.Empty;
    }

    public string Place { get; private init; }

    public DateOnly Date { get; private init; }

    /// <summary>"KETUA", "Pt. Sekretaris", "SEKRETARIS/KUASA PENGGUNA ANGGARAN"; some budget pages print none.</summary>
    public string? Position { get; private init; }

    public string Name { get; private init; }

    public Nip? Nip { get; private init; }

    /// <summary>The body printed with the position ("KPU KOTA SEMARANG"), when the document prints one.</summary>
    public string? Organisation { get; private init; }

    /// <summary>"Semarang, 5 Januari 2018".</summary>
    public string PlaceAndDate => $"{Place}, {IdFormat.Date(Date)}";
}

/// <summary>
/// An RKT, PK or RAK of one entity of one work unit for one year: goals → indicators → targets → actions.
/// Every change goes through a verb here so the plan's rules hold whatever the caller.
/// </summary>
public sealed class PerformancePlan
{
    public const int MaxTextLength = 4000;

    private readonly List<Goal> _goals = [];

    // Which goal holds each indicator and which indicator each action, so that a verb or a check finds an element's
    // parent in constant time (a 13,000-action import called the walk of the whole plan once per action and schedule
    // entry). Built on first need (a plan loaded from the database starts without it), kept by the verbs that add, and
    // dropped by those that remove; a miss rebuilds it once before an element is called foreign.
    private Dictionary<Indicator, Goal>? _goalOf;
    private Dictionary<PlanAction, Indicator>? _indicatorOf;

    private PerformancePlan(Guid workUnitId, EntityKind entity, FiscalYear year, PlanKind kind, ScheduleStyle scheduleStyle)
    {
        Id = Guid.CreateVersion7();
        WorkUnitId = workUnitId;
        Entity = entity;
        Year = year;
        Kind = kind;
        ScheduleStyle = scheduleStyle;
    }

    private PerformancePlan()
    {
    }

    public Guid Id { get; private set; }

    public Guid WorkUnitId { get; private set; }

    public EntityKind Entity { get; private set; }

    public FiscalYear Year { get; private set; }

    public PlanKind Kind { get; private set; }

    public ScheduleStyle ScheduleStyle { get; private set; }

    public PlanStatus Status { get; private set; }

    /// <summary>Counts the changes made to the plan; a save that started from an older revision is refused.</summary>
    public int Revision { get; private set; }

    public SignatureBlock? Signature { get; private set; }

    public IReadOnlyList<Goal> Goals => _goals;

    public IEnumerable<Indicator> Indicators => _goals.SelectMany(g => g.Indicators);

    public IEnumerable<PlanAction> Actions => Indicators.SelectMany(i => i.Actions);

    public Rupiah BudgetCeilingTotal => Rupiah.Sum(_goals.Select(g => g.BudgetCeilingTotal));

    public static PerformancePlan Create(Guid workUnitId, EntityKind entity, FiscalYear year, PlanKind kind, ScheduleStyle scheduleStyle = ScheduleStyle.None)
    {
        Rule.Require(workUnitId != Guid.Empty, "PLAN_WORK_UNIT_REQUIRED", "Rencana harus milik satuan kerja.");
        Rule.Defined(entity, "PLAN_ENTITY_UNKNOWN", "Entitas rencana tidak dikenal: KPU atau Sekretariat.");
        Rule.Defined(kind, "PLAN_KIND_UNKNOWN", "Jenis rencana tidak dikenal: RKT, PK atau RAK.");
        Rule.Defined(scheduleStyle, "PLAN_SCHEDULE_STYLE", "Jadwal rencana aksi dipilih per triwulan atau per bulan.");
        Rule.Require(
            kind == PlanKind.Rak ? scheduleStyle != ScheduleStyle.None : scheduleStyle == ScheduleStyle.None,
            "PLAN_SCHEDULE_STYLE",
            kind == PlanKind.Rak
                ? "Rencana Aksi Kinerja dijadwalkan per triwulan atau per bulan."
                : $"{Label(kind)} tidak memuat jadwal pelaksanaan.");
        return new PerformancePlan(workUnitId, entity, year, kind, scheduleStyle);
    }

    public static string Label(PlanKind kind) => kind switch
    {
        PlanKind.Rkt => "Rencana Kinerja Tahunan",
        PlanKind.Pk => "Perjanjian Kinerja",
        PlanKind.Rak => "Rencana Aksi Kinerja",
        _ => "Rencana berjenis tidak dikenal",
    };

    /// <summary>
    /// A plan may be deleted while it is a draft against which nothing has been reported (an empty plan, or one created by
    /// mistake); once a realisation or an action's progress is reported, the plan is part of the record.
    /// </summary>
    public void EnsureDeletable(bool reported)
    {
        Rule.Require(Status == PlanStatus.Draft, "PLAN_DELETE_NOT_DRAFT", "Hanya rencana berstatus draf yang dapat dihapus; kembalikan ke draf dahulu.");
        Rule.Require(!reported, "PLAN_DELETE_REPORTED", "Rencana ini sudah memiliki laporan realisasi atau kemajuan aksi, jadi tidak dapat dihapus.");
    }

    public Goal AddGoal(string statement, GoalLevel level = GoalLevel.Strategic, BudgetCode? budgetCode = null, string? number = null)
    {
        Edit();
        var goal = new Goal(this, statement, level, budgetCode, number) { Position = _goals.Count };
        _goals.Add(goal);
        return goal;
    }

    public Indicator AddIndicator(Goal goal, string text, Target? target, Direction direction = Direction.HigherIsBetter, string? code = null)
    {
        Edit();
        EnsureOwn(goal);
        var indicator = goal.Add(new Indicator(text, target, direction, code));
        _goalOf?.Add(indicator, goal);
        return indicator;
    }

    public PlanAction AddAction(
        Indicator indicator,
        string name,
        Target? target = null,
        Guid? responsibleUnitId = null,
        Rupiah? budgetCeiling = null,
        BudgetCode? budgetOutput = null)
    {
        Edit();
        GoalOf(indicator);
        EnsureSpendable(budgetOutput);
        EnsureCeilingsWithinLimit(budgetCeiling, Rupiah.Zero);
        var action = new PlanAction(name, target, responsibleUnitId, budgetCeiling, budgetOutput);
        indicator.Add(action);
        _indicatorOf?.Add(action, indicator);
        return action;
    }

    /// <summary>Marks a period in an action's schedule, or gives it a value ("36 Pegawai"); marking it again replaces the value.</summary>
    public void Schedule(PlanAction action, Period period, string? value = null)
    {
        Edit();
        EnsureOwn(action);
        Rule.Require(
            period.Style == ScheduleStyle,
            "SCHEDULE_STYLE_MISMATCH",
            ScheduleStyle == ScheduleStyle.None
                ? $"{Label(Kind)} tidak memuat jadwal."
                : $"Rencana ini dijadwalkan per {(ScheduleStyle == ScheduleStyle.Quarterly ? "triwulan" : "bulan")}; {period} tidak berlaku.");
        action.Mark(period, Rule.OptionalText(value, "SCHEDULE_VALUE_INVALID", "Nilai jadwal", 100));
    }

    public void Unschedule(PlanAction action, Period period)
    {
        Edit();
        EnsureOwn(action);
        action.Unmark(period);
    }

    public void ChangeGoal(Goal goal, string statement, GoalLevel level, BudgetCode? budgetCode)
    {
        Edit();
        EnsureOwn(goal);
        goal.Change(statement, level, budgetCode);
    }

    public void ChangeIndicator(Indicator indicator, string text, Target? target, Direction direction, string? code)
    {
        Edit();
        GoalOf(indicator);
        indicator.Change(text, target, direction, code);
    }

    public void ChangeAction(PlanAction action, string name, Target? target, Guid? responsibleUnitId, Rupiah? budgetCeiling, BudgetCode? budgetOutput)
    {
        Edit();
        EnsureOwn(action);
        EnsureSpendable(budgetOutput);
        EnsureCeilingsWithinLimit(budgetCeiling, action.BudgetCeiling ?? Rupiah.Zero);
        action.Change(name, target, responsibleUnitId, budgetCeiling, budgetOutput);
    }

    /// <summary>
    /// An action's pagu and the plan's total stay within <see cref="Rupiah.Max"/>; lowering one is always allowed, so that
    /// a plan stored beyond the ceiling before it existed can be corrected.
    /// </summary>
    private void EnsureCeilingsWithinLimit(Rupiah? ceiling, Rupiah replaced)
    {
        Rupiah.Within(ceiling, "Pagu anggaran aksi");
        if (ceiling is { } added && added > replaced && !(BudgetCeilingTotal - replaced + added).IsWithinCeiling)
        {
            throw Rupiah.Beyond("Jumlah pagu anggaran rencana aksi");
        }
    }

    /// <summary>Removing an element whose realisation or progress is reported would orphan the report's rows, so it is refused.</summary>
    public const string RemoveReported = "PLAN_REMOVE_REPORTED";

    public void RemoveGoal(Goal goal, ReportedElements reported)
    {
        Edit();
        EnsureOwn(goal);
        ArgumentNullException.ThrowIfNull(reported);
        foreach (var indicator in goal.Indicators)
        {
            EnsureUnreported(reported, indicator, $"Sasaran ini memuat indikator \"{Brief(indicator.Text)}\" yang", "Sasaran ini memuat aksi");
        }

        _goals.Remove(goal);
        Renumber();
        ForgetParents();
    }

    public void RemoveIndicator(Indicator indicator, ReportedElements reported)
    {
        Edit();
        var goal = GoalOf(indicator);
        ArgumentNullException.ThrowIfNull(reported);
        EnsureUnreported(reported, indicator, "Indikator ini", "Indikator ini memuat aksi");
        goal.Remove(indicator);
        ForgetParents();
    }

    public void RemoveAction(PlanAction action, ReportedElements reported)
    {
        Edit();
        var indicator = IndicatorOf(action);
        ArgumentNullException.ThrowIfNull(reported);
        EnsureUnreported(reported, action, "Aksi ini");
        indicator.Remove(action);
        ForgetParents();
    }

    private static void EnsureUnreported(ReportedElements reported, Indicator indicator, string subject, string holder)
    {
        Rule.Require(
            !reported.IsReported(indicator.Id),
            RemoveReported,
            $"{subject} sudah dilaporkan realisasinya pada {reported.PeriodsOf(indicator.Id)}; tidak dapat dihapus.");
        foreach (var action in indicator.Actions)
        {
            EnsureUnreported(reported, action, $"{holder} \"{Brief(action.Name)}\" yang");
        }
    }

    private static void EnsureUnreported(ReportedElements reported, PlanAction action, string subject) =>
        Rule.Require(
            !reported.IsReported(action.Id),
            RemoveReported,
            $"{subject} sudah dilaporkan kemajuannya pada {reported.PeriodsOf(action.Id)}; tidak dapat dihapus.");

    /// <summary>An element's text short enough for a sentence that names it.</summary>
    private static string Brief(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");

    public void MoveGoal(Goal goal, int newIndex)
    {
        Edit();
        EnsureOwn(goal);
        Rule.Require(newIndex >= 0 && newIndex < _goals.Count, "PLAN_POSITION_INVALID", $"Posisi {newIndex + 1} di luar daftar sasaran.");
        _goals.Remove(goal);
        _goals.Insert(newIndex, goal);
        Renumber();
    }

    /// <summary>Moves an indicator within its goal.</summary>
    public void MoveIndicator(Indicator indicator, int newIndex)
    {
        Edit();
        GoalOf(indicator).Move(indicator, newIndex);
    }

    /// <summary>Moves an action within its indicator.</summary>
    public void MoveAction(PlanAction action, int newIndex)
    {
        Edit();
        EnsureOwn(action);
        IndicatorOf(action).Move(action, newIndex);
    }

    /// <summary>
    /// The same plan for another year, as a new draft: goals, indicators and their targets, actions with their
    /// responsible units, ceilings, budget outputs and schedules. Status, signature and anything realised stay behind.
    /// </summary>
    public PerformancePlan CopyTo(FiscalYear year)
    {
        Rule.Require(year != Year, "PLAN_COPY_SAME_YEAR", $"Rencana tahun {Year} tidak dapat disalin ke tahun yang sama.");
        var copy = new PerformancePlan(WorkUnitId, Entity, year, Kind, ScheduleStyle);
        foreach (var goal in _goals)
        {
            var newGoal = copy.AddGoal(goal.Statement, goal.Level, goal.BudgetCode, goal.Number);
            foreach (var indicator in goal.Indicators)
            {
                var newIndicator = copy.AddIndicator(newGoal, indicator.Text, indicator.Target, indicator.Direction, indicator.Code);
                foreach (var action in indicator.Actions)
                {
                    var newAction = copy.AddAction(newIndicator, action.Name, action.Target, action.ResponsibleUnitId, action.BudgetCeiling, action.BudgetOutput);
                    foreach (var entry in action.Schedule)
                    {
                        copy.Schedule(newAction, entry.Period, entry.Value);
                    }
                }
            }
        }

        copy.Revision = 0;
        return copy;
    }

    /// <summary>The indicator an action belongs to.</summary>
    public Indicator IndicatorOf(PlanAction action) =>
        Parent(ref _indicatorOf, action, () => Indicators.SelectMany(i => i.Actions.Select(a => (a, i))))
        ?? throw new RuleViolationException("PLAN_ELEMENT_FOREIGN", "Aksi itu bukan bagian dari rencana ini.");

    public void Sign(SignatureBlock signature)
    {
        Edit();
        Signature = signature;
    }

    public void Submit()
    {
        Rule.Require(Status == PlanStatus.Draft, "PLAN_STATUS", "Hanya rencana berstatus draf yang dapat diajukan.");
        Rule.Require(_goals.Count > 0, "PLAN_EMPTY", "Rencana tanpa sasaran tidak dapat diajukan.");
        Status = PlanStatus.Submitted;
        Revision++;
    }

    public void Approve()
    {
        Rule.Require(Status == PlanStatus.Submitted, "PLAN_STATUS", "Hanya rencana yang sudah diajukan yang dapat disetujui.");
        Status = PlanStatus.Approved;
        Revision++;
    }

    public void ReturnToDraft()
    {
        Rule.Require(Status != PlanStatus.Draft, "PLAN_STATUS", "Rencana sudah berstatus draf.");
        Status = PlanStatus.Draft;
        Revision++;
    }

    public Goal GoalOf(Indicator indicator) =>
        Parent(ref _goalOf, indicator, () => _goals.SelectMany(g => g.Indicators.Select(i => (i, g))))
        ?? throw new RuleViolationException("PLAN_ELEMENT_FOREIGN", "Indikator itu bukan bagian dari rencana ini.");

    private static TParent? Parent<TChild, TParent>(ref Dictionary<TChild, TParent>? index, TChild child, Func<IEnumerable<(TChild Child, TParent Parent)>> pairs)
        where TChild : class
        where TParent : class
    {
        ArgumentNullException.ThrowIfNull(child);
        if (index is not null && index.TryGetValue(child, out var parent))
        {
            return parent;
        }

        index = pairs().ToDictionary(p => p.Child, p => p.Parent);
        return index.GetValueOrDefault(child);
    }

    private void ForgetParents()
    {
        _goalOf = null;
        _indicatorOf = null;
    }

    private void EnsureOwn(Goal goal) =>
        Rule.Require(_goals.Contains(goal), "PLAN_ELEMENT_FOREIGN", "Sasaran itu bukan bagian dari rencana ini.");

    private void EnsureOwn(PlanAction action) => IndicatorOf(action);

    private static void EnsureSpendable(BudgetCode? budgetOutput) =>
        Rule.Require(
            budgetOutput is null || budgetOutput.Value.Level is BudgetLevel.Output or BudgetLevel.Component,
            "ACTION_BUDGET_OUTPUT_LEVEL",
            $"Aksi hanya dapat dikaitkan dengan output atau komponen anggaran, bukan {budgetOutput}.");

    /// <summary>Every change to a draft passes here: it refuses a locked plan and counts the change.</summary>
    private void Edit()
    {
        Rule.Require(Status == PlanStatus.Draft, "PLAN_LOCKED", "Rencana yang sudah diajukan atau disetujui tidak dapat diubah; kembalikan ke draf dahulu.");
        Revision++;
    }

    private void Renumber()
    {
        for (var i = 0; i < _goals.Count; i++)
        {
            _goals[i].Position = i;
        }
    }
}
