using System.Net;
using Kinerja.Accounts;
using Kinerja.Data;
using Kinerja.Domain.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Kinerja.Tests.Web;

/// <summary>
/// The real app, in process, on its own fresh database of one provider; it migrates and loads the demo data as on first run.
/// Its clients are signed in as <see cref="TesterEmail"/>, a real user who signed in through the real pages (password, then an
/// authenticator code) and holds every role that edits, approves and administers the units present at start; tests of access
/// itself use <see cref="CreateAnonymousClient"/> and <see cref="SignInAsync"/> with users of one role.
/// </summary>
public sealed class KinerjaApp : WebApplicationFactory<Program>
{
    public const string TesterEmail = "penguji@kinerja.test";

    public const string TesterPassword = "penguji yang teliti menguji semuanya";

    /// <summary>The tester's authenticator key (base32), so the harness can compute its codes.</summary>
    public const string TesterAuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

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
    public async Task<KinerjaUser> CreateUserAsync(string email, string password, IEnumerable<RoleAssignment> roles, string? authenticatorKey = null)
    {
        ArgumentNullException.ThrowIfNull(roles);
        using var scope = Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var list = roles.ToList();
        var created = await accounts.CreateAsync(email, email.Split('@')[0], null, list[0], password);
        Assert.True(created.Succeeded, created.Message);
        var user = created.User!;
        foreach (var role in list.Skip(1))
        {
            var granted = await accounts.GrantAsync(user, role);
            Assert.True(granted.Succeeded, granted.Message);
        }

        if (authenticatorKey is not null)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<KinerjaUser>>();
            var store = (IUserAuthenticatorKeyStore<KinerjaUser>)scope.ServiceProvider.GetRequiredService<IUserStore<KinerjaUser>>();
            var stored = (await users.FindByIdAsync(user.Id.ToString()))!;
            await store.SetAuthenticatorKeyAsync(stored, authenticatorKey, CancellationToken.None);
            await users.SetTwoFactorEnabledAsync(stored, true);
        }

        return user;
    }

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
        using var first = await client.PostAsync(new Uri("/Akun/Masuk", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
        var location = first.Headers.Location?.OriginalString ?? string.Empty;
        if (first.StatusCode != HttpStatusCode.Redirect)
        {
            return null;
        }

        if (!location.StartsWith("/Akun/Kode", StringComparison.Ordinal))
        {
            return CookieOf(first);
        }

        var code = recoveryCode ?? (authenticatorKey is null ? null : CurrentCode(authenticatorKey));
        if (code is null)
        {
            return null;
        }

        using var second = new HttpRequestMessage(HttpMethod.Post, "/Akun/Kode")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Code"] = code,
                ["Recovery"] = recoveryCode is null ? "false" : "true",
            }),
        };
        second.Headers.Add("Cookie", CookieOf(first, "kinerja-2fa"));
        using var answer = await client.SendAsync(second);
        return answer.StatusCode == HttpStatusCode.Redirect ? CookieOf(answer) : null;
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
    public async Task GrantTesterEverywhereAsync(WebApplicationFactory<Program>? through = null)
    {
        using var scope = (through ?? this).Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var tester = (await accounts.FindAsync(TesterEmail))!;
        foreach (var unit in await db.WorkUnits.IgnoreQueryFilters().Select(w => w.Id).ToListAsync())
        {
            foreach (var role in new[] { Role.Operator, Role.CommissionHead, Role.SecretariatHead })
            {
                Assert.True((await accounts.GrantAsync(tester, new RoleAssignment(role, unit))).Succeeded);
            }
        }
    }

    /// <summary>The authenticator code of this moment for a base32 key, as an app on a phone would show it.</summary>
    public string CurrentCode(string authenticatorKey)
    {
        var clock = Services.GetRequiredService<TimeProvider>();
        return new Totp(Base32Encoding.ToBytes(authenticatorKey)).ComputeTotp(clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>The value of the named cookie a response sets, as a request's Cookie header would carry it.</summary>
    public static string CookieOf(HttpResponseMessage response, string name = "kinerja")
    {
        ArgumentNullException.ThrowIfNull(response);
        var set = response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        var cookie = set.Select(v => v.Split(';')[0]).LastOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal) && v.Length > name.Length + 1);
        return cookie ?? throw new InvalidOperationException($"Jawaban tidak memasang cookie {name}.");
    }

    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        if (_cookie.Length > 0)
        {
            client.DefaultRequestHeaders.Add("Cookie", _cookie);
        }
    }

    /// <summary>The tester: admin nasional, and operator and both Pimpinan of every unit present, with an enrolled authenticator.</summary>
    private async Task PrepareTesterAsync()
    {
        Guid nation;
        using (var scope = Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
            nation = await db.WorkUnits.IgnoreQueryFilters().Where(w => w.Level == Domain.Organisation.WorkUnitLevel.National).Select(w => w.Id).SingleAsync();
        }

        var user = await CreateUserAsync(TesterEmail, TesterPassword, [new(Role.Administrator, nation)], TesterAuthenticatorKey);
        await GrantTesterEverywhereAsync();
        using (var scope = Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<KinerjaUser>>();
            foreach (var code in await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(user.Id.ToString()))!, 10) ?? [])
            {
                _recoveryCodes.Enqueue(code);
            }
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
