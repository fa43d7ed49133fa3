using Kinerja.Documents.Official.Pdf;

namespace Kinerja.Documents;

/// <summary>The process's one warm Chromium, started on the first PDF asked for and closed with the app.</summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private readonly Lazy<Task<ChromiumPdf>> _chromium = new(() => ChromiumPdf.StartAsync(2));

    public Task<ChromiumPdf> ChromiumAsync() => _chromium.Value;

    public async ValueTask DisposeAsync()
    {
        if (_chromium.IsValueCreated)
        {
            await (await _chromium.Value).DisposeAsync();
        }
    }
}
