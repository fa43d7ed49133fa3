using System.Collections.Concurrent;
using Kinerja.Documents.Official.Pdf;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests.Harness;

/// <summary>Every browser test class joins this collection: one Chromium and one shared app per provider for the whole run.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHarness>
{
    public const string Name = "browser";
}

/// <summary>
/// One headless Debian Chromium for the test run (never <c>playwright install</c>), and the apps the tests open pages of:
/// <see cref="SharedAppAsync"/> for tests that only read (one app per provider, started once, demo data), and
/// <see cref="StartAppAsync"/> for a test that changes data (its own fresh app and database; dispose it).
/// </summary>
public sealed class BrowserHarness : IAsyncLifetime
{
    // As the app's own ChromiumPdf launches it: the machine's network is closed, so Chromium must not try Google's services.
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions", "--disable-default-apps",
        "--font-render-hinting=none",
    ];

    private readonly ConcurrentDictionary<string, Lazy<Task<BrowserApp>>> _shared = new(StringComparer.Ordinal);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The providers to run on: SQLite always, PostgreSQL when KINERJA_TEST_POSTGRES names a server (scripts/test.sh sets it).</summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var providers = new TheoryData<string> { "sqlite" };
            if (Environment.GetEnvironmentVariable("KINERJA_TEST_POSTGRES") is { Length: > 0 })
            {
                providers.Add("postgres");
            }

            return providers;
        }
    }

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("KINERJA_CHROMIUM") is { Length: > 0 } custom ? custom : ChromiumPdf.DefaultExecutable;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Chromium not found at {path}: run scripts/setup.sh (apt chromium) or set KINERJA_CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true, Args = Flags });
    }

    /// <summary>The app of this provider shared by the run, on the demo data. Tests using it must not change data.</summary>
    public Task<BrowserApp> SharedAppAsync(string provider) =>
        _shared.GetOrAdd(provider, p => new Lazy<Task<BrowserApp>>(() => BrowserApp.StartAsync(p))).Value;

    /// <summary>A fresh app and database of its own, for a test that changes data: <c>await using var app = await harness.StartAppAsync(provider);</c></summary>
    public static Task<BrowserApp> StartAppAsync(string provider, bool demoData = true) => BrowserApp.StartAsync(provider, demoData);

    /// <summary>
    /// A new browser tab (its own context: cookies, downloads) on <paramref name="app"/>, at <paramref name="path"/> when given,
    /// signed in as the tester unless <paramref name="anonymous"/> (then nobody, as on a fresh browser before signing in).
    /// </summary>
    public async Task<Tab> OpenAsync(BrowserApp app, string? path = null, Viewport? viewport = null, bool anonymous = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        var size = viewport ?? Viewport.Laptop;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = size.Width, Height = size.Height },
            IsMobile = size.IsMobile,
            HasTouch = size.IsMobile,
            DeviceScaleFactor = size.DeviceScaleFactor,
            Locale = "id-ID",
            TimezoneId = "Asia/Jakarta",
            AcceptDownloads = true,
        });
        if (!anonymous)
        {
            var cookie = app.TesterCookie.Split('=', 2);
            await context.AddCookiesAsync([new Cookie { Name = cookie[0], Value = cookie[1], Url = app.BaseAddress.ToString() }]);
        }

        var tab = await Tab.CreateAsync(app, context);
        if (path is not null)
        {
            await tab.GotoAsync(path);
        }

        return tab;
    }

    public async Task DisposeAsync()
    {
        foreach (var app in _shared.Values.Where(a => a.IsValueCreated))
        {
            try
            {
                await (await app.Value).DisposeAsync();
            }
            catch (InvalidOperationException)
            {
                // An app that failed to start has already failed its tests.
            }
        }

        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
