using Kinerja.Documents.Import;
using Kinerja.Documents.Import.Budget;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Tests.Import.Budget;

public sealed class BudgetMapperTests
{
    private static readonly Guid WorkUnit = Guid.CreateVersion7();

    [Fact]
    public void Seed_001_becomes_one_signed_version_that_sums_and_shows_the_broken_jumlah()
    {
        var document = DocumentImporter.Import(Seeds.Source("001"));
        var findings = new List<ImportFinding>();

        var versions = BudgetMapper.ToVersions(document.Budget!, WorkUnit, new FiscalYear(2020), findings);

        Assert.Empty(findings);
        var version = Assert.Single(versions);
        Assert.Equal("DIPA Awal", version.Label);
        Assert.Equal(25, version.Lines.Count);
        Assert.Equal(new Rupiah(3_076_120_000), version.Total);
        Assert.Equal(16, version.Outputs.Count());
        Assert.Equal(["076.01.01", "076.01.06"], version.Programs.Select(p => p.Code.Value));
        Assert.Equal(13, version.Find(BudgetCode.Parse("076.01.01"))!.Statements.Count);
        Assert.Equal("HAYAUDIN", version.Signature!.Name);
        Assert.Null(version.StatedCeiling);

        var checks = BudgetChecks.Run(version);
        var broken = Assert.Single(checks, f => f.Code == BudgetChecks.JumlahMismatch);
        Assert.Equal(version.Find(BudgetCode.Parse("076.01.01"))!.Id, broken.ElementId);
    }

    [Fact]
    public void Seed_003_becomes_the_original_dipa_and_its_revision_with_the_programs_in_the_revision()
    {
        var context = new ImportContext(Seeds.Source("003"));
        DipaNarrativeReader.Read(context);
        var findings = new List<ImportFinding>();

        var versions = BudgetMapper.ToVersions(context.Document.Budget!, WorkUnit, new FiscalYear(2022), findings);

        Assert.Empty(findings);
        Assert.Equal(2, versions.Count);
        Assert.Equal("SP DIPA 076.01.2.658021/2022", versions[0].DipaNumber);
        Assert.Equal(new DateOnly(2021, 11, 17), versions[0].DipaDate);
        Assert.Equal(new Rupiah(3_178_163_000), versions[0].StatedCeiling);
        Assert.Empty(versions[0].Lines);
        Assert.Equal("Revisi ke-1", versions[1].Label);
        Assert.Equal(versions[0].Id, versions[1].PreviousVersionId);
        Assert.Equal(new Rupiah(4_451_669_000), versions[1].StatedCeiling);
        Assert.Equal(new Rupiah(4_423_935_000), Rupiah.Sum(versions[1].Programs.Select(p => p.StatedTotal!.Value)));
        Assert.Contains(BudgetChecks.Run(versions[1]), f => f.Code == BudgetChecks.CeilingMismatch);
    }

    [Fact]
    public void A_missing_kro_row_is_added_so_that_the_output_fits_the_tree()
    {
        var document = RkaReaderTests.Import(Rka2022.Text);
        var findings = new List<ImportFinding>();

        var version = Assert.Single(BudgetMapper.ToVersions(document.Budget!, WorkUnit, new FiscalYear(2022), findings));

        Assert.Contains(findings, f => f.Code == "BUDGET_OUTPUT_CLASS_ADDED");
        Assert.NotNull(version.Find(BudgetCode.Parse("4412.EBB")));
        Assert.Equal(new Rupiah(1_500_000), version.Total);
        Assert.Empty(BudgetChecks.Run(version));
    }

    [Fact]
    public void Rule_violations_become_findings_on_their_lines()
    {
        var budget = new ImportedBudget();
        budget.Lines.Add(new ImportedBudgetLine { Code = "3355", Title = "Kegiatan tanpa program", Line = 7 });
        budget.Lines.Add(new ImportedBudgetLine { Code = "076.01.01", Title = "Program", Baseline = new Rupiah(5), Line = 8 });
        budget.Lines.Add(new ImportedBudgetLine { Code = "076.01.01", Title = "Program lagi", Line = 9 });
        budget.Lines.Add(new ImportedBudgetLine { Code = "3356", Title = " ", ParentCode = "076.01.01", Line = 10 });
        budget.Lines.Add(new ImportedBudgetLine { Code = "3357.001", Title = "Output yatim", ParentCode = "3357", Line = 11 });
        budget.Lines.Add(new ImportedBudgetLine { Code = "ABC", Title = "Bukan kode", Line = 12 });
        var findings = new List<ImportFinding>();

        var version = Assert.Single(BudgetMapper.ToVersions(budget, WorkUnit, new FiscalYear(2020), findings));

        Assert.Equal(
            [("BUDGET_TREE", 7), ("BUDGET_CODE_DUPLICATE", 9), ("BUDGET_LINE_INVALID", 10), ("BUDGET_PARENT_MISSING", 11), ("BUDGET_CODE_INVALID", 12)],
            findings.Select(f => (f.Code, f.Line)));
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Single(version.Lines);
    }
}
