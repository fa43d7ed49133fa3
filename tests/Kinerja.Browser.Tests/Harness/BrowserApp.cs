using Kinerja.Accounts;
using Kinerja.Domain.Access;
using Kinerja.Tests;
using Kinerja.Tests.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Browser.Tests.Harness;

/// <summary>
/// The real app on Kestrel on a free loopback port, on its own fresh database of one provider, migrated and (by default)
/// filled with the demo data as on first run. A browser reaches it at <see cref="BaseAddress"/>. At start the tester (admin
/// nasional, and operator and both Pimpinan of every unit, with an authenticator) signs in over HTTP through the real pages, as
/// the app tests' harness does; <see cref="TesterCookie"/> is the session a tab carries unless it asks to be nobody.
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

    /// <summary>The tester's session cookie, as the sign-in answered it ("kinerja=…").</summary>
    public string TesterCookie { get; private set; } = "";

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

            _ = await TestAccounts.CreateTesterAsync(app.Services);
            app.TesterCookie = await app.SignInAsync(TestAccounts.TesterEmail, TestAccounts.TesterPassword, TestAccounts.TesterAuthenticatorKey)
                ?? throw new InvalidOperationException("Penguji tidak dapat masuk.");

            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates a user with the given roles (and, for a key, an enrolled authenticator) through the app's own account path.</summary>
    public Task<KinerjaUser> CreateUserAsync(string email, string password, IEnumerable<RoleAssignment> roles, string? authenticatorKey = null) =>
        TestAccounts.CreateUserAsync(Services, email, password, roles, authenticatorKey);

    /// <summary>Signs in over HTTP through the pages; the session cookie ("kinerja=…"), or null when refused.</summary>
    public async Task<string?> SignInAsync(string email, string password, string? authenticatorKey = null)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = BaseAddress };
        return await TestAccounts.SignInAsync(client, email, password, () => authenticatorKey is null ? null : CurrentCode(authenticatorKey));
    }

    /// <summary>The authenticator code of this moment, by the app's clock, for a base32 key.</summary>
    public string CurrentCode(string authenticatorKey) => TestAccounts.CurrentCode(Services.GetRequiredService<TimeProvider>(), authenticatorKey);

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
