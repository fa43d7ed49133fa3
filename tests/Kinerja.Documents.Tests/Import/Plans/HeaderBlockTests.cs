using Kinerja.Documents.Import;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Tests.Import.Plans;

/// <summary>The header block between a plan's title and its table is header in every layout the seeds show, never table rows.</summary>
public sealed class HeaderBlockTests
{
    private const string SeedBlock = "Nama/Unit Organisasi\nTahun Anggaran\n\n: KPU KOTA PONTIANAK\n: 2023\n";

    public static TheoryData<string, string> Layouts() => new()
    {
        { "labels and values on separate lines (the seed)", SeedBlock },
        { "label and value on one line", "Unit Organisasi : KPU KOTA PONTIANAK\nTahun : 2023\n" },
        { "two columns, the colon with the value", "Unit Organisasi\t: KPU KOTA PONTIANAK\nTahun\t: 2023\n" },
        { "two columns, the colon with the label", "Unit Organisasi :\tKPU KOTA PONTIANAK\nTahun :\t2023\n" },
        { "three columns, the colon alone", "Nama/Unit Organisasi\t:\tKPU KOTA PONTIANAK\nTahun Anggaran\t:\t2023\n" },
        { "two columns without colons", "Unit Organisasi\tKPU KOTA PONTIANAK\nTahun Anggaran\t2023\n" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_header_block_names_the_unit_and_year_and_the_plan_imports_without_errors(string layout, string block)
    {
        var text = File.ReadAllText(Seeds.Path("004")).Replace(SeedBlock, block, StringComparison.Ordinal);
        Assert.Contains(block, text, StringComparison.Ordinal);

        var document = DocumentImporter.Import(SourceText.FromText("rkt.txt", text));

        Assert.False(document.HasErrors, layout + ": " + string.Join("\n", document.Findings.Where(f => f.Severity == Severity.Error)));
        Assert.DoesNotContain(document.Findings, f => f.Code == "TABLE_WITHOUT_HEADER");
        Assert.Equal((DocumentKind.Rkt, 2023, "KPU Kota Pontianak"), (document.Kind, document.Year, document.WorkUnit?.Name));
        Assert.Equal(DocumentImporter.Import(Seeds.Source("004")).Plans[0].Indicators.Count(), document.Plans[0].Indicators.Count());
        Assert.Equal(0, document.Lines.Unaccounted);
    }

    [Fact]
    public void A_title_without_the_unit_takes_it_from_the_header_block_in_two_columns()
    {
        var text = File.ReadAllText(Seeds.Path("004"))
            .Replace("KOMISI PEMILIHAN UMUM\nKOTA PONTIANAK\n", string.Empty, StringComparison.Ordinal)
            .Replace(SeedBlock, "Unit Organisasi\t: KPU Kota Pontianak\nTahun\t: 2023\n", StringComparison.Ordinal);

        var document = DocumentImporter.Import(SourceText.FromText("rkt.txt", text));

        Assert.Equal("KPU Kota Pontianak", document.WorkUnit?.Name);
        Assert.False(document.HasErrors);
    }
}
