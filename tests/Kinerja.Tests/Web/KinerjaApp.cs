using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kinerja.Tests.Web;

/// <summary>The real app, in process, on its own fresh database of one provider; it migrates and loads the demo data as on first run.</summary>
public sealed class KinerjaApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly bool _demoData;
    private readonly IReadOnlyDictionary<string, string>? _settings;
    private readonly bool _pooled;

    private KinerjaApp(TestDatabase database, bool demoData, IReadOnlyDictionary<string, string>? settings, bool pooled)
    {
        _database = database;
        _demoData = demoData;
        _settings = settings;
        _pooled = pooled;
    }

    public TestDatabase Database => _database;

    /// <param name="provider"><c>sqlite</c> or <c>postgres</c>.</param>
    /// <param name="demoData">Load the demo data on start, as a first run does.</param>
    /// <param name="settings">Configuration on top of the test's own (limits, host names), as appsettings would give it.</param>
    /// <param name="pooled">Keep the connection pool a deployment runs with (the test database turns it off).</param>
    public static async Task<KinerjaApp> StartAsync(string provider, bool demoData = true, IReadOnlyDictionary<string, string>? settings = null, bool pooled = false)
    {
        var app = new KinerjaApp(await TestDatabase.CreateEmptyAsync(provider), demoData, settings, pooled);
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
        var connection = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = _database.Settings.ConnectionString };
        if (_pooled)
        {
            connection["Pooling"] = "True";
        }

        builder.UseSetting("ConnectionStrings:Kinerja", connection.ConnectionString);
        builder.UseSetting("DemoData", _demoData ? "true" : "false");
        foreach (var (key, value) in _settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
