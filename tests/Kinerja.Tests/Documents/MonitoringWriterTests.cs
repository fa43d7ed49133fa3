using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Kinerja.Demo;
using Kinerja.Documents;
using Kinerja.Documents.Official;
using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Monitoring;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Kinerja.Tests.Documents;

/// <summary>
/// The demo's quarter mapped to the monitoring documents (<see cref="MonitoringDocuments"/>) and written through the one
/// switch (<see cref="DocumentWriter"/>) without a browser: the direct PDF, XLSX and DOCX say what the quarter view says.
/// </summary>
public sealed class MonitoringWriterTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_quarter_maps_to_both_documents_and_every_format_is_written_directly(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        QuarterView view;
        await using (var db = database.Context())
        {
            await DemoData.LoadAsync(db);
            var lebak = await db.WorkUnits.SingleAsync(w => w.Name == "KPU Kabupaten Lebak");
            view = (await QuarterView.LoadAsync(db, lebak.Id, new FiscalYear(2026), 4, CancellationToken.None))!;
        }

        var report = MonitoringDocuments.Report(view, new DateOnly(2027, 1, 5));
        var lkj = MonitoringDocuments.Lkj(view, view.Sections[0], new DateOnly(2027, 1, 5));

        // The sources carry the view's own figures: totals, NKA at TW IV, every indicator's rounded capaian.
        Assert.Equal(view.Ceiling.Value, report.Total.Ceiling);
        Assert.Equal(view.RealisedToDate.Value, report.Months[^1].CumulativeRealised);
        Assert.Equal(view.Nka!.Score, report.Nka!.Score);
        Assert.Equal(view.Indicators.Select(r => r.ToDate.Percent), report.Entities.SelectMany(e => e.Indicators).Select(i => i.Capaian.Percent));
        Assert.Equal(view.Sections[0].Rows.Count, lkj.Goals.Sum(g => g.Indicators.Count));
        Assert.Contains(report.Warnings, w => w.Code == "EW_ABSORPTION_BEHIND");

        await using var writer = new DocumentWriter(chromium: null);
        var nka = IdFormat.Number(Achievement.Round(view.Nka.Score));
        var pdf = Pdf(await WriteAsync(writer, report, OutputFormat.Pdf));
        Assert.Contains("LAPORAN MONITORING DAN EVALUASI", pdf, StringComparison.Ordinal);
        Assert.Contains("Nilai Kinerja Anggaran (NKA) " + nka, pdf, StringComparison.Ordinal);
        Assert.Contains("Grafik 1. Kurva S", pdf, StringComparison.Ordinal);
        Assert.Contains(lkj.Title.ToUpperInvariant(), Pdf(await WriteAsync(writer, lkj, OutputFormat.Pdf)), StringComparison.Ordinal);

        using (var book = new XLWorkbook(new MemoryStream(await WriteAsync(writer, report, OutputFormat.Xlsx))))
        {
            Assert.Equal((double)Achievement.Round(view.Nka.Score), book.Worksheet(1).CellsUsed().Single(c => c.GetString() == "Nilai Kinerja Anggaran (NKA)").CellRight().GetDouble());
        }

        using (var book = new XLWorkbook(new MemoryStream(await WriteAsync(writer, lkj, OutputFormat.Xlsx))))
        {
            Assert.Equal((double)view.Ceiling.Value, book.Worksheet(1).CellsUsed().Single(c => c.GetString() == "Pagu (Rp)").CellRight().GetDouble());
        }

        Assert.DoesNotContain("EW_ABSORPTION_BEHIND", Word(await WriteAsync(writer, report, OutputFormat.Docx)), StringComparison.Ordinal);
        Assert.Contains(IdFormat.Whole(view.Ceiling.Value), Word(await WriteAsync(writer, lkj, OutputFormat.Docx)), StringComparison.Ordinal);
        Assert.Contains("<svg", System.Text.Encoding.UTF8.GetString(await WriteAsync(writer, report, OutputFormat.Html)), StringComparison.Ordinal);
    }

    private static async Task<byte[]> WriteAsync(DocumentWriter writer, object source, OutputFormat format)
    {
        using var output = new MemoryStream();
        await writer.WriteAsync(source, format, DocumentOptions.Default, output);
        return output.ToArray();
    }

    private static string Pdf(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return string.Join('\n', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }

    private static string Word(byte[] bytes)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return word.MainDocumentPart!.Document.Body!.InnerText;
    }
}
