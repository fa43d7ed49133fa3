using System.Threading.Channels;
using Microsoft.Playwright;

namespace Kinerja.Documents.Official.Pdf;

/// <summary>
/// Prints HTML to PDF with Debian's Chromium, driven by Playwright: one warm browser per process and a small pool of
/// pages reused from document to document, so a document costs a print, not a browser start.
/// </summary>
public sealed class ChromiumPdf : IAsyncDisposable
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    // The machine's network is closed: without these Chromium keeps trying to reach Google's services.
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions", "--disable-default-apps",
        "--font-render-hinting=none",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly Channel<IPage> _pages;

    private ChromiumPdf(IPlaywright playwright, IBrowser browser, Channel<IPage> pages)
    {
        _playwright = playwright;
        _browser = browser;
        _pages = pages;
    }

    /// <summary>Starts the browser with <paramref name="pages"/> pages (how many documents may print at once).</summary>
    public static async Task<ChromiumPdf> StartAsync(int pages = 2, string? executable = null)
    {
        var path = executable ?? Environment.GetEnvironmentVariable("KINERJA_CHROMIUM") ?? DefaultExecutable;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium tidak ditemukan di {path}. PDF dicetak dengan Chromium: pasang paket Debian 'chromium' (apt-get install chromium), atau tunjuk lokasinya dengan KINERJA_CHROMIUM.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true, Args = Flags });
            var channel = Channel.CreateBounded<IPage>(Math.Max(1, pages));
            for (var i = 0; i < Math.Max(1, pages); i++)
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = false });
                await channel.Writer.WriteAsync(page);
            }

            return new ChromiumPdf(playwright, browser, channel);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>The PDF of a self-contained HTML document; the page size comes from its CSS @page rule, page numbers go in the footer.</summary>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var page = await _pages.Reader.ReadAsync(cancellationToken);
        try
        {
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            return await page.PdfAsync(new PagePdfOptions
            {
                PreferCSSPageSize = true,
                PrintBackground = true,

                // A tagged (accessible) PDF costs Chromium about 40% more time; these are print documents.
                Tagged = false,
                Outline = false,
            });
        }
        finally
        {
            await _pages.Writer.WriteAsync(page, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
