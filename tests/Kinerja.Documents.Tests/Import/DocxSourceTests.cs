using System.IO.Compression;
using Kinerja.Documents.Import;
using Kinerja.Documents.Import.Docx;
using static Kinerja.Documents.Tests.Import.TestDocuments;

namespace Kinerja.Documents.Tests.Import;

public sealed class DocxSourceTests
{
    [Fact]
    public void Paragraphs_and_table_rows_come_back_in_order_with_merged_cells_kept_aligned()
    {
        var docx = Docx([.. PdfSourceTests.Header, .. PdfSourceTests.Body], headerRows: 2, before: PdfSourceTests.Title, after: [PageBreak, .. PdfSourceTests.Signature]);

        var source = DocxSource.Read("rak.docx", new MemoryStream(docx));

        Assert.Equal(SourceFormat.Docx, source.Format);
        var expected = new List<(int Page, string[] Cells)>();
        expected.AddRange(PdfSourceTests.Title.Select(t => (1, new[] { t })));
        expected.AddRange(PdfSourceTests.Header.Concat(PdfSourceTests.Body).Select(r => (1, Expected(r))));
        expected.Add((2, [string.Empty]));
        expected.AddRange(PdfSourceTests.Signature.Select(t => (2, new[] { t })));
        Assert.Equal(
            expected.Select(e => $"{e.Page}: {string.Join(" | ", e.Cells)}"),
            source.Lines.Select(l => $"{l.Page}: {string.Join(" | ", l.Cells)}"));
        Assert.All(source.Lines.Where(l => l.IsTableRow), l => Assert.Equal(11, l.Cells.Count));
    }

    [Fact]
    public void A_merged_header_cell_is_followed_by_empty_cells_and_a_merged_goal_is_empty_below()
    {
        var docx = Docx([.. PdfSourceTests.Header, .. PdfSourceTests.Body], headerRows: 2);

        var lines = DocxSource.Read("rak.docx", new MemoryStream(docx)).Lines;

        Assert.Equal(["Rencana Pelaksanaan", "", "", ""], lines[0].Cells.Skip(5).Take(4));
        Assert.Equal("Pagu Anggaran", lines[0].Cell(9));
        Assert.Equal(["", "", "", "", "Penyusunan Laporan Pemeliharaan dan Inventarisasi"], lines[3].Cells.Take(5));
    }

    public static TheoryData<string, byte[]> NotWord()
    {
        var random = new byte[2048];
        new Random(11).NextBytes(random);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("notes.txt").Open());
            writer.Write("bukan dokumen Word");
        }

        var docx = Docx([.. PdfSourceTests.Header, .. PdfSourceTests.Body]);
        return new()
        {
            { "random bytes", random },
            { "zip without a document", zip.ToArray() },
            { "truncated", docx[..(docx.Length / 2)] },
            { "empty", [] },
        };
    }

    [Theory]
    [MemberData(nameof(NotWord))]
    public void A_file_that_is_not_a_word_document_is_refused_with_a_reason(string what, byte[] bytes)
    {
        var error = Assert.Throws<ImportException>(() => DocxSource.Read("rak.docx", new MemoryStream(bytes)));

        Assert.True(error.Code == "DOCX_UNREADABLE", $"{what}: {error.Code} {error.Message}");
        Assert.StartsWith("rak.docx: ", error.Message, StringComparison.Ordinal);
    }
}
