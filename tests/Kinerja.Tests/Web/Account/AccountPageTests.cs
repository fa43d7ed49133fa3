using System.Net;
using System.Text.RegularExpressions;
using Kinerja.Domain.Access;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OtpNet;

namespace Kinerja.Tests.Web.Account;

/// <summary>Signing in, lockout, two-factor enrolment and sign-in, sessions that end: through the real pages, with the clock moved on by hand.</summary>
public sealed partial class AccountPageTests
{
    private const string Password = "kata sandi yang panjang sekali";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_wrong_password_an_unknown_email_and_a_locked_account_get_the_same_message(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        await app.CreateUserAsync("ani@kinerja.test", Password, [new(Role.Operator, await UnitAsync(app, "KPU Kota Serang"))]);

        var unknown = await SignInPageAsync(app, app, "tidak.ada@kinerja.test", Password);
        var wrong = await SignInPageAsync(app, app, "ani@kinerja.test", "salah salah salah salah");
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
        Assert.Equal(Message(unknown.Html), Message(wrong.Html));
        for (var i = 0; i < 4; i++)
        {
            await SignInPageAsync(app, app, "ani@kinerja.test", "salah salah salah salah");
        }

        var locked = await SignInPageAsync(app, app, "ani@kinerja.test", Password);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.Status);
        Assert.Equal(Message(unknown.Html), Message(locked.Html));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_verifier_enrols_an_authenticator_then_each_code_and_each_recovery_code_works_once(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var site = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        await app.CreateUserAsync("budi@kinerja.test", Password, [new(Role.Verifier, await UnitAsync(app, "KPU Provinsi Banten"))]);
        var cookie = await app.SignInAsync("budi@kinerja.test", Password, through: site) ?? throw new InvalidOperationException("no sign-in");
        using var client = Client(site, cookie);

        var page = await client.GetStringAsync(new Uri("/Akun/DuaLangkah", UriKind.Relative));
        var key = ManualKey().Match(page).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.NotEmpty(key);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        using var enabled = await client.PostAsync(new Uri("/Akun/DuaLangkah?handler=Enable", UriKind.Relative), Form(("Code", Code(key, clock))));
        var codes = RecoveryCode().Matches(await enabled.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);

        // The code just used for enrolment does not sign in; the next one does, once.
        Assert.Equal(HttpStatusCode.Unauthorized, await SecondStepAsync(site, "budi@kinerja.test", Code(key, clock), recovery: false));
        clock.Advance(TimeSpan.FromSeconds(30));
        var next = Code(key, clock);
        Assert.Equal(HttpStatusCode.Redirect, await SecondStepAsync(site, "budi@kinerja.test", next, recovery: false));
        Assert.Equal(HttpStatusCode.Unauthorized, await SecondStepAsync(site, "budi@kinerja.test", next, recovery: false));
        Assert.Equal(HttpStatusCode.Redirect, await SecondStepAsync(site, "budi@kinerja.test", codes[0], recovery: true));
        Assert.Equal(HttpStatusCode.Unauthorized, await SecondStepAsync(site, "budi@kinerja.test", codes[0], recovery: true));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_session_ends_after_30_idle_minutes_and_after_12_hours_whatever_happens(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var site = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        await app.CreateUserAsync("citra@kinerja.test", Password, [new(Role.Operator, await UnitAsync(app, "KPU Kota Serang"))]);
        using var idle = Client(site, (await app.SignInAsync("citra@kinerja.test", Password, through: site))!);
        using var busy = Client(site, (await app.SignInAsync("citra@kinerja.test", Password, through: site))!);

        for (var minutes = 0; minutes < 12 * 60 - 29; minutes += 29)
        {
            clock.Advance(TimeSpan.FromMinutes(29));
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
            if (minutes == 29)
            {
                Assert.Equal(HttpStatusCode.Redirect, (await idle.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
            }
        }

        clock.Advance(TimeSpan.FromMinutes(29));
        var late = await busy.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Contains("/Akun/Masuk", late.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Signing_out_everywhere_ends_every_session_of_the_user(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        await app.CreateUserAsync("dewi@kinerja.test", Password, [new(Role.Operator, await UnitAsync(app, "KPU Kota Serang"))]);
        using var laptop = Client(app, (await app.SignInAsync("dewi@kinerja.test", Password))!);
        using var phone = Client(app, (await app.SignInAsync("dewi@kinerja.test", Password))!);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync(new Uri("/Akun/Profil", UriKind.Relative))).StatusCode);

        using var ended = await laptop.PostAsync(new Uri("/Akun/Profil?handler=EndAll", UriKind.Relative), Form());

        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync(new Uri("/Akun/Profil", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync(new Uri("/Akun/Profil", UriKind.Relative))).StatusCode);
        await using var db = app.Database.Context();
        Assert.Equal(0, await db.Sessions.CountAsync(s => s.EndedAt == null && db.Users.Any(u => u.Id == s.UserId && u.Email == "dewi@kinerja.test")));
    }

    private static HttpClient Client(WebApplicationFactory<Program> site, string cookie)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Remove("Cookie");
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static async Task<(HttpStatusCode Status, string Html)> SignInPageAsync(KinerjaApp app, WebApplicationFactory<Program> site, string email, string password)
    {
        _ = app;
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Remove("Cookie");
        using var answer = await client.PostAsync(new Uri("/Akun/Masuk", UriKind.Relative), Form(("Input.Email", email), ("Input.Password", password)));
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }

    /// <summary>Signs in with the password, then answers the code step; the status of that answer (302 in, 401 refused).</summary>
    private static async Task<HttpStatusCode> SecondStepAsync(WebApplicationFactory<Program> site, string email, string code, bool recovery)
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Remove("Cookie");
        using var first = await client.PostAsync(new Uri("/Akun/Masuk", UriKind.Relative), Form(("Input.Email", email), ("Input.Password", Password)));
        Assert.StartsWith("/Akun/Kode", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var second = new HttpRequestMessage(HttpMethod.Post, "/Akun/Kode") { Content = Form(("Code", code), ("Recovery", recovery ? "true" : "false")) };
        second.Headers.Add("Cookie", KinerjaApp.CookieOf(first, "kinerja-2fa"));
        using var answer = await client.SendAsync(second);
        return answer.StatusCode;
    }

    private static string Code(string key, TimeProvider clock) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(clock.GetUtcNow().UtcDateTime);

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static string Message(string html) => AlertText().Match(html).Groups[1].Value;

    private static async Task<Guid> UnitAsync(KinerjaApp app, string name)
    {
        await using var db = app.Database.Context();
        return await db.WorkUnits.Where(w => w.Name == name).Select(w => w.Id).SingleAsync();
    }

    [GeneratedRegex("id=\"manual-key\">([^<]+)<")]
    private static partial Regex ManualKey();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();

    [GeneratedRegex("role=\"alert\"[^>]*>([^<]+)<")]
    private static partial Regex AlertText();
}
