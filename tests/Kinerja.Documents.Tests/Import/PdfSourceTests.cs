using System.Text;
using Kinerja.Documents.Import;
using Kinerja.Documents.Import.Pdf;
using static Kinerja.Documents.Tests.Import.TestDocuments;

namespace Kinerja.Documents.Tests.Import;

public sealed class PdfSourceTests
{
    internal static readonly double[] Widths = [20, 110, 110, 40, 130, 22, 22, 22, 22, 60, 80];

    internal static readonly string[][] Header =
    [
        ["No", "Sasaran", "Indikator Kinerja", "Target", "Aksi", "Rencana Pelaksanaan", SpanLeft, SpanLeft, SpanLeft, "Pagu Anggaran", "Pelaksana"],
        [SpanUp, SpanUp, SpanUp, SpanUp, SpanUp, "T1", "T2", "T3", "T4", SpanUp, SpanUp],
    ];

    // Quarter marks are "v": the builder's Helvetica has no glyph for ■ or √.
    internal static readonly string[][] Body =
    [
        ["1", "Terwujudnya Dukungan Logistik dalam Penyelenggaraan Pemilu dan Pemilihan", "Persentase fasilitasi logistik tepat waktu", "100%", "Evaluasi dan Dokumentasi Logistik", "v", "v", "", "", "23.134.000", "Subbag Umum dan Logistik"],
        [SpanUp, SpanUp, SpanUp, SpanUp, "Penyusunan Laporan Pemeliharaan dan Inventarisasi", "", "", "v", "v", "2.100.000", "Subbag Umum dan Logistik"],
        ["2", "Meningkatnya Kapasitas SDM yang Berkompeten", "Persentase kesesuaian kompetensi pegawai", "95%", "Tes Kompetensi Pegawai", "", "v", "", "", "1.159.691.000", "Subbag SDM"],
        ["3", "Terwujudnya Reformasi Birokrasi", "Nilai mandiri RB", "B", "Zona Integritas", "v", "v", "v", "v", "8.204.000", "Subbag SDM"],
    ];

    internal static readonly string[] Title = ["RENCANA AKSI KINERJA", "TAHUN 2021"];

    internal static readonly string[] Signature = ["Serang, 28 Januari 2021", "Kepala Bagian Keuangan, Umum dan Logistik", "Hj. Siti Aminah, S.E.", "NIP. 19710703 199903 2 007"];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_table_comes_back_with_its_cells_in_their_columns_and_its_pages(bool ruled)
    {
        var pdf = Pdf([.. Header, .. Body], Widths, headerRows: 2, rowsPerPage: 3, before: Title, after: Signature, ruled: ruled);

        var source = PdfSource.Read("rak.pdf", new MemoryStream(pdf));

        Assert.Equal(SourceFormat.Pdf, source.Format);
        var expected = new List<(int Page, string[] Cells)>();
        expected.AddRange(Title.Select(t => (1, new[] { t })));
        expected.AddRange(Header.Select(r => (1, Expected(r))));
        expected.AddRange(Body.Take(3).Select(r => (1, Expected(r))));
        expected.Add((1, [string.Empty]));
        expected.AddRange(Header.Select(r => (2, Expected(r))));
        expected.Add((2, Expected(Body[3])));
        expected.AddRange(Signature.Select(t => (2, new[] { t })));
        Assert.Equal(
            expected.Select(e => $"{e.Page}: {string.Join(" | ", e.Cells)}"),
            source.Lines.Select(l => $"{l.Page}: {string.Join(" | ", l.Cells)}"));
        Assert.Equal(Enumerable.Range(1, source.Lines.Count), source.Lines.Select(l => l.Number));
    }

    [Fact]
    public void A_wrapped_cell_is_one_cell_of_one_row()
    {
        var pdf = Pdf([.. Header, Body[0]], Widths, headerRows: 2);

        var row = PdfSource.Read("rak.pdf", new MemoryStream(pdf)).Lines[^1];

        Assert.Equal("Terwujudnya Dukungan Logistik dalam Penyelenggaraan Pemilu dan Pemilihan", row.Cell(1));
        Assert.Equal("v", row.Cell(5));
        Assert.Equal(string.Empty, row.Cell(7));
        Assert.Equal("Subbag Umum dan Logistik", row.Cell(10));
    }

    [Fact]
    public void A_page_without_letters_is_a_scan_that_needs_ocr()
    {
        var error = Assert.Throws<ImportException>(() => PdfSource.Read("scan.pdf", new MemoryStream(PdfWithoutText())));

        Assert.Equal("PDF_NO_TEXT", error.Code);
        Assert.Contains("lapisan teks", error.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[]> Unreadable()
    {
        var random = new byte[4096];
        new Random(7).NextBytes(random);
        var whole = Pdf([.. Header, .. Body], Widths, headerRows: 2);
        return new()
        {
            { "random bytes", random },
            { "empty", [] },
            { "truncated", whole[..(whole.Length / 2)] },
            { "broken structure", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n") },
        };
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void A_file_that_is_not_a_whole_pdf_is_refused_with_a_reason(string what, byte[] bytes)
    {
        var error = Assert.Throws<ImportException>(() => PdfSource.Read("rak.pdf", new MemoryStream(bytes)));

        Assert.True(error.Code == "PDF_UNREADABLE", $"{what}: {error.Code} {error.Message}");
        Assert.StartsWith("rak.pdf: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_importer_reports_a_scan_as_a_finding_instead_of_throwing()
    {
        var document = DocumentImporter.Import("scan.pdf", new MemoryStream(PdfWithoutText()));

        Assert.Contains(document.Findings, f => f.Code == "PDF_NO_TEXT");
    }
}
