using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Docx;
using Kinerja.Documents.Official.Html;
using Kinerja.Documents.Official.Pdf;
using Kinerja.Documents.Official.Xlsx;

namespace Kinerja.Documents.Tests.Official;

/// <summary>The monitoring documents as XLSX (cells read back with ClosedXML) and DOCX (tables read back with OpenXML).</summary>
public sealed class MonitoringOfficeTests
{
    [Fact]
    public void The_LKj_workbook_has_one_row_per_indicator_with_its_capaian_and_the_budget_as_numbers()
    {
        using var book = Workbook(stream => XlsxRenderer.Write(MonitoringSamples.Lkj(), DocumentOptions.Default, stream));
        var sheet = book.Worksheet(1);

        // Numbers are numbers with a format (a verifier sums and sorts them); blank and n/a stay what they say.
        Assert.Equal(["1.1", MonitoringSamples.Disputes, "7", "6.5 #,##0.0", "1.0714 #,##0.00%", "Sangat Baik"], Row(sheet, MonitoringSamples.Disputes, 6));
        Assert.Equal(["1.2", MonitoringSamples.Turnout, "77,5%", "n/a", "n/a", "–"], Row(sheet, MonitoringSamples.Turnout, 6));
        Assert.Equal(["2.1", MonitoringSamples.Archive, "100%", "belum dilaporkan", "belum dilaporkan", "–"], Row(sheet, MonitoringSamples.Archive, 6));
        var ceiling = sheet.CellsUsed().Single(c => c.GetString() == "Pagu (Rp)").CellRight();
        Assert.Equal(XLDataType.Number, ceiling.DataType);
        Assert.Equal(1_186_691_000d, ceiling.GetDouble());
        Assert.Equal("0.843 #,##0.0%", Shown(sheet.CellsUsed().Single(c => c.GetString() == "Penyerapan").CellRight()));
        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "CAPAIAN KINERJA KPU KOTA SERANG TAHUN 2026");
        var name = sheet.CellsUsed().Single(c => c.GetString() == "Wahyu Hidayat");
        Assert.Equal("NIP. 19700101 199501 1 001", name.CellBelow().GetString());
        Assert.Equal("Serang, 5 Januari 2027", sheet.CellsUsed().Single(c => c.GetString().StartsWith("Serang, ", StringComparison.Ordinal)).GetString());
    }

    [Fact]
    public void The_report_workbook_carries_indicators_actions_budget_NKA_and_the_charts_numbers()
    {
        using var book = Workbook(stream => XlsxRenderer.Write(MonitoringSamples.Report(), new DocumentOptions(PaperSize.F4), stream));
        var sheet = book.Worksheet(1);

        Assert.Equal(
            ["1.1", MonitoringSamples.Archive, "100%", "belum dilaporkan", "belum dilaporkan", "belum dilaporkan", "–", "Penataan ruang arsip tertunda.", "Pengadaan rak arsip pada triwulan berikutnya."],
            Row(sheet, MonitoringSamples.Archive, 9));
        Assert.Equal(["1.1", MonitoringSamples.Disputes, "7", "1", "6,5", "1.0714 #,##0.00%", "Sangat Baik", "–", "–"], Row(sheet, MonitoringSamples.Disputes, 9));
        Assert.Equal(["1.3", "Persentase tahapan sesuai jadwal", "100%", "0.975 #,##0.0%", "0.975 #,##0.0%", "0.975 #,##0.0%", "Sangat Baik", "–", "–"], Row(sheet, "Persentase tahapan sesuai jadwal", 9));
        Assert.Equal("belum dilaporkan", sheet.CellsUsed().Single(c => c.GetString() == "Penatausahaan BMN").CellRight().CellRight().GetString());
        var total = sheet.CellsUsed().Single(c => c.GetString() == "Jumlah");
        Assert.Equal(1_186_691_000d, total.CellRight().GetDouble());
        Assert.Equal("0.6472 #,##0.00%", Shown(total.CellRight(4)));
        Assert.Equal("79.87 #,##0.00", Shown(sheet.CellsUsed().Single(c => c.GetString() == "Nilai Kinerja Anggaran (NKA)").CellRight()));

        // The S-curve's numbers, month by month, and the capaian chart's.
        var december = sheet.CellsUsed().Single(c => c.GetString() == "Desember");
        Assert.Equal(1_176_000_000d, december.CellRight().GetDouble());
        Assert.Equal(1_080_000_000d, december.CellRight(2).GetDouble());
        Assert.Equal("1.0714 #,##0.00%", Shown(sheet.CellsUsed().Single(c => c.GetString() == "KPU 1.1").CellRight(2)));
        Assert.Equal("n/a", sheet.CellsUsed().Single(c => c.GetString() == "KPU 1.2").CellRight(2).GetString());
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "Persentase arsip yang tertata: Realisasi TW belum dilaporkan.");
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.GetString().Contains("EW_", StringComparison.Ordinal));
        Assert.Equal("NIP. 19700101 199501 1 002", sheet.CellsUsed().Single(c => c.GetString() == "Yusuf Hamdani").CellBelow().GetString());
        Assert.Equal(XLPaperSize.FolioPaper, sheet.PageSetup.PaperSize);
    }

    [Fact]
    public void The_LKj_in_Word_is_a_valid_file_with_the_table_and_the_budget()
    {
        var bytes = Render(stream => DocxRenderer.Write(MonitoringSamples.Lkj(), DocumentOptions.Default, stream));
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2010).Validate(word));
        var tables = word.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        Assert.Equal(["1.1", MonitoringSamples.Disputes, "7", "6,5", "107,14%", "Sangat Baik"], RowOf(tables[0], MonitoringSamples.Disputes));
        Assert.Equal(["2.1", MonitoringSamples.Archive, "100%", "belum dilaporkan", "belum dilaporkan", "–"], RowOf(tables[0], MonitoringSamples.Archive));
        Assert.Equal(["1.2", MonitoringSamples.Turnout, "77,5%", "n/a", "n/a", "–"], RowOf(tables[0], MonitoringSamples.Turnout));
        Assert.NotNull(tables[0].Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(["1.186.691.000", "1.000.000.000", "84,3%"], Texts(tables[1].Elements<TableRow>().Last()));
        Assert.Contains("CAPAIAN KINERJA KPU KOTA SERANG TAHUN 2026", word.MainDocumentPart.Document.Body.InnerText, StringComparison.Ordinal);
        var lines = word.MainDocumentPart.Document.Body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["Serang, 5 Januari 2027", "Ketua KPU Kota Serang", "", "", "", "Wahyu Hidayat", "NIP. 19700101 199501 1 001"], lines[^7..]);
    }

    [Fact]
    public void The_report_in_Word_is_a_valid_file_with_every_part_and_the_charts_as_tables()
    {
        var bytes = Render(stream => DocxRenderer.Write(MonitoringSamples.Report(2), DocumentOptions.Default, stream));
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2010).Validate(word));
        var body = word.MainDocumentPart!.Document.Body!;
        var tables = body.Elements<Table>().ToList();
        var rows = tables.SelectMany(t => t.Elements<TableRow>()).Select(Texts).ToList();
        Assert.Contains(["1.1", MonitoringSamples.Disputes, "7", "1", "6,5", "107,14%", "Sangat Baik", "–", "–"], rows);
        Assert.Contains(["Juni", "588.000.000", "540.000.000"], rows);
        Assert.Contains(["Juli", "686.000.000", "–"], rows);
        Assert.Contains(["KPU 1.2", MonitoringSamples.Turnout, "n/a"], rows);
        Assert.Contains(["", "Jumlah", "1.186.691.000", "820.000.000", "768.000.000", "64,72%"], rows);
        Assert.Contains(["Nilai Kinerja Anggaran (NKA)", "dihitung pada TW IV"], rows);
        Assert.Contains(["2", "Penatausahaan BMN", "4 lap", "belum dilaporkan"], rows);
        var text = body.InnerText;
        Assert.Contains("LAPORAN MONITORING DAN EVALUASI", text, StringComparison.Ordinal);
        Assert.Contains("TRIWULAN II TAHUN 2026", text, StringComparison.Ordinal);
        Assert.Contains("Grafik 1. Kurva S", text, StringComparison.Ordinal);
        Assert.Contains("Persentase arsip yang tertata: Realisasi TW belum dilaporkan.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("EW_NOT_REPORTED", text, StringComparison.Ordinal);
        Assert.Contains("Yusuf HamdaniNIP. 19700101 199501 1 002", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quarter_with_nothing_reported_and_no_budget_is_written_in_every_format()
    {
        var empty = MonitoringSamples.Report(1) with { Entities = [], Budget = [], Total = new("", "Jumlah", 0, 0, 0, null), Consistency = null, Months = [.. Enumerable.Range(1, 12).Select(m => new Kinerja.Documents.Official.Monitoring.MonthPoint(m, 0, null))], Warnings = [] };

        var html = HtmlRenderer.Render(empty, DocumentOptions.Default);
        var pdf = DirectPdf.Render(empty, DocumentOptions.Default);
        using var book = Workbook(stream => XlsxRenderer.Write(empty, DocumentOptions.Default, stream));
        var word = Render(stream => DocxRenderer.Write(empty, DocumentOptions.Default, stream));

        Assert.Contains("Tidak ada peringatan dini.", html, StringComparison.Ordinal);
        Assert.Contains(">1</text>", html, StringComparison.Ordinal);
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Contains("Tidak ada peringatan dini.", string.Join(' ', read.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), StringComparison.Ordinal);
        Assert.Contains(book.Worksheet(1).CellsUsed(), c => c.GetString() == "Tidak ada peringatan dini.");
        using var document = WordprocessingDocument.Open(new MemoryStream(word), false);
        Assert.Contains("Tidak ada peringatan dini.", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    private static XLWorkbook Workbook(Action<Stream> write) => new(new MemoryStream(Render(write)));

    private static byte[] Render(Action<Stream> write)
    {
        using var output = new MemoryStream();
        write(output);
        return output.ToArray();
    }

    /// <summary>The texts of the first row whose second cell is <paramref name="text"/> (the indicator table comes before the chart numbers).</summary>
    private static List<string> Row(IXLWorksheet sheet, string text, int columns)
    {
        var cell = sheet.CellsUsed().First(c => c.Address.ColumnNumber == 2 && c.GetString() == text);
        return [.. Enumerable.Range(1, columns).Select(c => Shown(sheet.Cell(cell.Address.RowNumber, c)))];
    }

    /// <summary>A text cell's text; a number cell's value and number format ("1.0714 #,##0.00%"), so a number stored as text fails.</summary>
    private static string Shown(IXLCell cell) => cell.DataType == XLDataType.Number
        ? cell.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + cell.Style.NumberFormat.Format
        : cell.GetString();

    private static List<string> RowOf(Table table, string text) =>
        Texts(table.Elements<TableRow>().Single(r => r.Elements<TableCell>().Any(c => c.InnerText == text)));

    private static List<string> Texts(TableRow row) => [.. row.Elements<TableCell>().Select(c => c.InnerText)];
}
