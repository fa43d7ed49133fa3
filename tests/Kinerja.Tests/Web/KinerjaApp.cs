using Kinerja.Accounts;
using Kinerja.Domain.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Tests.Web;

/// <summary>
/// The real app, in process, on its own fresh database of one provider; it migrates and loads the demo data as on first run.
/// Its clients are signed in as <see cref="TesterEmail"/>, a real user who signed in through the real pages (password, then an
/// authenticator code) and holds every role that edits, approves and administers the units present at start; tests of access
/// itself use <see cref="CreateAnonymousClient"/> and <see cref="SignInAsync"/> with users of one role.
/// </summary>
public sealed class KinerjaApp : WebApplicationFactory<Program>
{
    public const string TesterEmail = TestAccounts.TesterEmail;

    public const string TesterPassword = TestAccounts.TesterPassword;

    /// <summary>The tester's authenticator key (base32), so the harness can compute its codes.</summary>
    public const string TesterAuthenticatorKey = TestAccounts.TesterAuthenticatorKey;

    private readonly Queue<string> _recoveryCodes = new();
    private string _cookie = string.Empty;

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
        await app.PrepareTesterAsync();
        return app;
    }

    /// <summary>The cookie of the tester's session, as the sign-in answered it ("kinerja=…").</summary>
    public string TesterCookie => _cookie;

    /// <summary>A client that is nobody: no cookie.</summary>
    public HttpClient CreateAnonymousClient(bool allowRedirects = false)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = allowRedirects });
        client.DefaultRequestHeaders.Remove("Cookie");
        return client;
    }

    /// <summary>Creates a user with the given roles (and, for a key, an enrolled authenticator) through the app's own account path.</summary>
    public Task<KinerjaUser> CreateUserAsync(string email, string password, IEnumerable<RoleAssignment> roles, string? authenticatorKey = null) =>
        TestAccounts.CreateUserAsync(Services, email, password, roles, authenticatorKey);

    /// <summary>
    /// Signs in through the pages (password, then the authenticator code when a key is given) and returns the session cookie
    /// ("kinerja=…"), or null when the sign-in was refused.
    /// </summary>
    public async Task<string?> SignInAsync(string email, string password, string? authenticatorKey = null, string? recoveryCode = null, WebApplicationFactory<Program>? through = null)
    {
        // A deployment's own name when the test restricts the host names (AllowedHosts), as a browser would use it.
        var host = _settings?.GetValueOrDefault("AllowedHosts")?.Split(';')[0] is { Length: > 0 } allowed && allowed != "*" ? new Uri($"http://{allowed}") : new Uri("http://localhost");
        using var client = (through ?? this).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = host });
        client.DefaultRequestHeaders.Remove("Cookie");
        return await TestAccounts.SignInAsync(
            client, email, password, () => recoveryCode ?? (authenticatorKey is null ? null : CurrentCode(authenticatorKey)), recoveryCode is not null);
    }

    /// <summary>Signs the tester in again (after a test ended its session): with a fresh recovery code, as a code works once.</summary>
    /// <param name="through">The app to sign in through: a derived one (<c>WithWebHostBuilder</c>) with its own clock, when the test moved it on.</param>
    public async Task<string> SignInTesterAgainAsync(WebApplicationFactory<Program>? through = null)
    {
        _cookie = await SignInAsync(TesterEmail, TesterPassword, recoveryCode: _recoveryCodes.Dequeue(), through: through)
            ?? throw new InvalidOperationException("Penguji tidak dapat masuk lagi.");
        return _cookie;
    }

    /// <summary>Gives the tester the operator's and both Pimpinan's roles on units made since start (by an import, say).</summary>
    /// <param name="through">The app whose services grant (a derived one forgets its own cached sessions at once).</param>
    public Task GrantTesterEverywhereAsync(WebApplicationFactory<Program>? through = null) => TestAccounts.GrantTesterEverywhereAsync((through ?? this).Services);

    /// <summary>The authenticator code of this moment for a base32 key, as an app on a phone would show it.</summary>
    public string CurrentCode(string authenticatorKey) => TestAccounts.CurrentCode(Services.GetRequiredService<TimeProvider>(), authenticatorKey);

    /// <summary>The value of the named cookie a response sets, as a request's Cookie header would carry it.</summary>
    public static string CookieOf(HttpResponseMessage response, string name = "kinerja") => TestAccounts.CookieOf(response, name);

    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        if (_cookie.Length > 0)
        {
            client.DefaultRequestHeaders.Add("Cookie", _cookie);
        }
    }

    /// <summary>The tester signs in through the pages; its recovery codes are kept for signing in again.</summary>
    private async Task PrepareTesterAsync()
    {
        foreach (var code in await TestAccounts.CreateTesterAsync(Services))
        {
            _recoveryCodes.Enqueue(code);
        }

        _cookie = await SignInAsync(TesterEmail, TesterPassword, TesterAuthenticatorKey)
            ?? throw new InvalidOperationException("Penguji tidak dapat masuk.");
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
