using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Kinerja.Demo;
using Kinerja.Documents;
using Kinerja.Documents.Official;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Monitoring;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Kinerja.Tests.Web.Users;

/// <summary>
/// What a user reads carries no rule code: every page of every demo unit and every document in every format, read back
/// as text (tags and their attributes dropped, so a code in a tooltip's <c>title</c> is allowed), holds nothing shaped
/// like <c>EW_INDICATOR_AT_RISK</c>; the monitoring documents carry the signature block of the entity's head.
/// </summary>
public sealed partial class ReadableTextTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task No_page_of_the_demo_shows_a_rule_code_outside_a_tooltip(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        List<string> urls = ["/?tahun=2026", "/Monev/Nasional?tahun=2026&tw=4", "/Impor"];
        await using (var db = app.Database.Context())
        {
            foreach (var unit in await db.WorkUnits.AsNoTracking().Select(w => new { w.Id, w.Level }).ToListAsync())
            {
                urls.Add($"/Satker/{unit.Id}?tahun=2026");
                urls.Add($"/Satker/{unit.Id}/Pemeriksaan?tahun=2026");
                urls.AddRange(Enumerable.Range(1, 4).Select(q => $"/Satker/{unit.Id}/Monev?tahun=2026&tw={q}"));
                urls.Add($"/Satker/{unit.Id}/Anggaran/Realisasi?tahun=2026");
                urls.Add($"/Dokumen/Monev/{unit.Id}?tahun=2026&tw=4");
                if (unit.Level == WorkUnitLevel.Province)
                {
                    urls.Add($"/Monev/Provinsi/{unit.Id}?tahun=2026&tw=4");
                }
            }

            foreach (var plan in await db.Plans.AsNoTracking().Select(p => new { p.Id, p.Kind }).ToListAsync())
            {
                urls.Add($"/Rencana/{plan.Id}");
                urls.Add($"/Dokumen/Rencana/{plan.Id}");
                if (plan.Kind == PlanKind.Pk)
                {
                    urls.Add($"/Dokumen/LKj/{plan.Id}?tw=4");
                }
            }

            urls.AddRange((await db.BudgetVersions.AsNoTracking().Select(b => b.Id).ToListAsync()).Select(id => $"/Anggaran/{id}"));
        }

        using var client = app.CreateClient();
        var shown = new List<string>();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            shown.AddRange(Codes(VisibleText(html)).Select(code => $"{url}: {code}"));
        }

        Assert.Empty(shown);
        Assert.True(urls.Count > 100, $"Only {urls.Count} pages were read.");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task No_monitoring_or_plan_document_prints_a_rule_code_and_every_monitoring_document_is_signed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var sources = new List<(string Name, object Source, string Signer, string? Nip)>();
        await using (var db = database.Context())
        {
            await DemoData.LoadAsync(db);
            foreach (var unit in await db.WorkUnits.AsNoTracking().ToListAsync())
            {
                var view = (await QuarterView.LoadAsync(db, unit.Id, DemoData.Year, 4, CancellationToken.None))!;
                var secretary = unit.HeadOf(EntityKind.Secretariat)!;
                sources.Add(($"monev {unit.Name}", MonitoringDocuments.Report(view, new DateOnly(2027, 1, 5)), secretary.Name, secretary.Nip?.Grouped));
                foreach (var section in view.Sections)
                {
                    var head = unit.HeadOf(section.Entity)!;
                    sources.Add(($"lkj {unit.Name} {section.Entity}", MonitoringDocuments.Lkj(view, section, new DateOnly(2027, 1, 5)), head.Name, head.Nip?.Grouped));
                }

                foreach (var kind in new[] { PlanKind.Rkt, PlanKind.Pk, PlanKind.Rak })
                {
                    if (await DocumentQueries.PlanAsync(db, unit, DemoData.Year, kind, EntityKind.Secretariat) is { } plan)
                    {
                        sources.Add(($"{kind} {unit.Name}", plan, string.Empty, null));
                    }
                }
            }
        }

        await using var writer = new DocumentWriter(chromium: null);
        var printed = new List<string>();
        foreach (var (name, source, signer, nip) in sources)
        {
            foreach (var format in new[] { OutputFormat.Pdf, OutputFormat.Xlsx, OutputFormat.Docx, OutputFormat.Html })
            {
                using var output = new MemoryStream();
                await writer.WriteAsync(source, format, DocumentOptions.Default, output);
                var text = format switch
                {
                    OutputFormat.Pdf => PdfText(output.ToArray()),
                    OutputFormat.Xlsx => SheetText(output.ToArray()),
                    OutputFormat.Docx => WordText(output.ToArray()),
                    _ => VisibleText(System.Text.Encoding.UTF8.GetString(output.ToArray())),
                };
                printed.AddRange(Codes(text).Select(code => $"{name} ({format}): {code}"));
                if (signer.Length > 0)
                {
                    Assert.True(text.Contains(signer, StringComparison.Ordinal), $"{name} ({format}) has no signature of {signer}.");
                    Assert.True(text.Contains("Januari 2027", StringComparison.Ordinal), $"{name} ({format}) has no signature date.");
                    Assert.True(nip is null || text.Contains("NIP. " + nip, StringComparison.Ordinal), $"{name} ({format}) has no NIP {nip}.");
                }
            }
        }

        Assert.Empty(printed);
        Assert.Contains(sources, s => s.Nip is not null);
    }

    /// <summary>What a reader sees of a page: no scripts or styles, no tags (so no attributes), entities decoded.</summary>
    internal static string VisibleText(string html)
    {
        var text = Regex.Replace(html, "<(script|style)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        return WebUtility.HtmlDecode(Regex.Replace(text, "<[^>]*>", " "));
    }

    private static IEnumerable<string> Codes(string text) => RuleCode().Matches(text).Select(m => m.Value).Distinct();

    private static string PdfText(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return string.Join('\n', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }

    private static string SheetText(byte[] bytes)
    {
        using var book = new XLWorkbook(new MemoryStream(bytes));
        return string.Join('\n', book.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));
    }

    private static string WordText(byte[] bytes)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join('\n', word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    /// <summary>A rule code: capitals joined by underscores (EW_ABSORPTION_BEHIND, CROSS_RAK_CEILING, PLAN_ACTION_NO_SCHEDULE).</summary>
    [GeneratedRegex(@"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")]
    private static partial Regex RuleCode();
}
