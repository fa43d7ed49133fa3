using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kinerja.Tests.Web;

/// <summary>The real app, in process, on its own fresh database of one provider; it migrates and loads the demo data as on first run.</summary>
public sealed class KinerjaApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly bool _demoData;

    private KinerjaApp(TestDatabase database, bool demoData)
    {
        _database = database;
        _demoData = demoData;
    }

    public TestDatabase Database => _database;

    public static async Task<KinerjaApp> StartAsync(string provider, bool demoData = true)
    {
        var app = new KinerjaApp(await TestDatabase.CreateEmptyAsync(provider), demoData);
        _ = app.Server;
        return app;
    }

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
    }
}
