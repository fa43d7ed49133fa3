using Kinerja.Documents.Import;
using Kinerja.Documents.Import.Budget;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Tests.Import.Budget;

public sealed class DipaNarrativeReaderTests
{
    [Fact]
    public void Seed_003_states_the_dipa_its_revision_and_two_programs()
    {
        var context = new ImportContext(Seeds.Source("003"));

        DipaNarrativeReader.Read(context);

        var budget = context.Document.Budget!;
        Assert.Equal("SP DIPA 076.01.2.658021/2022", budget.DipaNumber);
        Assert.Equal(new DateOnly(2021, 11, 17), budget.DipaDate);
        Assert.Collection(
            budget.Revisions,
            original =>
            {
                Assert.Equal("DIPA Awal", original.Label);
                Assert.Equal(new Rupiah(3_178_163_000), original.Ceiling);
                Assert.Equal("SP DIPA 076.01.2.658021/2022", original.DipaNumber);
                Assert.Equal(new DateOnly(2021, 11, 17), original.DipaDate);
            },
            revision =>
            {
                Assert.Equal("Revisi ke-1", revision.Label);
                Assert.Equal(new Rupiah(4_451_669_000), revision.Ceiling);
            });
        Assert.Equal(["076.01.CQ", "076.01.WA"], budget.Lines.Select(l => l.Code));
        Assert.Equal([new Rupiah(1_646_458_000), new Rupiah(2_777_477_000)], budget.Lines.Select(l => l.StatedTotal!.Value));
        Assert.All(budget.Lines, l => Assert.Null(l.ParentCode));
        Assert.Equal("Program Dukungan Manajemen", budget.Lines[1].Title);
        Assert.StartsWith("Program Penyelenggaraan Pemilu", budget.Lines[0].Title, StringComparison.Ordinal);
        Assert.All(budget.Lines, l => Assert.Equal(LineUse.Used, context.Ledger.UseOf(context.Lines[l.Line - 1]).Use));
    }

    [Fact]
    public void Seed_003_programs_do_not_add_up_to_the_revised_pagu()
    {
        var context = new ImportContext(Seeds.Source("003"));

        DipaNarrativeReader.Read(context);

        var finding = Assert.Single(context.Document.Findings, f => f.Code == "DIPA_PAGU_MISMATCH");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("Rp 4.423.935.000", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Rp 4.451.669.000", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Rp 27.734.000", finding.Message, StringComparison.Ordinal);
        Assert.True(finding.Line > 0);
    }

    [Fact]
    public void A_printed_revision_number_and_its_own_dipa_are_kept()
    {
        var context = Context(
            "Pagu anggaran sebesar Rp 2.000.000.000 menurut DIPA Nomor SP DIPA-076.01.2.123456/2023 tanggal 30 November 2022, revisi ke-2 dengan SP DIPA-076.01.2.123456/2023 tgl 3 Mei 2023 menjadi Rp 2.500.000.000.",
            "Pagu tersebut untuk 2 program, yaitu Program Dukungan Manajemen (076.01.WA) sebesar Rp 2.000.000.000,- dan Program Penyelenggaraan Pemilu (076.01.CQ) sebesar Rp 500.000.000,-");

        DipaNarrativeReader.Read(context);

        var budget = context.Document.Budget!;
        Assert.Equal(["DIPA Awal", "Revisi ke-2"], budget.Revisions.Select(r => r.Label));
        Assert.Equal(new Rupiah(2_500_000_000), budget.Revisions[1].Ceiling);
        Assert.Equal(new DateOnly(2022, 11, 30), budget.Revisions[0].DipaDate);
        Assert.Equal(new DateOnly(2023, 5, 3), budget.Revisions[1].DipaDate);
        Assert.Equal(["Program Dukungan Manajemen", "Program Penyelenggaraan Pemilu"], budget.Lines.Select(l => l.Title));
        Assert.Equal([new Rupiah(2_000_000_000), new Rupiah(500_000_000)], budget.Lines.Select(l => l.StatedTotal!.Value));
        Assert.DoesNotContain(context.Document.Findings, f => f.Code is "DIPA_PAGU_MISMATCH" or "DIPA_PAGU_CONFLICT");
    }

    [Fact]
    public void Revisions_as_actions_in_a_table_are_no_pagu()
    {
        var context = new ImportContext(Seeds.Source("002"));

        DipaNarrativeReader.Read(context);

        Assert.Null(context.Document.Budget);
    }

    private static ImportContext Context(params string[] lines) =>
        new(SourceText.FromText("narasi.txt", string.Join('\n', lines)));
}
