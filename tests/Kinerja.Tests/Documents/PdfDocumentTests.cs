using Kinerja.Demo;
using Kinerja.Documents;
using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Html;
using Kinerja.Documents.Official.Pdf;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using UglyToad.PdfPig;

namespace Kinerja.Tests.Documents;

/// <summary>The official documents printed by Chromium, read back with PdfPig.</summary>
public sealed class PdfDocumentTests
{
    [Fact]
    public async Task A_monthly_rak_prints_its_title_headers_rows_total_and_signature_on_landscape_pages()
    {
        var document = await DemoAsync(PlanKind.Rak, EntityKind.Secretariat, "KPU Kota Serang");
        await using var chromium = await ChromiumPdf.StartAsync(1);

        var pdf = await chromium.PrintAsync(HtmlRenderer.Render(document, DocumentOptions.Default));

        using var read = PdfDocument.Open(pdf);
        var page = read.GetPage(1);
        var text = string.Join(' ', read.GetPages().Select(p => p.Text));
        Assert.True(page.Width > page.Height, "landscape");
        Assert.InRange(page.Width, 840, 843);
        Assert.Contains("RENCANA AKSI KINERJA", text, StringComparison.Ordinal);
        Assert.Contains("SEKRETARIAT KPU KOTA SERANG", text, StringComparison.Ordinal);
        Assert.Contains("RENCANA PELAKSANAAN BULAN", text, StringComparison.Ordinal);
        Assert.Contains("B12", text, StringComparison.Ordinal);
        Assert.Contains("(16)", text, StringComparison.Ordinal);
        Assert.Contains(Kinerja.Domain.Common.IdFormat.Whole(document.BudgetCeilingTotal), text, StringComparison.Ordinal);
        Assert.Contains("Serang, 27 Januari 2026", text, StringComparison.Ordinal);
        Assert.Contains("NIP. " + document.Signature!.Nip, text, StringComparison.Ordinal);
        Assert.Contains("Halaman 1 dari", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task F4_paper_and_a_document_without_letterhead_print_as_asked()
    {
        var document = await DemoAsync(PlanKind.Rkt, EntityKind.Commission, "KPU Provinsi Banten");
        await using var chromium = await ChromiumPdf.StartAsync(1);

        var withKop = await chromium.PrintAsync(HtmlRenderer.Render(document, DocumentOptions.Default));
        var f4 = await chromium.PrintAsync(HtmlRenderer.Render(document, new DocumentOptions(PaperSize.F4, Letterhead: false)));

        using var a4Read = PdfDocument.Open(withKop);
        using var f4Read = PdfDocument.Open(f4);
        Assert.InRange(f4Read.GetPage(1).Width, 934, 937);
        Assert.Contains("KOMISI PEMILIHAN UMUM", a4Read.GetPage(1).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Telp.", f4Read.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_browser_is_named_with_the_package_to_install()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ChromiumPdf.StartAsync(1, "/nonexistent/chromium"));

        Assert.Contains("apt-get install chromium", error.Message, StringComparison.Ordinal);
    }

    internal static async Task<PlanDocument> DemoAsync(PlanKind kind, EntityKind entity, string unitName)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var db = database.Context();
        await DemoData.LoadAsync(db);
        var unit = (await DocumentQueries.FindUnitAsync(db, unitName))!;
        return (await DocumentQueries.PlanAsync(db, unit, DemoData.Year, kind, entity))!;
    }
}
