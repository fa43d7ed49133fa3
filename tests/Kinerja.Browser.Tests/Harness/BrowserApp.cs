using Kinerja.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kinerja.Browser.Tests.Harness;

/// <summary>
/// The real app on Kestrel on a free loopback port, on its own fresh database of one provider, migrated and (by default)
/// filled with the demo data as on first run. A browser reaches it at <see cref="BaseAddress"/>.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly bool _demoData;

    private BrowserApp(TestDatabase database, bool demoData)
    {
        _database = database;
        _demoData = demoData;
    }

    /// <summary>The app's database: open it with <c>Database.Context()</c> to find ids or check what a page stored.</summary>
    public TestDatabase Database => _database;

    /// <summary>"sqlite" or "postgres".</summary>
    public string Provider { get; private init; } = "";

    /// <summary>The root of the running server, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    public static async Task<BrowserApp> StartAsync(string provider, bool demoData = true)
    {
        var app = new BrowserApp(await TestDatabase.CreateEmptyAsync(provider), demoData) { Provider = provider };
        try
        {
            app.UseKestrel(0);
            app.StartServer();
            if (app.BaseAddress.IsLoopback is false || app.BaseAddress.Port == 0)
            {
                throw new InvalidOperationException($"The app did not report its loopback address: {app.BaseAddress}.");
            }

            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>The absolute address of a path of the app ("/", "/Rencana/…").</summary>
    public Uri Url(string path) => new(BaseAddress, path);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", _database.Settings.Provider.ToString().ToLowerInvariant());
        builder.UseSetting("ConnectionStrings:Kinerja", _database.Settings.ConnectionString);
        builder.UseSetting("DemoData", _demoData ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
