using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Planning;

public class PlanChecksTests
{
    private static readonly BudgetCode Output = BudgetCode.Parse("3355.003");

    [Fact]
    public void A_clean_plan_has_no_findings()
    {
        var (plan, _, _, _) = CleanPlan();

        Assert.Empty(PlanChecks.Run(plan));
        Assert.Empty(PlanChecks.Run(plan, Budget(new Rupiah(50_000_000))));
    }

    [Fact]
    public void Every_rule_has_its_own_code()
    {
        Assert.Equal(PlanChecks.Rules.Count, PlanChecks.Rules.Select(r => r.Code).Distinct().Count());
    }

    [Fact]
    public void A_goal_without_indicators_is_an_error()
    {
        var (plan, _, _, _) = CleanPlan();
        var bare = plan.AddGoal("Terwujudnya arsip yang tertib", number: "II");

        var finding = Assert.Single(PlanChecks.Run(plan));

        Assert.Equal(GoalWithoutIndicators.Id, finding.Code);
        Assert.Equal("PLAN_GOAL_NO_INDICATOR", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Sasaran II", finding.Location);
        Assert.Equal(bare.Id, finding.ElementId);
    }

    [Fact]
    public void An_indicator_without_a_target_is_an_error()
    {
        var (plan, goal, _, _) = CleanPlan();
        var blank = plan.AddIndicator(goal, "Persentase arsip yang terdigitalisasi", Target.From("  "));

        var finding = Assert.Single(PlanChecks.Run(plan));

        Assert.Equal("PLAN_INDICATOR_NO_TARGET", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Sasaran 1 › Indikator 2", finding.Location);
        Assert.Equal(blank.Id, finding.ElementId);
    }

    [Fact]
    public void An_indicator_target_that_is_free_text_is_a_warning()
    {
        var (plan, goal, _, _) = CleanPlan();
        var vague = plan.AddIndicator(goal, "Kualitas pelayanan informasi", Target.Parse("Memuaskan"));

        var finding = Assert.Single(PlanChecks.Run(plan));

        Assert.Equal("PLAN_TARGET_UNPARSED", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Sasaran 1 › Indikator 2", finding.Location);
        Assert.Equal(vague.Id, finding.ElementId);
        Assert.Contains("Memuaskan", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_target_that_is_free_text_is_a_warning_on_the_action()
    {
        var (plan, _, indicator, _) = CleanPlan();
        var vague = plan.AddAction(indicator, "Sosialisasi ke sekolah", Target.Parse("Sesuai kebutuhan"));
        plan.Schedule(vague, Period.Quarter(2));

        var finding = Assert.Single(PlanChecks.Run(plan));

        Assert.Equal("PLAN_TARGET_UNPARSED", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Sasaran 1 › Indikator 1 › Aksi 2", finding.Location);
        Assert.Equal(vague.Id, finding.ElementId);
    }

    [Fact]
    public void An_unscheduled_action_in_an_action_plan_is_a_warning()
    {
        var (plan, _, indicator, _) = CleanPlan();
        var unscheduled = plan.AddAction(indicator, "Evaluasi kinerja pegawai", Target.Parse("2 Kali"));

        var finding = Assert.Single(PlanChecks.Run(plan));

        Assert.Equal("PLAN_ACTION_NO_SCHEDULE", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Sasaran 1 › Indikator 1 › Aksi 2", finding.Location);
        Assert.Equal(unscheduled.Id, finding.ElementId);
        Assert.Contains("triwulan", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_annual_plan_does_not_ask_for_a_schedule()
    {
        var plan = PerformancePlan.Create(Guid.NewGuid(), EntityKind.Commission, new FiscalYear(2023), PlanKind.Rkt);
        var goal = plan.AddGoal("Meningkatnya kualitas penyelenggaraan pemilu");
        var indicator = plan.AddIndicator(goal, "Indeks kepuasan peserta", Target.Parse("3,4"));
        plan.AddAction(indicator, "Survei kepuasan");

        Assert.Empty(PlanChecks.Run(plan));
    }

    [Fact]
    public void The_same_action_under_another_goal_with_the_same_ceiling_is_a_warning()
    {
        var (plan, _, _, first) = CleanPlan();
        var otherGoal = plan.AddGoal("Meningkatnya kapasitas sumber daya manusia");
        var otherIndicator = plan.AddIndicator(otherGoal, "Jumlah pegawai yang mengikuti pelatihan", Target.Parse("36 Pegawai"));
        var copy = plan.AddAction(otherIndicator, " rapat  koordinasi  data pemilih.", budgetCeiling: first.BudgetCeiling, budgetOutput: Output);
        plan.Schedule(copy, Period.Quarter(1));

        var finding = Assert.Single(PlanChecks.Run(plan));

        Assert.Equal("PLAN_DUPLICATE_ACTION", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Sasaran 2 › Indikator 1 › Aksi 1", finding.Location);
        Assert.Equal(copy.Id, finding.ElementId);
        Assert.Contains("Sasaran 1 › Indikator 1 › Aksi 1", finding.Message, StringComparison.Ordinal);
        Assert.Contains("pada sasaran lain", finding.Message, StringComparison.Ordinal);
        Assert.Contains("pagu yang sama (Rp 25.000.000)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_action_in_the_same_goal_with_another_ceiling_is_a_plain_warning()
    {
        var (plan, _, indicator, _) = CleanPlan();
        var copy = plan.AddAction(indicator, "Rapat Koordinasi Data Pemilih", budgetCeiling: new Rupiah(5_000_000));
        plan.Schedule(copy, Period.Quarter(4));

        var finding = Assert.Single(PlanChecks.Run(plan));

        Assert.Equal("PLAN_DUPLICATE_ACTION", finding.Code);
        Assert.Equal(copy.Id, finding.ElementId);
        Assert.DoesNotContain("sasaran lain", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pagu yang sama", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ceilings_above_what_the_budget_output_holds_are_an_error()
    {
        var (plan, _, indicator, first) = CleanPlan();
        var second = plan.AddAction(indicator, "Pemutakhiran data berkelanjutan", budgetCeiling: new Rupiah(30_000_000), budgetOutput: Output);
        plan.Schedule(second, Period.Quarter(3));
        var budget = Budget(new Rupiah(50_000_000));

        var finding = Assert.Single(PlanChecks.Run(plan, budget));

        Assert.Equal("PLAN_CEILING_EXCEEDS_OUTPUT", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Sasaran 1 › Indikator 1 › Aksi 2", finding.Location);
        Assert.Equal(second.Id, finding.ElementId);
        Assert.Contains("Rp 55.000.000", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Rp 50.000.000", finding.Message, StringComparison.Ordinal);
        Assert.Contains("DIPA Awal", finding.Message, StringComparison.Ordinal);
        Assert.Equal(new Rupiah(25_000_000), first.BudgetCeiling);
    }

    [Fact]
    public void Ceilings_that_exactly_use_the_budget_output_are_fine()
    {
        var (plan, _, indicator, _) = CleanPlan();
        var second = plan.AddAction(indicator, "Pemutakhiran data berkelanjutan", budgetCeiling: new Rupiah(25_000_000), budgetOutput: Output);
        plan.Schedule(second, Period.Quarter(3));

        Assert.Empty(PlanChecks.Run(plan, Budget(new Rupiah(50_000_000))));
    }

    [Fact]
    public void A_budget_output_missing_from_the_budget_is_a_warning()
    {
        var (plan, _, indicator, _) = CleanPlan();
        var stray = plan.AddAction(indicator, "Pengadaan alat tulis", budgetCeiling: new Rupiah(1_000_000), budgetOutput: BudgetCode.Parse("3356.008"));
        plan.Schedule(stray, Period.Quarter(1));

        var finding = Assert.Single(PlanChecks.Run(plan, Budget(new Rupiah(50_000_000))));

        Assert.Equal("PLAN_BUDGET_OUTPUT_UNKNOWN", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Sasaran 1 › Indikator 1 › Aksi 2", finding.Location);
        Assert.Equal(stray.Id, finding.ElementId);
        Assert.Contains("3356.008", finding.Message, StringComparison.Ordinal);
        Assert.Empty(PlanChecks.Run(plan));
    }

    private static (PerformancePlan Plan, Goal Goal, Indicator Indicator, PlanAction Action) CleanPlan()
    {
        var plan = PerformancePlan.Create(Guid.NewGuid(), EntityKind.Secretariat, new FiscalYear(2022), PlanKind.Rak, ScheduleStyle.Quarterly);
        var goal = plan.AddGoal("Meningkatnya kualitas data pemilih");
        var indicator = plan.AddIndicator(goal, "Persentase data pemilih yang mutakhir", Target.Parse("95%"), code: "3355.003");
        var action = plan.AddAction(indicator, "Rapat koordinasi data pemilih", Target.Parse("4 lap"), budgetCeiling: new Rupiah(25_000_000), budgetOutput: Output);
        plan.Schedule(action, Period.Quarter(1));
        plan.Schedule(action, Period.Quarter(3));
        return (plan, goal, indicator, action);
    }

    private static BudgetVersion Budget(Rupiah outputAmount)
    {
        var budget = BudgetVersion.CreateOriginal(Guid.NewGuid(), new FiscalYear(2022));
        var program = budget.AddLine(null, BudgetCode.Parse("076.01.01"), "Program dukungan manajemen");
        var activity = budget.AddLine(program, BudgetCode.Parse("3355"), "Kegiatan pengelolaan data");
        budget.AddLine(activity, Output, "Laporan data pemilih", Volume.Parse("1.00 Laporan"), outputAmount);
        return budget;
    }
}
