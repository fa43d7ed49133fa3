using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Docx;
using Kinerja.Documents.Official.Html;
using Kinerja.Documents.Official.Monitoring;
using Kinerja.Documents.Official.Pdf;
using Kinerja.Documents.Official.Xlsx;

namespace Kinerja.Documents;

/// <summary>
/// Writes a document source in a format: the one switch between the sources and the renderers. PDF goes through the
/// HTML and Chromium when a browser is given (the preview's exact layout), and is laid out directly otherwise.
/// </summary>
/// <remarks>A writer made for one request borrows the app's Chromium (<paramref name="ownsChromium"/> false) and leaves it running.</remarks>
public sealed class DocumentWriter(ChromiumPdf? chromium, bool ownsChromium = true) : IAsyncDisposable
{
    public async Task WriteAsync(object source, OutputFormat format, DocumentOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case OutputFormat.Html:
                await Write(output, Html(source, options), cancellationToken);
                break;
            case OutputFormat.Pdf when chromium is null:
                // Without a browser the PDF is laid out directly: the engine that keeps up with a batch of 550 units.
                await output.WriteAsync(source switch
                {
                    PlanDocument plan => DirectPdf.Render(plan, options),
                    RkaDocument rka => DirectPdf.Render(rka, options),
                    LkjDocument lkj => DirectPdf.Render(lkj, options),
                    MonitoringReportDocument report => DirectPdf.Render(report, options),
                    _ => throw new ArgumentException($"Bukan sumber dokumen: {source.GetType().Name}", nameof(source)),
                }, cancellationToken);
                break;
            case OutputFormat.Pdf:
                await output.WriteAsync(await chromium.PrintAsync(Html(source, options), cancellationToken), cancellationToken);
                break;
            case OutputFormat.Xlsx when source is PlanDocument plan:
                XlsxRenderer.Write(plan, options, output);
                break;
            case OutputFormat.Xlsx when source is RkaDocument rka:
                XlsxRenderer.Write(rka, options, output);
                break;
            case OutputFormat.Xlsx when source is LkjDocument lkj:
                XlsxRenderer.Write(lkj, options, output);
                break;
            case OutputFormat.Xlsx when source is MonitoringReportDocument report:
                XlsxRenderer.Write(report, options, output);
                break;
            case OutputFormat.Docx when source is PlanDocument plan:
                DocxRenderer.Write(plan, options, output);
                break;
            case OutputFormat.Docx when source is RkaDocument rka:
                DocxRenderer.Write(rka, options, output);
                break;
            case OutputFormat.Docx when source is LkjDocument lkj:
                DocxRenderer.Write(lkj, options, output);
                break;
            case OutputFormat.Docx when source is MonitoringReportDocument report:
                DocxRenderer.Write(report, options, output);
                break;
            default:
                throw new ArgumentException($"Bukan sumber dokumen: {source.GetType().Name}", nameof(source));
        }
    }

    public static string Html(object source, DocumentOptions options) => source switch
    {
        PlanDocument plan => HtmlRenderer.Render(plan, options),
        RkaDocument rka => HtmlRenderer.Render(rka, options),
        LkjDocument lkj => HtmlRenderer.Render(lkj, options),
        MonitoringReportDocument report => HtmlRenderer.Render(report, options),
        _ => throw new ArgumentException($"Bukan sumber dokumen: {source.GetType().Name}", nameof(source)),
    };

    public async ValueTask DisposeAsync()
    {
        if (chromium is not null && ownsChromium)
        {
            await chromium.DisposeAsync();
        }
    }

    private static async Task Write(Stream output, string html, CancellationToken cancellationToken)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(html);
        await output.WriteAsync(bytes, cancellationToken);
    }
}
