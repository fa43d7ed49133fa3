using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Planning;

public class PerformancePlanTests
{
    private static readonly FiscalYear Year = new(2022);

    [Theory]
    [InlineData(PlanKind.Rak, ScheduleStyle.Quarterly)]
    [InlineData(PlanKind.Rak, ScheduleStyle.Monthly)]
    [InlineData(PlanKind.Rkt, ScheduleStyle.None)]
    [InlineData(PlanKind.Pk, ScheduleStyle.None)]
    public void Create_accepts_the_schedule_style_of_its_kind(PlanKind kind, ScheduleStyle style)
    {
        var workUnitId = Guid.NewGuid();

        var plan = PerformancePlan.Create(workUnitId, EntityKind.Secretariat, Year, kind, style);

        Assert.Equal(kind, plan.Kind);
        Assert.Equal(style, plan.ScheduleStyle);
        Assert.Equal(workUnitId, plan.WorkUnitId);
        Assert.Equal(EntityKind.Secretariat, plan.Entity);
        Assert.Equal(Year, plan.Year);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Empty(plan.Goals);
    }

    [Theory]
    [InlineData(PlanKind.Rak, ScheduleStyle.None)]
    [InlineData(PlanKind.Rkt, ScheduleStyle.Quarterly)]
    [InlineData(PlanKind.Rkt, ScheduleStyle.Monthly)]
    [InlineData(PlanKind.Pk, ScheduleStyle.Quarterly)]
    [InlineData(PlanKind.Pk, ScheduleStyle.Monthly)]
    public void Create_rejects_a_schedule_style_that_does_not_fit_the_kind(PlanKind kind, ScheduleStyle style)
    {
        var error = Assert.Throws<RuleViolationException>(() => PerformancePlan.Create(Guid.NewGuid(), EntityKind.Commission, Year, kind, style));

        Assert.Equal("PLAN_SCHEDULE_STYLE", error.Code);
    }

    [Fact]
    public void Create_requires_a_work_unit()
    {
        var error = Assert.Throws<RuleViolationException>(() => PerformancePlan.Create(Guid.Empty, EntityKind.Commission, Year, PlanKind.Rkt));

        Assert.Equal("PLAN_WORK_UNIT_REQUIRED", error.Code);
    }

    [Theory]
    [InlineData(ScheduleStyle.Quarterly, "B3")]
    [InlineData(ScheduleStyle.Monthly, "T1")]
    public void Schedule_rejects_a_period_of_the_other_style(ScheduleStyle style, string period)
    {
        var plan = Rak(style);
        var action = AddAction(plan, "Rapat koordinasi tahapan");

        var error = Assert.Throws<RuleViolationException>(() => plan.Schedule(action, Period.Parse(period)));

        Assert.Equal("SCHEDULE_STYLE_MISMATCH", error.Code);
        Assert.Empty(action.Schedule);
    }

    [Fact]
    public void Schedule_on_a_plan_without_schedule_is_rejected()
    {
        var plan = PerformancePlan.Create(Guid.NewGuid(), EntityKind.Commission, Year, PlanKind.Rkt);
        var action = AddAction(plan, "Rapat koordinasi tahapan");

        var error = Assert.Throws<RuleViolationException>(() => plan.Schedule(action, Period.Quarter(1)));

        Assert.Equal("SCHEDULE_STYLE_MISMATCH", error.Code);
    }

    [Fact]
    public void Scheduling_a_period_twice_replaces_its_value_and_keeps_periods_in_order()
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var action = AddAction(plan, "Pelatihan pegawai");

        plan.Schedule(action, Period.Quarter(3));
        plan.Schedule(action, Period.Quarter(2), "10 Pegawai");
        plan.Schedule(action, Period.Quarter(2), " 36 Pegawai ");

        Assert.Equal([new ScheduleEntry(Period.Quarter(2), "36 Pegawai"), new ScheduleEntry(Period.Quarter(3), null)], action.Schedule.ToArray());
        Assert.True(action.IsScheduledIn(Period.Quarter(2)));
        Assert.False(action.IsScheduledIn(Period.Quarter(1)));
    }

    [Fact]
    public void Unschedule_removes_only_that_period()
    {
        var plan = Rak(ScheduleStyle.Monthly);
        var action = AddAction(plan, "Penyusunan laporan bulanan");
        plan.Schedule(action, Period.Month(1));
        plan.Schedule(action, Period.Month(2));

        plan.Unschedule(action, Period.Month(1));

        var entry = Assert.Single(action.Schedule);
        Assert.Equal(Period.Month(2), entry.Period);
    }

    [Fact]
    public void Goals_are_renumbered_after_a_move_and_a_removal()
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var first = plan.AddGoal("Meningkatnya kualitas layanan data");
        var second = plan.AddGoal("Terwujudnya tata kelola keuangan yang baik");
        var third = plan.AddGoal("Meningkatnya partisipasi pemilih");
        Assert.Equal([0, 1, 2], plan.Goals.Select(g => g.Position).ToArray());

        plan.MoveGoal(third, 0);

        Assert.Equal([third, first, second], plan.Goals.ToArray());
        Assert.Equal([0, 1, 2], plan.Goals.Select(g => g.Position).ToArray());
        Assert.Equal(0, third.Position);

        plan.RemoveGoal(first, ReportedElements.None);

        Assert.Equal([third, second], plan.Goals.ToArray());
        Assert.Equal(1, second.Position);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void MoveGoal_outside_the_list_names_the_rule(int index)
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var goal = plan.AddGoal("Sasaran satu");
        plan.AddGoal("Sasaran dua");

        var error = Assert.Throws<RuleViolationException>(() => plan.MoveGoal(goal, index));

        Assert.Equal("PLAN_POSITION_INVALID", error.Code);
    }

    [Fact]
    public void Indicators_and_actions_are_renumbered_after_a_removal()
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var goal = plan.AddGoal("Meningkatnya kualitas layanan data");
        var a = plan.AddIndicator(goal, "Indikator A", Target.Parse("95%"));
        var b = plan.AddIndicator(goal, "Indikator B", Target.Parse("4 lap"));
        var c = plan.AddIndicator(goal, "Indikator C", Target.Parse("B"));
        var x = plan.AddAction(c, "Aksi X");
        var y = plan.AddAction(c, "Aksi Y");

        plan.RemoveIndicator(a, ReportedElements.None);
        plan.RemoveAction(x, ReportedElements.None);

        Assert.Equal([b, c], goal.Indicators.ToArray());
        Assert.Equal(0, b.Position);
        Assert.Equal(1, c.Position);
        Assert.Equal(0, Assert.Single(c.Actions).Position);
        Assert.Same(y, c.Actions[0]);
    }

    [Fact]
    public void Elements_of_another_plan_are_refused()
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var other = Rak(ScheduleStyle.Quarterly);
        var foreignGoal = other.AddGoal("Sasaran rencana lain");
        var foreignIndicator = other.AddIndicator(foreignGoal, "Indikator rencana lain", Target.Parse("100%"));
        var foreignAction = other.AddAction(foreignIndicator, "Aksi rencana lain");

        Action[] calls =
        [
            () => plan.AddIndicator(foreignGoal, "Indikator baru", Target.Parse("95%")),
            () => plan.AddAction(foreignIndicator, "Aksi baru"),
            () => plan.Schedule(foreignAction, Period.Quarter(1)),
            () => plan.Unschedule(foreignAction, Period.Quarter(1)),
            () => plan.ChangeGoal(foreignGoal, "Diubah", GoalLevel.Strategic, null),
            () => plan.ChangeIndicator(foreignIndicator, "Diubah", null, Direction.HigherIsBetter, null),
            () => plan.ChangeAction(foreignAction, "Diubah", null, null, null, null),
            () => plan.RemoveGoal(foreignGoal, ReportedElements.None),
            () => plan.RemoveIndicator(foreignIndicator, ReportedElements.None),
            () => plan.RemoveAction(foreignAction, ReportedElements.None),
            () => plan.MoveGoal(foreignGoal, 0),
        ];

        foreach (var call in calls)
        {
            Assert.Equal("PLAN_ELEMENT_FOREIGN", Assert.Throws<RuleViolationException>(call).Code);
        }

        Assert.Single(other.Goals);
        Assert.Single(other.Actions);
        Assert.Empty(plan.Goals);
    }

    [Fact]
    public void Parents_stay_right_through_adds_and_removals_after_a_lookup()
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var goal = plan.AddGoal("Sasaran");
        var indicator = plan.AddIndicator(goal, "Indikator", Target.Parse("100%"));
        var first = plan.AddAction(indicator, "Aksi pertama");
        Assert.Same(indicator, plan.IndicatorOf(first));

        var second = plan.AddAction(indicator, "Aksi kedua");
        var later = plan.AddIndicator(goal, "Indikator kedua", null);
        Assert.Same(indicator, plan.IndicatorOf(second));
        Assert.Same(goal, plan.GoalOf(later));
        Assert.Equal(1, second.Position);

        plan.RemoveAction(first, ReportedElements.None);
        plan.RemoveIndicator(later, ReportedElements.None);
        Assert.Equal("PLAN_ELEMENT_FOREIGN", Assert.Throws<RuleViolationException>(() => plan.Schedule(first, Period.Quarter(1))).Code);
        Assert.Equal("PLAN_ELEMENT_FOREIGN", Assert.Throws<RuleViolationException>(() => plan.GoalOf(later)).Code);
        Assert.Equal(0, second.Position);
        plan.Schedule(second, Period.Quarter(2));
        Assert.Single(second.Schedule);
    }

    [Fact]
    public void Submit_approve_and_return_to_draft_move_the_status()
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        plan.AddGoal("Sasaran satu");

        plan.Submit();
        Assert.Equal(PlanStatus.Submitted, plan.Status);

        plan.Approve();
        Assert.Equal(PlanStatus.Approved, plan.Status);

        plan.ReturnToDraft();
        Assert.Equal(PlanStatus.Draft, plan.Status);

        plan.AddGoal("Sasaran dua");
        Assert.Equal(2, plan.Goals.Count);
    }

    [Fact]
    public void An_empty_plan_cannot_be_submitted()
    {
        var plan = Rak(ScheduleStyle.Quarterly);

        Assert.Equal("PLAN_EMPTY", Assert.Throws<RuleViolationException>(plan.Submit).Code);
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void Status_changes_out_of_order_name_the_rule()
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        plan.AddGoal("Sasaran satu");

        Assert.Equal("PLAN_STATUS", Assert.Throws<RuleViolationException>(plan.Approve).Code);
        Assert.Equal("PLAN_STATUS", Assert.Throws<RuleViolationException>(plan.ReturnToDraft).Code);
        plan.Submit();
        Assert.Equal("PLAN_STATUS", Assert.Throws<RuleViolationException>(plan.Submit).Code);
        plan.Approve();
        Assert.Equal("PLAN_STATUS", Assert.Throws<RuleViolationException>(plan.Approve).Code);
        Assert.Equal("PLAN_STATUS", Assert.Throws<RuleViolationException>(plan.Submit).Code);
    }

    public static TheoryData<string, bool> Edits => new()
    {
        { "AddGoal", false },
        { "AddIndicator", false },
        { "AddAction", false },
        { "Schedule", false },
        { "Unschedule", false },
        { "ChangeGoal", false },
        { "ChangeIndicator", false },
        { "ChangeAction", false },
        { "RemoveGoal", false },
        { "RemoveIndicator", false },
        { "RemoveAction", false },
        { "MoveGoal", false },
        { "Sign", false },
        { "AddGoal", true },
        { "ChangeAction", true },
        { "Sign", true },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_submitted_or_approved_plan_is_locked(string edit, bool approved)
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var goal = plan.AddGoal("Sasaran satu");
        var indicator = plan.AddIndicator(goal, "Indikator satu", Target.Parse("95%"));
        var action = plan.AddAction(indicator, "Aksi satu");
        plan.Schedule(action, Period.Quarter(1));
        plan.Submit();
        if (approved)
        {
            plan.Approve();
        }

        Action call = edit switch
        {
            "AddGoal" => () => plan.AddGoal("Sasaran baru"),
            "AddIndicator" => () => plan.AddIndicator(goal, "Indikator baru", null),
            "AddAction" => () => plan.AddAction(indicator, "Aksi baru"),
            "Schedule" => () => plan.Schedule(action, Period.Quarter(2)),
            "Unschedule" => () => plan.Unschedule(action, Period.Quarter(1)),
            "ChangeGoal" => () => plan.ChangeGoal(goal, "Diubah", GoalLevel.Strategic, null),
            "ChangeIndicator" => () => plan.ChangeIndicator(indicator, "Diubah", null, Direction.HigherIsBetter, null),
            "ChangeAction" => () => plan.ChangeAction(action, "Diubah", null, null, null, null),
            "RemoveGoal" => () => plan.RemoveGoal(goal, ReportedElements.None),
            "RemoveIndicator" => () => plan.RemoveIndicator(indicator, ReportedElements.None),
            "RemoveAction" => () => plan.RemoveAction(action, ReportedElements.None),
            "MoveGoal" => () => plan.MoveGoal(goal, 0),
            "Sign" => () => plan.Sign(new SignatureBlock("Serang", new DateOnly(2022, 1, 5), "KETUA", "Nama Ketua")),
            _ => throw new ArgumentOutOfRangeException(nameof(edit), edit, null),
        };

        Assert.Equal("PLAN_LOCKED", Assert.Throws<RuleViolationException>(call).Code);
        Assert.Single(plan.Goals);
        Assert.Equal("Sasaran satu", goal.Statement);
        Assert.Equal("Aksi satu", action.Name);
        Assert.Single(action.Schedule);
        Assert.Null(plan.Signature);
    }

    public static TheoryData<string, string, string?> Removals => new()
    {
        // What is removed, what is reported (in which periods), and the refusal's message (null: removed).
        { "action", "", null },
        { "action", "other:T2", null },
        { "action", "action:T2", "Aksi ini sudah dilaporkan kemajuannya pada TW II; tidak dapat dihapus." },
        { "action", "action:T1,action:T3", "Aksi ini sudah dilaporkan kemajuannya pada TW I dan TW III; tidak dapat dihapus." },
        { "indicator", "action:T1", "Indikator ini memuat aksi \"Aksi satu\" yang sudah dilaporkan kemajuannya pada TW I; tidak dapat dihapus." },
        { "indicator", "indicator:T4", "Indikator ini sudah dilaporkan realisasinya pada TW IV; tidak dapat dihapus." },
        { "indicator", "other:T1", null },
        { "goal", "indicator:T1", "Sasaran ini memuat indikator \"Indikator satu\" yang sudah dilaporkan realisasinya pada TW I; tidak dapat dihapus." },
        { "goal", "action:T2", "Sasaran ini memuat aksi \"Aksi satu\" yang sudah dilaporkan kemajuannya pada TW II; tidak dapat dihapus." },
        { "goal", "", null },
    };

    [Theory]
    [MemberData(nameof(Removals))]
    public void An_element_whose_progress_or_realisation_is_reported_cannot_be_removed(string removed, string reported, string? message)
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var goal = plan.AddGoal("Sasaran satu");
        var indicator = plan.AddIndicator(goal, "Indikator satu", Target.Parse("95%"));
        var action = plan.AddAction(indicator, "Aksi satu");
        var other = plan.AddAction(plan.AddIndicator(plan.AddGoal("Sasaran dua"), "Indikator dua", null), "Aksi dua");
        var ids = new Dictionary<string, Guid> { ["action"] = action.Id, ["indicator"] = indicator.Id, ["other"] = other.Id };
        var elements = new ReportedElements(reported.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r.Split(':'))
            .Select(r => (ids[r[0]], Period.Parse(r[1]))));
        Action call = removed switch
        {
            "goal" => () => plan.RemoveGoal(goal, elements),
            "indicator" => () => plan.RemoveIndicator(indicator, elements),
            _ => () => plan.RemoveAction(action, elements),
        };

        if (message is null)
        {
            call();
            Assert.DoesNotContain(plan.Actions, a => a.Id == action.Id);
            Assert.Contains(plan.Actions, a => a.Id == other.Id);
            return;
        }

        var refusal = Assert.Throws<RuleViolationException>(call);
        Assert.Equal(PerformancePlan.RemoveReported, refusal.Code);
        Assert.Equal(message, refusal.Message);
        Assert.Contains(plan.Actions, a => a.Id == action.Id);
        Assert.Equal(2, plan.Goals.Count);
    }

    [Fact]
    public void BudgetCeilingTotal_sums_the_actions_per_goal_and_per_plan()
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var first = plan.AddGoal("Sasaran satu");
        var second = plan.AddGoal("Sasaran dua");
        var i1 = plan.AddIndicator(first, "Indikator 1.1", Target.Parse("95%"));
        var i2 = plan.AddIndicator(first, "Indikator 1.2", Target.Parse("4 lap"));
        var i3 = plan.AddIndicator(second, "Indikator 2.1", Target.Parse("WTP"));
        plan.AddAction(i1, "Aksi a", budgetCeiling: new Rupiah(25_000_000));
        plan.AddAction(i1, "Aksi b", budgetCeiling: new Rupiah(15_500_000));
        plan.AddAction(i2, "Aksi c");
        plan.AddAction(i2, "Aksi d", budgetCeiling: new Rupiah(4_500_000));
        plan.AddAction(i3, "Aksi e", budgetCeiling: new Rupiah(100_000_000));

        Assert.Equal(new Rupiah(45_000_000), first.BudgetCeilingTotal);
        Assert.Equal(new Rupiah(100_000_000), second.BudgetCeilingTotal);
        Assert.Equal(new Rupiah(145_000_000), plan.BudgetCeilingTotal);
    }

    [Fact]
    public void A_plan_without_ceilings_totals_zero()
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        AddAction(plan, "Aksi tanpa pagu");

        Assert.Equal(Rupiah.Zero, plan.BudgetCeilingTotal);
    }

    [Theory]
    [InlineData("90%")]
    [InlineData("4 lap")]
    [InlineData("B")]
    [InlineData(null)]
    public void A_range_direction_needs_a_range_target(string? target)
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var goal = plan.AddGoal("Sasaran satu");

        var error = Assert.Throws<RuleViolationException>(() => plan.AddIndicator(goal, "Tingkat kepuasan layanan", Target.From(target), Direction.Range));

        Assert.Equal("INDICATOR_RANGE_TARGET", error.Code);
        Assert.Empty(goal.Indicators);
    }

    [Fact]
    public void A_range_direction_with_a_range_target_is_accepted_and_cannot_be_changed_away()
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var goal = plan.AddGoal("Sasaran satu");

        var indicator = plan.AddIndicator(goal, "Tingkat kepuasan layanan", Target.Parse("80–90%"), Direction.Range);

        Assert.Equal(Direction.Range, indicator.Direction);
        var error = Assert.Throws<RuleViolationException>(() => plan.ChangeIndicator(indicator, "Tingkat kepuasan layanan", Target.Parse("85%"), Direction.Range, null));
        Assert.Equal("INDICATOR_RANGE_TARGET", error.Code);
        Assert.Equal("80–90%", indicator.Target?.Text);
    }

    [Theory]
    [InlineData("076.01.01")]
    [InlineData("076.01.WA")]
    [InlineData("3355")]
    [InlineData("3355.EBA")]
    public void AddAction_refuses_a_budget_code_above_output_level(string code)
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var goal = plan.AddGoal("Sasaran satu");
        var indicator = plan.AddIndicator(goal, "Indikator satu", Target.Parse("95%"));

        var error = Assert.Throws<RuleViolationException>(() => plan.AddAction(indicator, "Aksi satu", budgetOutput: BudgetCode.Parse(code)));

        Assert.Equal("ACTION_BUDGET_OUTPUT_LEVEL", error.Code);
        Assert.Empty(indicator.Actions);
    }

    [Theory]
    [InlineData("3355")]
    [InlineData("076.01.01")]
    public void ChangeAction_refuses_a_budget_code_above_output_level(string code)
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var action = AddAction(plan, "Aksi satu");

        var error = Assert.Throws<RuleViolationException>(() => plan.ChangeAction(action, "Aksi satu", null, null, null, BudgetCode.Parse(code)));

        Assert.Equal("ACTION_BUDGET_OUTPUT_LEVEL", error.Code);
        Assert.Null(action.BudgetOutput);
    }

    [Theory]
    [InlineData("3355.003")]
    [InlineData("3355.EBA.994")]
    [InlineData("3355.003.051")]
    public void AddAction_accepts_an_output_or_component(string code)
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var goal = plan.AddGoal("Sasaran satu");
        var indicator = plan.AddIndicator(goal, "Indikator satu", Target.Parse("95%"));

        var action = plan.AddAction(indicator, "Aksi satu", budgetOutput: BudgetCode.Parse(code));

        Assert.Equal(BudgetCode.Parse(code), action.BudgetOutput);
    }

    [Fact]
    public void A_negative_ceiling_is_refused()
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var action = AddAction(plan, "Aksi satu");

        var error = Assert.Throws<RuleViolationException>(() => plan.ChangeAction(action, "Aksi satu", null, null, new Rupiah(-1), null));

        Assert.Equal("ACTION_CEILING_NEGATIVE", error.Code);
        Assert.Null(action.BudgetCeiling);
    }

    [Fact]
    public void Sign_keeps_the_signature_block()
    {
        var plan = Rak(ScheduleStyle.Quarterly);
        var signature = new SignatureBlock("Semarang", new DateOnly(2018, 1, 5), "KETUA", "Nama Ketua", Nip.Parse("19660202 198712 1 007"));

        plan.Sign(signature);

        Assert.Same(signature, plan.Signature);
        Assert.Equal("Semarang, 5 Januari 2018", plan.Signature?.PlaceAndDate);
    }

    private static PerformancePlan Rak(ScheduleStyle style) =>
        PerformancePlan.Create(Guid.NewGuid(), EntityKind.Commission, Year, PlanKind.Rak, style);

    private static PlanAction AddAction(PerformancePlan plan, string name)
    {
        var goal = plan.AddGoal("Sasaran uji");
        var indicator = plan.AddIndicator(goal, "Indikator uji", Target.Parse("100%"));
        return plan.AddAction(indicator, name);
    }

    [Theory]
    [InlineData(99, 0, 0, "PLAN_ENTITY_UNKNOWN")]
    [InlineData(0, 99, 0, "PLAN_KIND_UNKNOWN")]
    [InlineData(0, 2, 9, "PLAN_SCHEDULE_STYLE")]
    public void Create_refuses_an_entity_kind_or_style_that_is_not_defined(int entity, int kind, int style, string code)
    {
        var error = Assert.Throws<RuleViolationException>(() => PerformancePlan.Create(Guid.NewGuid(), (EntityKind)entity, Year, (PlanKind)kind, (ScheduleStyle)style));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void A_goal_level_or_an_indicator_direction_that_is_not_defined_is_refused()
    {
        var plan = PerformancePlan.Create(Guid.NewGuid(), EntityKind.Commission, Year, PlanKind.Rkt);
        var goal = plan.AddGoal("Sasaran");

        Assert.Equal("GOAL_LEVEL_UNKNOWN", Assert.Throws<RuleViolationException>(() => plan.AddGoal("Sasaran lain", (GoalLevel)99)).Code);
        Assert.Equal("INDICATOR_DIRECTION_UNKNOWN", Assert.Throws<RuleViolationException>(() => plan.AddIndicator(goal, "Indikator", null, (Direction)99)).Code);
    }

    [Fact]
    public void Only_a_draft_with_nothing_reported_may_be_deleted()
    {
        var plan = PerformancePlan.Create(Guid.NewGuid(), EntityKind.Commission, Year, PlanKind.Rkt);
        plan.AddGoal("Sasaran");

        plan.EnsureDeletable(reported: false);
        Assert.Equal("PLAN_DELETE_REPORTED", Assert.Throws<RuleViolationException>(() => plan.EnsureDeletable(reported: true)).Code);
        plan.Submit();
        Assert.Equal("PLAN_DELETE_NOT_DRAFT", Assert.Throws<RuleViolationException>(() => plan.EnsureDeletable(reported: false)).Code);
    }
}
