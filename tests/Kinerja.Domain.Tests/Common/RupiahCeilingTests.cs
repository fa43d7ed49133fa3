using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Common;

public class RupiahCeilingTests
{
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly FiscalYear Year = new(2026);
    private static readonly Rupiah Ceiling = new(Rupiah.Max);
    private static readonly Rupiah JustBeyond = new(Rupiah.Max + 1);

    [Theory]
    [InlineData("100.000.000.000.001")]
    [InlineData("Rp 9.223.372.036.854.775.807")]
    [InlineData("9223372036854775808")]
    [InlineData("1.000.000.000.000.000.000.000.000.000.000,-")]
    [InlineData("123456789012345678901234567890123456")]
    [InlineData("\u0661\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660")]
    public void A_typed_amount_beyond_the_ceiling_names_the_rule(string typed)
    {
        Assert.True(Rupiah.IsBeyondCeiling(typed));
        Assert.Equal(Rupiah.TooLarge, Assert.Throws<RuleViolationException>(() => RupiahInput.Read(typed)).Code);
    }

    [Theory]
    [InlineData("100.000.000.000.000", Rupiah.Max)]
    [InlineData("Rp 76.000.000.000.000", 76_000_000_000_000L)]
    public void The_ceiling_itself_is_accepted(string typed, long expected)
    {
        Assert.False(Rupiah.IsBeyondCeiling(typed));
        Assert.Equal(new Rupiah(expected), RupiahInput.Read(typed));
    }

    [Fact]
    public void A_figure_beyond_the_ceiling_prints_as_beyond_it()
    {
        Assert.Equal("100.000.000.000.000", IdFormat.Whole(Rupiah.Max));
        Assert.Equal("> 100.000.000.000.000", IdFormat.Whole(long.MaxValue));
        Assert.Equal("< -100.000.000.000.000", IdFormat.Whole(-long.MaxValue));
        Assert.Equal("Rp > 100.000.000.000.000", IdFormat.Rupiah((Ceiling + Ceiling).Value));
    }

    [Fact]
    public void A_budget_line_and_the_whole_budget_stay_within_the_ceiling()
    {
        var budget = BudgetVersion.CreateOriginal(Unit, Year);
        var program = budget.AddLine(null, BudgetCode.Parse("076.01.WA"), "Program Dukungan Manajemen");
        var activity = budget.AddLine(program, BudgetCode.Parse("3355"), "Pengelolaan Keuangan");
        var kro = budget.AddLine(activity, BudgetCode.Parse("3355.EBA"), "Layanan Dukungan Manajemen Internal");

        Assert.Equal(Rupiah.TooLarge, Assert.Throws<RuleViolationException>(() => budget.AddLine(kro, BudgetCode.Parse("3355.EBA.962"), "Layanan Umum", baseline: JustBeyond)).Code);
        Assert.Equal(Rupiah.TooLarge, Assert.Throws<RuleViolationException>(() => budget.AddLine(kro, BudgetCode.Parse("3355.EBA.962"), "Layanan Umum", baseline: Ceiling, newInitiative: new Rupiah(1))).Code);

        var first = budget.AddLine(kro, BudgetCode.Parse("3355.EBA.962"), "Layanan Umum", baseline: new Rupiah(60_000_000_000_000));
        var second = budget.AddLine(kro, BudgetCode.Parse("3355.EBA.956"), "Layanan BMN", baseline: new Rupiah(40_000_000_000_000));
        Assert.Equal(Ceiling, budget.Total);

        Assert.Equal(Rupiah.TooLarge, Assert.Throws<RuleViolationException>(() => budget.AddLine(kro, BudgetCode.Parse("3355.EBA.994"), "Layanan Perkantoran", baseline: new Rupiah(1))).Code);
        Assert.Equal(Rupiah.TooLarge, Assert.Throws<RuleViolationException>(() => budget.ChangeAmounts(second, new Rupiah(40_000_000_000_001), null)).Code);
        Assert.Equal(Rupiah.TooLarge, Assert.Throws<RuleViolationException>(() => budget.StateCeiling(JustBeyond)).Code);
        Assert.Equal(Ceiling, budget.Total);

        budget.ChangeAmounts(first, new Rupiah(1), null);
        Assert.Equal(new Rupiah(40_000_000_000_001), budget.Total);
    }

    [Fact]
    public void An_action_ceiling_and_the_plan_total_stay_within_the_ceiling()
    {
        var plan = PerformancePlan.Create(Unit, EntityKind.Secretariat, Year, PlanKind.Rak, ScheduleStyle.Quarterly);
        var goal = plan.AddGoal("Meningkatnya akuntabilitas keuangan");
        var indicator = plan.AddIndicator(goal, "Opini BPK", Target.Parse("WTP"));

        Assert.Equal(Rupiah.TooLarge, Assert.Throws<RuleViolationException>(() => plan.AddAction(indicator, "Penyusunan laporan", budgetCeiling: JustBeyond)).Code);
        var action = plan.AddAction(indicator, "Penyusunan laporan", budgetCeiling: new Rupiah(70_000_000_000_000));
        Assert.Equal(Rupiah.TooLarge, Assert.Throws<RuleViolationException>(() => plan.AddAction(indicator, "Rekonsiliasi", budgetCeiling: new Rupiah(30_000_000_000_001))).Code);
        Assert.Equal(Rupiah.TooLarge, Assert.Throws<RuleViolationException>(() => plan.ChangeAction(action, "Penyusunan laporan", null, null, JustBeyond, null)).Code);

        plan.AddAction(indicator, "Rekonsiliasi", budgetCeiling: new Rupiah(30_000_000_000_000));
        Assert.Equal(Ceiling, plan.BudgetCeilingTotal);
    }

    [Fact]
    public void A_year_of_rpd_and_of_spending_stays_within_the_ceiling()
    {
        var output = BudgetCode.Parse("3355.EBA.962");
        var spending = BudgetRealisation.Start(Unit, Year);

        Assert.Equal(Rupiah.TooLarge, Assert.Throws<RuleViolationException>(() => spending.Plan(output, [JustBeyond, .. Enumerable.Repeat(Rupiah.Zero, 11)])).Code);
        Assert.Equal(Rupiah.TooLarge, Assert.Throws<RuleViolationException>(() => spending.Plan(output, [.. Enumerable.Repeat(new Rupiah(Rupiah.Max / 10), 12)])).Code);
        spending.Realise(output, 1, new Rupiah(Rupiah.Max / 2));
        Assert.Equal(Rupiah.TooLarge, Assert.Throws<RuleViolationException>(() => spending.Realise(output, 2, new Rupiah((Rupiah.Max / 2) + 1))).Code);
        spending.Realise(output, 2, new Rupiah(Rupiah.Max / 2));
    }

    [Fact]
    public void Rows_stored_beyond_a_long_still_give_a_progress_and_an_outlook()
    {
        var huge = new Rupiah(long.MaxValue);
        var line = new BudgetProgress("Layanan Umum", new Rupiah(1), [new Rupiah(1), .. Enumerable.Repeat(Rupiah.Zero, 10), huge], [huge]);

        Assert.Equal(huge, line.RealisedToDate);
        Assert.Equal(new Rupiah(1), line.PlannedToDate);
        Assert.Equal(100m, BudgetPerformance.Consistency(line));
        Assert.Equal(100m, EarlyWarning.ForBudget(line, AchievementPolicy.Standard).ProjectedAbsorption);
    }
}
