using Kinerja.Data;
using Kinerja.Documents;
using Kinerja.Documents.Official;
using Kinerja.Domain.Organisation;
using Kinerja.Planning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages.Documents;

/// <summary>A plan's official document: the HTML preview, or a download as PDF, XLSX or DOCX (<c>?format=</c>, <c>&amp;paper=f4</c>, <c>&amp;kop=0</c>).</summary>
public sealed class PlanModel(KinerjaDbContext db, PdfPrinter printer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? format, string? paper, int? kop, CancellationToken cancellationToken)
    {
        var plan = await PlanQueries.FindAsync(db, id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        var unit = await db.WorkUnits.AsNoTracking().SingleAsync(w => w.Id == plan.WorkUnitId, cancellationToken);
        var document = await DocumentQueries.PlanAsync(db, unit, plan.Year, plan.Kind, plan.Entity, cancellationToken);
        var options = new DocumentOptions(string.Equals(paper, "f4", StringComparison.OrdinalIgnoreCase) ? PaperSize.F4 : PaperSize.A4, kop != 0);
        var name = $"{PlanLabels.Kind(plan.Kind).ToLowerInvariant()}-{plan.Year}-{unit.SatkerCode ?? "satker"}-{(plan.Entity == EntityKind.Commission ? "kpu" : "sekretariat")}";
        return await DocumentResults.FileAsync(document!, format, options, name, printer, cancellationToken);
    }
}

/// <summary>The answer to a document request in the asked format.</summary>
public static class DocumentResults
{
    public static async Task<IActionResult> FileAsync(object source, string? format, DocumentOptions options, string name, PdfPrinter printer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(printer);
        if (format is null || string.Equals(format, "html", StringComparison.OrdinalIgnoreCase))
        {
            return new PreviewResult(DocumentWriter.Html(source, options));
        }

        // Names only: Enum.TryParse would also take "1" or "7" for a format.
        if (!format.All(char.IsAsciiLetter) || !Enum.TryParse<OutputFormat>(format, ignoreCase: true, out var output))
        {
            return new BadRequestObjectResult("Format dokumen tidak dikenal: gunakan html, pdf, xlsx atau docx.");
        }

        await using var writer = new DocumentWriter(output == OutputFormat.Pdf ? await printer.ChromiumAsync() : null, ownsChromium: false);
        using var memory = new MemoryStream();
        await writer.WriteAsync(source, output, options, memory, cancellationToken);
        var type = output switch
        {
            OutputFormat.Pdf => "application/pdf",
            OutputFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        };
        return new FileContentResult(memory.ToArray(), type) { FileDownloadName = $"{name}.{output.ToString().ToLowerInvariant()}" };
    }

    /// <summary>The document's HTML with a policy that allows its own inline stylesheet and nothing else.</summary>
    private sealed class PreviewResult : ContentResult
    {
        public PreviewResult(string html)
        {
            Content = html;
            ContentType = "text/html; charset=utf-8";
        }

        public override Task ExecuteResultAsync(ActionContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            context.HttpContext.Response.Headers.ContentSecurityPolicy = Access.SecurityHeaders.PolicyForDocument(Content!);
            return base.ExecuteResultAsync(context);
        }
    }
}
