using System.Text;
using Kinerja.Documents.Import;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Tests.Import.Plans;

/// <summary>Whatever arrives, the importer answers with findings or a clear error: never an exception, never a silent loss.</summary>
public sealed class BrokenInputTests
{
    public static TheoryData<string, byte[]> Corpus()
    {
        var seed002 = File.ReadAllText(Seeds.Path("002"));
        var seed000 = File.ReadAllText(Seeds.Path("000"));
        var random = new Random(20261123);
        var junk = new byte[4096];
        random.NextBytes(junk);
        return new TheoryData<string, byte[]>
        {
            { "empty.txt", [] },
            { "blank.txt", Encoding.UTF8.GetBytes("\n\n   \n\t\t\n") },
            { "junk.bin", junk },
            { "junk.txt", junk },
            { "truncated-002.txt", Encoding.UTF8.GetBytes(seed002[..(seed002.Length / 3)]) },
            { "truncated-mid-row-000.txt", Encoding.UTF8.GetBytes(seed000[..2500]) },
            { "no-header-rows.txt", Encoding.UTF8.GetBytes(string.Join('\n', seed002.Split('\n').Where(l => !l.StartsWith("No\t", StringComparison.Ordinal)))) },
            { "huge-cell.txt", Encoding.UTF8.GetBytes(seed002.Replace("Operasional Kantor", new string('x', 200_000), StringComparison.Ordinal)) },
            { "latin1.txt", Encoding.Latin1.GetBytes(seed002.Replace("■", string.Empty, StringComparison.Ordinal) + "\nKeterangan: Rp 1.000.000 \u00e9") },
            { "utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(seed002)).ToArray() },
            { "letters-in-pagu.txt", Encoding.UTF8.GetBytes(seed002.Replace("29,295,000", "29,2g5,000", StringComparison.Ordinal)) },
            { "not-a-plan.txt", Encoding.UTF8.GetBytes("Surat undangan rapat\nKepada Yth. Bapak/Ibu\nDemikian.") },
            { "fake.pdf", Encoding.UTF8.GetBytes("%PDF-1.7 this is not really a pdf") },
            { "fake.docx", Encoding.UTF8.GetBytes("PK\u0003\u0004 not a zip at all") },
        };
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void A_broken_input_gives_findings_or_a_clear_error_and_accounts_for_its_lines(string name, byte[] content)
    {
        using var stream = new MemoryStream(content);

        var document = DocumentImporter.Import(name, stream);

        Assert.Equal(name, document.File);
        Assert.All(document.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
        if (document.Lines.Total > 0)
        {
            Assert.Equal(document.Lines.Total, document.Lines.Used + document.Lines.Ignored + document.Lines.Unaccounted);
            Assert.Equal(document.Lines.Unaccounted, document.Findings.Count(f => f.Code == "LINE_UNACCOUNTED"));
        }

        Assert.True(document.Findings.Count > 0 || document.Plans.Count > 0, "a document that yields nothing must say why");
    }

    [Theory]
    [InlineData("empty.txt", "DOCUMENT_EMPTY")]
    [InlineData("junk.bin", "FILE_NOT_TEXT")]
    [InlineData("not-a-plan.txt", "DOCUMENT_KIND_UNKNOWN")]
    [InlineData("letters-in-pagu.txt", "CEILING_INVALID")]
    [InlineData("huge-cell.txt", "MODEL_REFUSED")]
    public void Each_kind_of_damage_has_its_own_finding(string name, string code)
    {
        var content = (byte[])Corpus().Single(row => (string)row[0] == name)[1];
        using var stream = new MemoryStream(content);

        var document = DocumentImporter.Import(name, stream);

        Assert.Contains(document.Findings, f => f.Code == code);
    }

    [Fact]
    public void A_truncated_document_keeps_what_it_has_and_says_what_is_missing()
    {
        var text = File.ReadAllText(Seeds.Path("002"));
        var document = DocumentImporter.Import(SourceText.FromText("truncated.txt", text[..(text.Length / 2)]));

        var plan = Assert.Single(document.Plans);
        Assert.InRange(plan.Goals.Count, 5, 28);
        Assert.Contains(document.Findings, f => f.Code == "PLAN_UNSIGNED");
        Assert.False(document.HasErrors);
    }

    [Fact]
    public void Columns_in_another_order_read_the_same()
    {
        // The indicator and target columns swapped, in every row, as another office's template might have them.
        var lines = File.ReadAllText(Seeds.Path("002")).Split('\n').Select(line =>
        {
            var cells = line.Split('\t');
            if (cells.Length >= 4)
            {
                (cells[2], cells[3]) = (cells[3], cells[2]);
            }

            return string.Join('\t', cells);
        });
        var original = DocumentImporter.Import(Seeds.Source("002"));

        var shuffled = DocumentImporter.Import(SourceText.FromText("shuffled.txt", string.Join('\n', lines)));

        var (a, b) = (Assert.Single(original.Plans), Assert.Single(shuffled.Plans));
        Assert.Equal(a.Indicators.Select(i => (i.Text, i.Target)), b.Indicators.Select(i => (i.Text, i.Target)));
        Assert.Equal(a.BudgetCeilingTotal, b.BudgetCeilingTotal);
        Assert.Equal(0, shuffled.Lines.Unaccounted);
    }

    [Fact]
    public void Other_wording_and_capitalisation_of_the_headings_read_the_same()
    {
        var text = File.ReadAllText(Seeds.Path("004"))
            .Replace("Sasaran Strategis", "SASARAN", StringComparison.Ordinal)
            .Replace("Indikator Kinerja Strategis", "indikator kinerja utama", StringComparison.Ordinal)
            .Replace("Indikator Kinerja", "INDIKATOR", StringComparison.Ordinal)
            .Replace("\tTarget", "\tTARGET 2023", StringComparison.Ordinal);

        var document = DocumentImporter.Import(SourceText.FromText("reworded.txt", text));

        Assert.Equal([6, 28], document.Plans.Select(p => p.Indicators.Count()));
        Assert.Equal(0, document.Lines.Unaccounted);
        Assert.Equal(Severity.Info, document.Findings.Select(f => f.Severity).DefaultIfEmpty(Severity.Info).Max());
    }
}
