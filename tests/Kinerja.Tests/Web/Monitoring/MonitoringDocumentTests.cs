using System.Net;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Kinerja.Tests.Web.Monitoring;

/// <summary>The LKj table and the monitoring report downloaded over HTTP in every format, for a demo unit on each provider.</summary>
public sealed class MonitoringDocumentTests
{
    private const string Disputes = "Jumlah sengketa proses Pemilihan yang diajukan ke Bawaslu";
    private const string Pleno = "Jumlah rapat pleno rekapitulasi daftar pemilih berkelanjutan";

    private sealed record Lebak(Guid UnitId, string Satker, Guid CommissionPk);

    private static async Task<Lebak> LebakAsync(KinerjaApp app)
    {
        await using var db = app.Database.Context();
        var unit = await db.WorkUnits.SingleAsync(w => w.Name == "KPU Kabupaten Lebak");
        var pk = await db.Plans.SingleAsync(p => p.WorkUnitId == unit.Id && p.Kind == PlanKind.Pk && p.Entity == EntityKind.Commission);
        return new Lebak(unit.Id, unit.SatkerCode!, pk.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_LKj_table_downloads_as_PDF_XLSX_and_DOCX_with_the_domains_capaian(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var lebak = await LebakAsync(app);
        using var client = app.CreateClient();
        var url = $"/Dokumen/LKj/{lebak.CommissionPk}?tw=4";

        var preview = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        foreach (var format in new[] { "pdf", "xlsx", "docx" })
        {
            Assert.Contains($"tw=4&format={format}", preview, StringComparison.Ordinal);
        }

        // Lower is better: Lebak had 1 + 2 disputes against a target of 2 perkara → 50%, Sangat Kurang.
        var name = $"lkj-2026-{lebak.Satker}-kpu-tw4";
        var pdf = await DownloadAsync(client, url + "&format=pdf", "application/pdf", name + ".pdf");
        var pdfText = PdfText(pdf);
        Assert.Contains("CAPAIAN KINERJA KPU KABUPATEN LEBAK TAHUN 2026", pdfText, StringComparison.Ordinal);
        Assert.Contains("S.D. TW IV", pdfText, StringComparison.Ordinal);
        Assert.Contains("2 perkara 3 perkara 50% Sangat Kurang", pdfText, StringComparison.Ordinal);

        var xlsx = await DownloadAsync(client, url + "&format=xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
        using var book = new XLWorkbook(new MemoryStream(xlsx));
        var row = book.Worksheet(1).CellsUsed().Single(c => c.GetString() == Disputes).WorksheetRow();
        // The target stays text (it is the PK's wording); realisation and capaian are numbers with a format.
        Assert.Equal("2 perkara", row.Cell(3).GetString());
        Assert.Equal((3d, "#,##0 \"perkara\""), (row.Cell(4).GetDouble(), row.Cell(4).Style.NumberFormat.Format));
        Assert.Equal((0.5d, "#,##0%"), (row.Cell(5).GetDouble(), row.Cell(5).Style.NumberFormat.Format));
        Assert.Equal("Sangat Kurang", row.Cell(6).GetString());

        var docx = await DownloadAsync(client, url + "&format=docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
        Assert.Contains(Disputes + "2 perkara3 perkara50%Sangat Kurang", WordText(docx), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_monitoring_report_previews_and_downloads_in_every_format_with_its_charts(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var lebak = await LebakAsync(app);
        using var client = app.CreateClient();
        var url = $"/Dokumen/Monev/{lebak.UnitId}?tahun=2026&tw=2";

        var quarter = await client.GetStringAsync(new Uri($"/Satker/{lebak.UnitId}/Monev?tahun=2026&tw=2", UriKind.Relative));
        Assert.Contains($"/Dokumen/Monev/{lebak.UnitId}?tahun=2026&tw=2&format=pdf", quarter, StringComparison.Ordinal);
        Assert.Contains($"/Dokumen/LKj/{lebak.CommissionPk}?tw=2&format=pdf", quarter, StringComparison.Ordinal);

        var html = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var page = await html.Content.ReadAsStringAsync();
        Assert.Equal(2, page.Split("<svg", StringSplitOptions.None).Length - 1);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);

        // Pleno: 1 + 1 of 4 Kali by the end of TW II → 50%, Sangat Kurang; Lebak spends behind its RPD.
        var name = $"monev-2026-tw2-{lebak.Satker}";
        var pdfText = PdfText(await DownloadAsync(client, url + "&format=pdf", "application/pdf", name + ".pdf"));
        Assert.Contains("LAPORAN MONITORING DAN EVALUASI", pdfText, StringComparison.Ordinal);
        Assert.Contains("TRIWULAN II TAHUN 2026", pdfText, StringComparison.Ordinal);
        Assert.Contains("Grafik 1. Kurva S", pdfText, StringComparison.Ordinal);
        Assert.Contains("Grafik 2. Capaian Indikator Kinerja", pdfText, StringComparison.Ordinal);
        Assert.Contains("Jan Feb Mar", pdfText, StringComparison.Ordinal);
        Assert.DoesNotContain("EW_ABSORPTION_BEHIND", pdfText, StringComparison.Ordinal);

        var xlsx = await DownloadAsync(client, url + "&format=xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
        using var book = new XLWorkbook(new MemoryStream(xlsx));
        var row = book.Worksheet(1).CellsUsed().First(c => c.GetString() == Pleno).WorksheetRow();
        Assert.Equal((0.5d, "Sangat Kurang"), (row.Cell(6).GetDouble(), row.Cell(7).GetString()));
        Assert.Contains(book.Worksheet(1).CellsUsed(), c => c.GetString() == "Juni");

        var docx = await DownloadAsync(client, url + "&format=docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
        var word = WordText(docx);
        Assert.Contains("Grafik 1. Kurva S", word, StringComparison.Ordinal);
        Assert.Contains("Kemajuan Rencana Aksi", word, StringComparison.Ordinal);
        Assert.DoesNotContain("EW_ABSORPTION_BEHIND", word, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unknown_format_is_400_and_an_unknown_unit_plan_or_quarter_is_404(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var lebak = await LebakAsync(app);
        using var client = app.CreateClient();

        foreach (var url in new[] { $"/Dokumen/Monev/{lebak.UnitId}?tahun=2026&tw=2&format=odt", $"/Dokumen/LKj/{lebak.CommissionPk}?format=odt", $"/Dokumen/LKj/{lebak.CommissionPk}?format=1" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("Format dokumen tidak dikenal", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        foreach (var url in new[]
        {
            $"/Dokumen/Monev/{Guid.NewGuid()}?tahun=2026&tw=2&format=pdf",
            $"/Dokumen/Monev/{lebak.UnitId}?tahun=2026&tw=5",
            $"/Dokumen/Monev/{lebak.UnitId}?tahun=2026&tw=0&format=xlsx",
            $"/Dokumen/Monev/{lebak.UnitId}?tahun=1990&tw=2",
            $"/Dokumen/LKj/{Guid.NewGuid()}?format=pdf",
            $"/Dokumen/LKj/{lebak.CommissionPk}?tw=5&format=docx",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        }
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, string url, string contentType, string fileName)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join('\n', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }

    private static string WordText(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return word.MainDocumentPart!.Document.Body!.InnerText;
    }
}
