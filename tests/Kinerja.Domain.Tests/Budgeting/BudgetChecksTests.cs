using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using static Kinerja.Domain.Tests.Budgeting.BudgetVersionTests;

namespace Kinerja.Domain.Tests.Budgeting;

public class BudgetChecksTests
{
    [Fact]
    public void A_consistent_budget_has_no_findings()
    {
        var (budget, program, activity, _) = SmallTree();
        budget.ChangeAmounts(activity, new Rupiah(30_000_000), new Rupiah(5_000_000), new Rupiah(35_000_000));
        budget.ChangeAmounts(program, new Rupiah(30_000_000), new Rupiah(5_000_000), new Rupiah(35_000_000));
        budget.StateCeiling(new Rupiah(35_000_000));

        Assert.Empty(BudgetChecks.Run(budget));
    }

    [Fact]
    public void A_jumlah_that_is_not_baseline_plus_new_initiative_is_an_error()
    {
        var budget = NewBudget();
        var program = budget.AddLine(null, Code("076.01.01"), "Program dukungan manajemen", baseline: Rupiah.Parse("3,002,300,000"), newInitiative: Rupiah.Zero, statedTotal: Rupiah.Parse("73,820,000"));

        var finding = Assert.Single(BudgetChecks.Run(budget));

        Assert.Equal(BudgetChecks.JumlahMismatch, finding.Code);
        Assert.Equal("BUDGET_JUMLAH_MISMATCH", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("DIPA Awal › 076.01.01", finding.Location);
        Assert.Equal(program.Id, finding.ElementId);
        Assert.Contains("73.820.000", finding.Message, StringComparison.Ordinal);
        Assert.Contains("3.002.300.000", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_whose_jumlah_differs_from_its_own_angka_dasar_and_its_rows_gets_both_findings()
    {
        var budget = NewBudget();
        var program = budget.AddLine(null, Code("076.01.01"), "Program dukungan manajemen", baseline: new Rupiah(3_002_300_000), statedTotal: new Rupiah(73_820_000));
        var activity = budget.AddLine(program, Code("3355"), "Kegiatan pengelolaan data");
        budget.AddLine(activity, Code("3355.003"), "Laporan data", baseline: new Rupiah(3_002_300_000));

        var findings = BudgetChecks.Run(budget);

        Assert.Equal(["BUDGET_JUMLAH_MISMATCH", "BUDGET_CHILDREN_MISMATCH"], findings.Select(f => f.Code).ToArray());
        Assert.All(findings, f => Assert.Equal(program.Id, f.ElementId));
    }

    [Fact]
    public void An_angka_dasar_that_is_not_the_sum_of_the_rows_below_is_an_error()
    {
        var (budget, _, activity, _) = SmallTree();
        budget.ChangeAmounts(activity, new Rupiah(29_000_000), null);

        var finding = Assert.Single(BudgetChecks.Run(budget));

        Assert.Equal("BUDGET_CHILDREN_MISMATCH", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("DIPA Awal › 3355", finding.Location);
        Assert.Equal(activity.Id, finding.ElementId);
        Assert.Contains("30.000.000", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_printed_jumlah_that_is_not_the_sum_of_the_rows_below_is_an_error()
    {
        var (budget, program, _, _) = SmallTree();
        budget.ChangeAmounts(program, null, null, new Rupiah(36_000_000));

        var finding = Assert.Single(BudgetChecks.Run(budget));

        Assert.Equal("BUDGET_CHILDREN_MISMATCH", finding.Code);
        Assert.Equal("DIPA Awal › 076.01.01", finding.Location);
        Assert.Equal(program.Id, finding.ElementId);
        Assert.Contains("35.000.000", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stated_pagu_that_is_not_the_sum_of_the_programs_is_an_error()
    {
        var budget = NewBudget();
        budget.AddLine(null, Code("076.01.WA"), "Program dukungan manajemen", statedTotal: Rupiah.Parse("1.646.458.000"));
        budget.AddLine(null, Code("076.01.CQ"), "Program penyelenggaraan pemilu", statedTotal: Rupiah.Parse("2.777.477.000"));
        budget.StateCeiling(Rupiah.Parse("4.451.669.000"));

        var finding = Assert.Single(BudgetChecks.Run(budget));

        Assert.Equal("BUDGET_CEILING_MISMATCH", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("DIPA Awal", finding.Location);
        Assert.Equal(budget.Id, finding.ElementId);
        Assert.Contains("Rp 4.451.669.000", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Rp 4.423.935.000", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Rp 27.734.000", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stated_pagu_is_compared_with_computed_totals_when_programs_print_none()
    {
        var budget = NewBudget();
        var program = budget.AddLine(null, Code("076.01.WA"), "Program dukungan manajemen");
        var activity = budget.AddLine(program, Code("3355"), "Kegiatan pengelolaan data");
        budget.AddLine(activity, Code("3355.EBA"), "Layanan", baseline: new Rupiah(1_646_458_000));
        budget.StateCeiling(new Rupiah(1_646_458_000));

        Assert.Empty(BudgetChecks.Run(budget));

        budget.StateCeiling(new Rupiah(1_646_458_001));

        Assert.Equal("BUDGET_CEILING_MISMATCH", Assert.Single(BudgetChecks.Run(budget)).Code);
    }

    [Fact]
    public void An_output_without_any_amount_is_a_warning()
    {
        var (budget, _, activity, _) = SmallTree();
        var empty = budget.AddLine(activity, Code("3355.009"), "Output tanpa alokasi", Volume.Parse("1.00 Laporan"));

        var finding = Assert.Single(BudgetChecks.Run(budget));

        Assert.Equal("BUDGET_OUTPUT_NO_AMOUNT", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("DIPA Awal › 3355.009", finding.Location);
        Assert.Equal(empty.Id, finding.ElementId);
    }

    [Fact]
    public void An_output_with_a_zero_amount_is_not_without_amount()
    {
        var (budget, _, activity, _) = SmallTree();
        budget.AddLine(activity, Code("3355.009"), "Output nol", baseline: Rupiah.Zero);

        Assert.Empty(BudgetChecks.Run(budget));
    }

    [Fact]
    public void Findings_on_a_revision_carry_its_label()
    {
        var (budget, program, _, _) = SmallTree();
        var revision = budget.Revise(null, null);
        revision.ChangeAmounts(revision.Find(program.Code)!, null, null, new Rupiah(1));

        var finding = Assert.Single(BudgetChecks.Run(revision));

        Assert.Equal("Revisi ke-1 › 076.01.01", finding.Location);
        Assert.Empty(BudgetChecks.Run(budget));
    }
}
