using System.Net;
using Kinerja.Accounts;
using Kinerja.Data;
using Kinerja.Domain.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Kinerja.Tests.Web;

/// <summary>
/// Users and sign-ins for test harnesses, through the app's own account path and its real sign-in pages: the in-process
/// KinerjaApp and the browser tests' app on Kestrel both use it (the browser project links this file).
/// </summary>
public static class TestAccounts
{
    public const string TesterEmail = "penguji@kinerja.test";

    public const string TesterPassword = "penguji yang teliti menguji semuanya";

    /// <summary>The tester's authenticator key (base32), so a harness can compute its codes.</summary>
    public const string TesterAuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    /// <summary>Creates a user with the given roles (and, for a key, an enrolled authenticator) through <see cref="UserAccounts"/>.</summary>
    public static async Task<KinerjaUser> CreateUserAsync(IServiceProvider services, string email, string password, IEnumerable<RoleAssignment> roles, string? authenticatorKey = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(roles);
        using var scope = services.CreateScope();
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
    /// The tester: admin nasional, and operator and both Pimpinan of every unit present, with an enrolled authenticator.
    /// Returns ten recovery codes, for signing in again within one authenticator step (a code works once).
    /// </summary>
    public static async Task<IReadOnlyList<string>> CreateTesterAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Guid nation;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
            nation = await db.WorkUnits.IgnoreQueryFilters().Where(w => w.Level == Domain.Organisation.WorkUnitLevel.National).Select(w => w.Id).SingleAsync();
        }

        var user = await CreateUserAsync(services, TesterEmail, TesterPassword, [new(Role.Administrator, nation)], TesterAuthenticatorKey);
        await GrantTesterEverywhereAsync(services);
        using (var scope = services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<KinerjaUser>>();
            return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(user.Id.ToString()))!, 10) ?? []];
        }
    }

    /// <summary>Gives the tester the operator's and both Pimpinan's roles on every unit present (also those made since start).</summary>
    public static async Task GrantTesterEverywhereAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        using var scope = services.CreateScope();
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

    /// <summary>
    /// Signs in through the pages with <paramref name="client"/> (no cookies of its own, no redirects followed): the password,
    /// then <paramref name="code"/> when the app asks for a second factor (asked for only then, so a TOTP code is of that
    /// moment). Returns the session cookie ("kinerja=…"), or null when the sign-in was refused.
    /// </summary>
    public static async Task<string?> SignInAsync(HttpClient client, string email, string password, Func<string?> code, bool recovery = false)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(code);
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

        if (code() is not { } typed)
        {
            return null;
        }

        using var second = new HttpRequestMessage(HttpMethod.Post, new Uri("/Akun/Kode", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Code"] = typed,
                ["Recovery"] = recovery ? "true" : "false",
            }),
        };
        second.Headers.Add("Cookie", CookieOf(first, "kinerja-2fa"));
        using var answer = await client.SendAsync(second);
        return answer.StatusCode == HttpStatusCode.Redirect ? CookieOf(answer) : null;
    }

    /// <summary>The authenticator code of this moment (by the app's clock) for a base32 key, as an app on a phone would show it.</summary>
    public static string CurrentCode(TimeProvider clock, string authenticatorKey)
    {
        ArgumentNullException.ThrowIfNull(clock);
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
}
