using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Monitoring;

public class PerformanceReportTests
{
    private static readonly Guid Unit = Guid.CreateVersion7();

    private static (PerformancePlan Pk, Indicator Pleno, Indicator Disputes) NewPk()
    {
        var pk = PerformancePlan.Create(Unit, EntityKind.Commission, new FiscalYear(2026), PlanKind.Pk);
        var goal = pk.AddGoal("Terselenggaranya tahapan");
        var pleno = pk.AddIndicator(goal, "Jumlah rapat pleno", Target.Parse("4 Kali"));
        var disputes = pk.AddIndicator(goal, "Jumlah sengketa", Target.Parse("2 perkara"), Direction.LowerIsBetter);
        return (pk, pleno, disputes);
    }

    [Fact]
    public void Recording_keeps_the_text_as_typed_counts_revisions_and_feeds_year_to_date_capaian()
    {
        var (pk, pleno, _) = NewPk();
        var report = PerformanceReport.For(pk);

        report.Record(pk, pleno.Id, Period.Quarter(1), " 1 Kali ");
        report.Record(pk, pleno.Id, Period.Quarter(2), "2 kali", problem: "Jadwal bergeser", followUp: "Rapat susulan");

        Assert.Equal(2, report.Revision);
        Assert.Equal(" 1 Kali ", report.Find(pleno.Id, Period.Quarter(1))!.Text);
        Assert.Equal("Jadwal bergeser", report.Find(pleno.Id, Period.Quarter(2))!.Problem);
        Assert.Equal(AggregationKind.Cumulative, report.AggregationOf(pleno));
        Assert.Equal(75m, report.ProgressOf(pleno).ToDate(Period.Quarter(2), AchievementPolicy.Standard).Percent);
    }

    [Fact]
    public void Blank_zero_and_na_are_kept_apart()
    {
        var (pk, pleno, disputes) = NewPk();
        var report = PerformanceReport.For(pk);

        report.Record(pk, pleno.Id, Period.Quarter(1), "  ");
        report.Record(pk, disputes.Id, Period.Quarter(1), "0");
        report.Record(pk, disputes.Id, Period.Quarter(2), "n/a");

        Assert.Equal(RealisationKind.NotReported, report.Find(pleno.Id, Period.Quarter(1))!.Value.Kind);
        Assert.Equal(RealisationKind.Value, report.Find(disputes.Id, Period.Quarter(1))!.Value.Kind);
        Assert.Equal(RealisationKind.NotApplicable, report.Find(disputes.Id, Period.Quarter(2))!.Value.Kind);
        // Lower is better: no dispute against a target of 2 is 200% uncapped, shown capped at 100.
        Assert.Equal(100m, report.ProgressOf(disputes).ToDate(Period.Quarter(2), AchievementPolicy.Standard).Percent);
    }

    [Fact]
    public void A_fraction_is_read_from_numerator_and_denominator()
    {
        var pk = PerformancePlan.Create(Unit, EntityKind.Commission, new FiscalYear(2026), PlanKind.Pk);
        var indicator = pk.AddIndicator(pk.AddGoal("Sasaran"), "Persentase produk hukum", Target.Parse("100%"));
        var report = PerformanceReport.For(pk);

        report.Record(pk, indicator.Id, Period.Quarter(1), "97,5%", 39, 40);

        Assert.Equal("97,5%", report.Find(indicator.Id, Period.Quarter(1))!.Text);
        Assert.True(report.Find(indicator.Id, Period.Quarter(1))!.Value.HasFraction);
        var error = Assert.Throws<RuleViolationException>(() => report.Record(pk, indicator.Id, Period.Quarter(2), "90%", 9, null));
        Assert.Equal("REALISATION_FRACTION", error.Code);
    }

    [Fact]
    public void Unknown_indicators_wrong_period_styles_and_other_plans_are_refused_without_a_revision()
    {
        var (pk, pleno, _) = NewPk();
        var (other, otherIndicator, _) = NewPk();
        var report = PerformanceReport.For(pk);

        Assert.Equal("REPORT_INDICATOR_UNKNOWN", Assert.Throws<RuleViolationException>(() => report.Record(pk, otherIndicator.Id, Period.Quarter(1), "1")).Code);
        var style = Assert.Throws<RuleViolationException>(() => report.Record(pk, pleno.Id, Period.Month(3), "1"));
        Assert.Equal("REPORT_PERIOD_STYLE", style.Code);
        Assert.Contains("triwulan", style.Message, StringComparison.Ordinal);
        Assert.Equal("REPORT_PLAN_FOREIGN", Assert.Throws<RuleViolationException>(() => report.Record(other, otherIndicator.Id, Period.Quarter(1), "1")).Code);
        Assert.Equal("REPORT_PLAN_KIND", Assert.Throws<RuleViolationException>(() => PerformanceReport.For(PerformancePlan.Create(Unit, EntityKind.Commission, new FiscalYear(2026), PlanKind.Rkt))).Code);
        Assert.Equal(0, report.Revision);
        Assert.Empty(report.Realisations);
    }

    [Fact]
    public void A_monthly_report_takes_months()
    {
        var (pk, pleno, _) = NewPk();
        var report = PerformanceReport.For(pk, ScheduleStyle.Monthly);

        report.Record(pk, pleno.Id, Period.Month(2), "1 Kali");

        Assert.Equal("REPORT_PERIOD_STYLE", Assert.Throws<RuleViolationException>(() => report.Record(pk, pleno.Id, Period.Quarter(1), "1")).Code);
    }

    [Fact]
    public void Action_progress_follows_the_RAK_schedule_style()
    {
        var (pk, _, _) = NewPk();
        var rak = PerformancePlan.Create(Unit, EntityKind.Commission, new FiscalYear(2026), PlanKind.Rak, ScheduleStyle.Monthly);
        var action = rak.AddAction(rak.AddIndicator(rak.AddGoal("Sasaran"), "Indikator", Target.Parse("4 lap")), "Penyusunan laporan", Target.Parse("4 lap"));
        var report = PerformanceReport.For(pk);

        report.RecordAction(rak, action.Id, Period.Month(4), ActionStatus.Value, "36 Pegawai");
        report.RecordAction(rak, action.Id, Period.Month(4), ActionStatus.Done);

        Assert.Equal(ActionStatus.Done, Assert.Single(report.ActionProgress).Status);
        Assert.Null(report.ActionProgress[0].Value);
        Assert.Equal("REPORT_PERIOD_STYLE", Assert.Throws<RuleViolationException>(() => report.RecordAction(rak, action.Id, Period.Quarter(2), ActionStatus.Done)).Code);
        Assert.Equal("REPORT_ACTION_UNKNOWN", Assert.Throws<RuleViolationException>(() => report.RecordAction(rak, Guid.CreateVersion7(), Period.Month(1), ActionStatus.Done)).Code);
        Assert.Equal("ACTION_PROGRESS_INVALID", Assert.Throws<RuleViolationException>(() => report.RecordAction(rak, action.Id, Period.Month(5), ActionStatus.Value, " ")).Code);
        Assert.Equal(2, report.Revision);
    }

    [Theory]
    [InlineData("bukti.exe", new byte[] { 0x4D, 0x5A }, "EVIDENCE_TYPE")]
    [InlineData("bukti.pdf", new byte[] { 0x50, 0x4B, 0x03, 0x04 }, "EVIDENCE_CONTENT")]
    [InlineData("bukti.pdf", new byte[0], "EVIDENCE_EMPTY")]
    public void Evidence_outside_the_allow_list_or_not_what_it_says_is_refused(string name, byte[] content, string code)
    {
        var (pk, pleno, _) = NewPk();
        var report = PerformanceReport.For(pk);

        Assert.Equal(code, Assert.Throws<RuleViolationException>(() => report.Attach(pk, pleno.Id, Period.Quarter(1), name, content, DateTimeOffset.UnixEpoch, EvidenceHoldings.None)).Code);
    }

    [Fact]
    public void Evidence_above_five_megabytes_is_refused_and_a_pdf_is_kept()
    {
        var (pk, pleno, _) = NewPk();
        var report = PerformanceReport.For(pk);
        var big = new byte[Evidence.MaxBytes + 1];
        "%PDF"u8.CopyTo(big);

        var error = Assert.Throws<RuleViolationException>(() => report.Attach(pk, pleno.Id, Period.Quarter(1), "besar.pdf", big, DateTimeOffset.UnixEpoch, EvidenceHoldings.None));
        var kept = report.Attach(pk, pleno.Id, Period.Quarter(1), "C:\\dok\\notulen.PDF", "%PDF-1.4 x"u8.ToArray(), DateTimeOffset.UnixEpoch, EvidenceHoldings.None);

        Assert.Equal("EVIDENCE_SIZE", error.Code);
        Assert.Contains("5 MB", error.Message, StringComparison.Ordinal);
        Assert.Equal("application/pdf", kept.ContentType);
        Assert.Equal(report.WorkUnitId, kept.WorkUnitId);
        Assert.Equal(1, report.Revision);
    }

    [Fact]
    public void Evidence_is_kept_under_a_safe_name()
    {
        var (pk, pleno, _) = NewPk();
        var report = PerformanceReport.For(pk);

        var kept = report.Attach(pk, pleno.Id, Period.Quarter(1), "C:\\Users\\x\\nul\0.pdf\u202E", "%PDF-1.4 x"u8.ToArray(), DateTimeOffset.UnixEpoch, EvidenceHoldings.None);

        Assert.Equal("_nul.pdf", kept.FileName);
        Assert.Equal("EVIDENCE_NAME", Assert.Throws<RuleViolationException>(() => report.Attach(pk, pleno.Id, Period.Quarter(1), "C:\\dok\\\0", "%PDF-1.4 x"u8.ToArray(), DateTimeOffset.UnixEpoch, EvidenceHoldings.None)).Code);
    }

    [Theory]
    [InlineData(EvidenceLimits.PerRow, 0, EvidenceLimits.PerRow, 0, EvidenceLimits.PerRow, 0, "EVIDENCE_LIMIT_ROW")]
    [InlineData(0, 0, EvidenceLimits.PerReport, 0, EvidenceLimits.PerReport, 0, "EVIDENCE_LIMIT_REPORT")]
    [InlineData(0, 0, 1, EvidenceLimits.BytesPerReport - 5, 1, EvidenceLimits.BytesPerReport - 5, "EVIDENCE_LIMIT_REPORT")]
    [InlineData(0, 0, 0, 0, EvidenceLimits.PerUnitYear, 0, "EVIDENCE_LIMIT_UNIT")]
    [InlineData(0, 0, 0, 0, 1, EvidenceLimits.BytesPerUnitYear - 5, "EVIDENCE_LIMIT_UNIT")]
    [InlineData(EvidenceLimits.PerRow - 1, 0, EvidenceLimits.PerReport - 1, EvidenceLimits.BytesPerReport - 10, EvidenceLimits.PerUnitYear - 1, EvidenceLimits.BytesPerUnitYear - 10, null)]
    public void Evidence_past_a_limit_of_its_row_report_or_unit_year_is_refused(int rowCount, long rowBytes, int reportCount, long reportBytes, int unitCount, long unitBytes, string? code)
    {
        var (pk, pleno, _) = NewPk();
        var report = PerformanceReport.For(pk);
        var held = new EvidenceHoldings(new EvidenceHeld(rowCount, rowBytes), new EvidenceHeld(reportCount, reportBytes), new EvidenceHeld(unitCount, unitBytes));

        var attach = () => report.Attach(pk, pleno.Id, Period.Quarter(1), "bukti.pdf", "%PDF-1.4 x"u8.ToArray(), DateTimeOffset.UnixEpoch, held);

        if (code is null)
        {
            Assert.Equal(10, attach().Size);
        }
        else
        {
            Assert.Equal(code, Assert.Throws<RuleViolationException>(attach).Code);
            Assert.Equal(0, report.Revision);
        }
    }

    [Fact]
    public void Evidence_of_the_report_can_be_removed_and_that_of_another_cannot()
    {
        var (pk, pleno, _) = NewPk();
        var report = PerformanceReport.For(pk);
        var other = PerformanceReport.For(pk);
        var kept = report.Attach(pk, pleno.Id, Period.Quarter(1), "bukti.pdf", "%PDF-1.4 x"u8.ToArray(), DateTimeOffset.UnixEpoch, EvidenceHoldings.None);

        Assert.True(report.MayRemoveEvidence);
        Assert.Equal("EVIDENCE_FOREIGN", Assert.Throws<RuleViolationException>(() => other.RemoveEvidence(kept)).Code);
        report.RemoveEvidence(kept);

        Assert.Equal(2, report.Revision);
        Assert.Equal(0, other.Revision);
    }

    [Fact]
    public void Budget_realisation_keeps_the_RPD_and_the_months_reported()
    {
        var output = BudgetCode.Parse("3355.EBA.962");
        var spending = BudgetRealisation.Start(Unit, new FiscalYear(2026));

        spending.Plan(output, [.. Enumerable.Repeat(new Rupiah(100), 12)]);
        spending.Realise(output, 1, new Rupiah(90));
        spending.Realise(output, 3, new Rupiah(0));
        var progress = spending.ProgressOf(output, "Layanan Umum", new Rupiah(1200), spending.ThroughMonth);

        Assert.Equal(3, spending.ThroughMonth);
        Assert.Equal(3, spending.Revision);
        Assert.Equal(new Rupiah(300), progress.PlannedToDate);
        Assert.Equal(new Rupiah(90), progress.RealisedToDate);
        Assert.Equal("BUDGET_REALISATION_LEVEL", Assert.Throws<RuleViolationException>(() => spending.Realise(BudgetCode.Parse("3355"), 1, new Rupiah(1))).Code);
        Assert.Equal("RPD_MONTHS", Assert.Throws<RuleViolationException>(() => spending.Plan(output, [new Rupiah(1)])).Code);
        Assert.Equal("BUDGET_MONTH_INVALID", Assert.Throws<RuleViolationException>(() => spending.Realise(output, 13, new Rupiah(1))).Code);
    }
}
