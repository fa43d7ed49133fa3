using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Planning;

public class CrossChecksTests
{
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly FiscalYear Year = new(2026);
    private static readonly BudgetCode Reports = BudgetCode.Parse("3357.EBD.955");
    private static readonly BudgetCode Services = BudgetCode.Parse("3355.EBA.962");

    [Fact]
    public void Every_rule_has_its_own_code()
    {
        Assert.Equal(CrossChecks.Rules.Count, CrossChecks.Rules.Select(r => r.Code).Distinct().Count());
        Assert.All(CrossChecks.Rules, r => Assert.StartsWith("CROSS_", r.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void Matching_documents_whose_ceilings_fill_the_budget_have_no_findings()
    {
        var set = Documents.Clean();

        Assert.Empty(CrossChecks.Run(set.Plans, set.Budget));
    }

    [Theory]
    [InlineData("100%", "100 %", true)]
    [InlineData("97.5 %", "97,5%", true)]
    [InlineData("95%", "100%", false)]
    [InlineData("4 Lap", "4 lap", true)]
    [InlineData("4 lap", "4 lap.", true)]
    [InlineData("4 lap", "5 lap", false)]
    [InlineData("4 lap", "4 Dok", false)]
    [InlineData("3,5", "3.5", true)]
    [InlineData("3,5", "3,4", false)]
    [InlineData("BB", "BB", true)]
    [InlineData("BB", "B", false)]
    [InlineData("WTP", "wtp", true)]
    [InlineData("WTP", "WDP", false)]
    [InlineData("80–90%", "80-90%", true)]
    [InlineData("80–90%", "80–95%", false)]
    [InlineData("6 kec. 29 kel", "6 Kec 29 Kel", true)]
    [InlineData("6 kec. 29 kel", "6 kec. 30 kel", false)]
    [InlineData("Tepat  waktu", "tepat waktu", true)]
    [InlineData("Tepat waktu", "Sesuai jadwal", false)]
    [InlineData("100", "100%", false)]
    public void Targets_are_compared_by_meaning(string a, string b, bool same)
    {
        Assert.Equal(same, CrossChecks.SameTarget(Target.Parse(a), Target.Parse(b)));
        Assert.Equal(same, CrossChecks.SameTarget(Target.Parse(b), Target.Parse(a)));
    }

    [Theory]
    [InlineData("Persentase laporan keuangan tepat waktu", "persentase  laporan keuangan, tepat waktu.", true)]
    [InlineData("Opini BPK atas laporan keuangan", "OPINI BPK ATAS LAPORAN KEUANGAN", true)]
    [InlineData("Opini BPK atas laporan keuangan", "Opini BPK atas laporan kinerja", false)]
    public void Indicators_are_matched_on_their_normalised_text(string a, string b, bool same)
    {
        Assert.Equal(same, CrossChecks.IndicatorKey(a) == CrossChecks.IndicatorKey(b));
    }

    public static TheoryData<string, string, Severity, EntityKind?, string> Provoked => new()
    {
        { "rak-indicator-not-in-pk", RakIndicatorNotAgreed.Id, Severity.Warning, EntityKind.Secretariat, "RAK Sekretariat › Sasaran 1 › Indikator 4" },
        { "pk-indicator-without-action", AgreedIndicatorWithoutAction.Id, Severity.Warning, EntityKind.Secretariat, "PK Sekretariat › Sasaran 1 › Indikator 3" },
        { "pk-target-differs-from-rkt", TargetDiffers.Id, Severity.Error, EntityKind.Secretariat, "PK Sekretariat › Sasaran 1 › Indikator 1" },
        { "rak-target-differs-from-pk", TargetDiffers.Id, Severity.Error, EntityKind.Secretariat, "RAK Sekretariat › Sasaran 1 › Indikator 2" },
        { "both-raks-overspend-an-output", RakCeilingsExceedBudgetOutput.Id, Severity.Error, null, "RAK Sekretariat › Sasaran 1 › Indikator 2 › Aksi 1" },
        { "raks-above-budget", RakTotalExceedsBudget.Id, Severity.Error, null, "Seluruh RAK" },
        { "raks-below-budget", RakTotalBelowBudget.Id, Severity.Info, null, "Seluruh RAK" },
        { "no-budget", RakWithoutBudget.Id, Severity.Warning, EntityKind.Secretariat, "RAK Sekretariat" },
    };

    [Theory]
    [MemberData(nameof(Provoked))]
    public void Each_rule_reports_what_was_changed_and_where(string change, string code, Severity severity, EntityKind? entity, string location)
    {
        var set = Documents.Clean();
        set.Apply(change);

        var findings = CrossChecks.Run(set.Plans, set.Budget);

        var found = Assert.Single(findings, f => f.Finding.Code == code);
        Assert.Equal(severity, found.Finding.Severity);
        Assert.Equal(entity, found.Entity);
        Assert.Equal(location, found.Finding.Location);
        if (found.Finding.ElementId is { } element)
        {
            var plan = Assert.Single(set.Plans, p => p.Id == found.PlanId);
            Assert.Contains(element, plan.Indicators.Select(i => i.Id).Concat(plan.Actions.Select(a => a.Id)));
        }
    }

    [Fact]
    public void The_budget_difference_is_said_in_Rupiah()
    {
        var set = Documents.Clean();
        set.Apply("raks-below-budget");

        var finding = Assert.Single(CrossChecks.Run(set.Plans, set.Budget)).Finding;

        Assert.Contains("selisih Rp 5.000.000 belum direncanakan", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combined_overspending_names_each_rak_and_the_difference()
    {
        var set = Documents.Clean();
        set.Apply("both-raks-overspend-an-output");

        var finding = CrossChecks.Run(set.Plans, set.Budget).Single(f => f.Finding.Code == RakCeilingsExceedBudgetOutput.Id).Finding;

        Assert.Contains("RAK KPU Rp 25.000.000 + RAK Sekretariat Rp 25.000.000", finding.Message, StringComparison.Ordinal);
        Assert.Contains("selisih Rp 10.000.000", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_rak_overspending_an_output_alone_is_left_to_the_plan_check()
    {
        var set = Documents.Clean();
        var action = set.SecretariatRak.Actions.First(a => a.BudgetOutput == Reports);
        set.SecretariatRak.ChangeAction(action, action.Name, action.Target, null, new Rupiah(90_000_000), Reports);

        Assert.DoesNotContain(CrossChecks.Run(set.Plans, set.Budget), f => f.Finding.Code == RakCeilingsExceedBudgetOutput.Id);
        Assert.Contains(PlanChecks.Run(set.SecretariatRak, set.Budget), f => f.Code == CeilingExceedsBudgetOutput.Id);
    }

    [Fact]
    public void Documents_of_another_unit_or_year_are_refused()
    {
        var set = Documents.Clean();
        var stranger = PerformancePlan.Create(Guid.NewGuid(), EntityKind.Commission, Year, PlanKind.Rkt);

        var error = Assert.Throws<RuleViolationException>(() => CrossChecks.Run([.. set.Plans, stranger], set.Budget));

        Assert.Equal("CROSS_CHECK_MIXED", error.Code);
    }

    [Fact]
    public void Without_plans_there_is_nothing_to_compare()
    {
        Assert.Empty(CrossChecks.Run([], null));
    }

    /// <summary>
    /// The secretariat's RKT, PK and RAK with the same three indicators, and a commission RAK; the two RAKs plan
    /// exactly the 60.000.000 of the budget.
    /// </summary>
    private sealed class Documents
    {
        private Documents(PerformancePlan rkt, PerformancePlan pk, PerformancePlan rak, PerformancePlan commissionRak, BudgetVersion? budget)
        {
            SecretariatRkt = rkt;
            SecretariatPk = pk;
            SecretariatRak = rak;
            CommissionRak = commissionRak;
            Budget = budget;
        }

        public PerformancePlan SecretariatRkt { get; }

        public PerformancePlan SecretariatPk { get; }

        public PerformancePlan SecretariatRak { get; }

        public PerformancePlan CommissionRak { get; }

        public BudgetVersion? Budget { get; private set; }

        public IReadOnlyList<PerformancePlan> Plans => [SecretariatRkt, SecretariatPk, SecretariatRak, CommissionRak];

        public static Documents Clean()
        {
            var rkt = Agreement(PlanKind.Rkt);
            var pk = Agreement(PlanKind.Pk);
            var rak = Agreement(PlanKind.Rak);
            var indicators = rak.Indicators.ToList();
            rak.AddAction(indicators[0], "Penyusunan laporan keuangan", budgetCeiling: new Rupiah(20_000_000), budgetOutput: Services);
            rak.AddAction(indicators[1], "Penyusunan laporan kinerja", budgetCeiling: new Rupiah(15_000_000), budgetOutput: Reports);
            rak.AddAction(indicators[2], "Penilaian mandiri SPIP");

            var commission = PerformancePlan.Create(Unit, EntityKind.Commission, Year, PlanKind.Rak, ScheduleStyle.Quarterly);
            var goal = commission.AddGoal("Terselenggaranya tahapan Pemilihan");
            var onTime = commission.AddIndicator(goal, "Persentase tahapan tepat waktu", Target.Parse("100%"));
            commission.AddAction(onTime, "Evaluasi tahapan", budgetCeiling: new Rupiah(25_000_000), budgetOutput: Reports);

            var budget = BudgetVersion.CreateOriginal(Unit, Year, "SP DIPA-076.01.2.670701/2026", new DateOnly(2025, 11, 20));
            var program = budget.AddLine(null, BudgetCode.Parse("076.01.WA"), "Program Dukungan Manajemen");
            var finance = budget.AddLine(program, BudgetCode.Parse("3355"), "Pengelolaan Keuangan");
            var financeClass = budget.AddLine(finance, BudgetCode.Parse("3355.EBA"), "Layanan Dukungan Manajemen Internal");
            budget.AddLine(financeClass, Services, "Layanan Umum", baseline: new Rupiah(20_000_000));
            var planning = budget.AddLine(program, BudgetCode.Parse("3357"), "Perencanaan");
            var planningClass = budget.AddLine(planning, BudgetCode.Parse("3357.EBD"), "Layanan Manajemen Kinerja Internal");
            budget.AddLine(planningClass, Reports, "Layanan Manajemen Kinerja Internal", baseline: new Rupiah(30_000_000), newInitiative: new Rupiah(10_000_000));
            return new Documents(rkt, pk, rak, commission, budget);
        }

        public void Apply(string change)
        {
            switch (change)
            {
                case "rak-indicator-not-in-pk":
                    var extra = SecretariatRak.AddIndicator(SecretariatRak.Goals[0], "Jumlah arsip yang terdigitalisasi", Target.Parse("200 Berkas"));
                    SecretariatRak.AddAction(extra, "Digitalisasi arsip");
                    break;
                case "pk-indicator-without-action":
                    var spip = SecretariatRak.Indicators.ElementAt(2);
                    SecretariatRak.RemoveAction(spip.Actions[0], ReportedElements.None);
                    break;
                case "pk-target-differs-from-rkt":
                    ChangeTarget(SecretariatPk, 0, "WDP");
                    ChangeTarget(SecretariatRak, 0, "WDP");
                    break;
                case "rak-target-differs-from-pk":
                    ChangeTarget(SecretariatRak, 1, "A");
                    break;
                case "both-raks-overspend-an-output":
                    var report = SecretariatRak.Actions.ElementAt(1);
                    SecretariatRak.ChangeAction(report, report.Name, null, null, new Rupiah(25_000_000), Reports);
                    break;
                case "raks-above-budget":
                    var evaluationAbove = CommissionRak.Actions.Single();
                    CommissionRak.ChangeAction(evaluationAbove, evaluationAbove.Name, null, null, new Rupiah(30_000_000), null);
                    break;
                case "raks-below-budget":
                    var evaluationBelow = CommissionRak.Actions.Single();
                    CommissionRak.ChangeAction(evaluationBelow, evaluationBelow.Name, null, null, new Rupiah(20_000_000), Reports);
                    break;
                case "no-budget":
                    Budget = null;
                    var evaluationFree = CommissionRak.Actions.Single();
                    CommissionRak.ChangeAction(evaluationFree, evaluationFree.Name, null, null, null, null);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(change), change, null);
            }
        }

        private static void ChangeTarget(PerformancePlan plan, int index, string target)
        {
            var indicator = plan.Indicators.ElementAt(index);
            plan.ChangeIndicator(indicator, indicator.Text, Target.Parse(target), indicator.Direction, indicator.Code);
        }

        private static PerformancePlan Agreement(PlanKind kind)
        {
            var plan = PerformancePlan.Create(Unit, EntityKind.Secretariat, Year, kind, kind == PlanKind.Rak ? ScheduleStyle.Monthly : ScheduleStyle.None);
            var goal = plan.AddGoal("Meningkatnya akuntabilitas keuangan dan kinerja");
            plan.AddIndicator(goal, "Opini BPK atas laporan keuangan", Target.Parse("WTP"));
            plan.AddIndicator(goal, kind == PlanKind.Rkt ? "Nilai evaluasi akuntabilitas kinerja." : "Nilai evaluasi akuntabilitas  kinerja", Target.Parse("BB"));
            plan.AddIndicator(goal, "Nilai maturitas SPIP", Target.Parse(kind == PlanKind.Pk ? "3.5" : "3,5"));
            return plan;
        }
    }
}
