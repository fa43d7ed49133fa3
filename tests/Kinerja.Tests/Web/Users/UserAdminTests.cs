using System.Net;
using System.Text.RegularExpressions;
using Kinerja.Accounts;
using Kinerja.Domain.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kinerja.Tests.Web.Users;

/// <summary>
/// The admin pages (/Pengguna): creating a user with a one-time set-up link, granting and revoking roles (seen by the user's next
/// request), a province admin kept to its province, deactivation and a forced reset ending the user's access at once, the
/// password asked again before a role change, and no way in for someone who administers nothing.
/// </summary>
public sealed partial class UserAdminTests
{
    private const string Password = "kata sandi yang cukup panjang sekali";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_admin_nasional_creates_a_user_whose_link_works_once_and_whose_roles_change_its_access_at_once(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var (serang, lebak) = (await UnitAsync(app, "KPU Kota Serang"), await UnitAsync(app, "KPU Kabupaten Lebak"));
        using var admin = app.CreateClient(new() { AllowAutoRedirect = false });

        var badNip = await PostAsync(admin, null, "/Pengguna/Baru", NewUser("siti@kpu.test", serang, "123"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badNip.StatusCode);
        Assert.Contains("role=\"alert\"", await badNip.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await UserIdAsync(app, "siti@kpu.test"));

        var created = await PostAsync(admin, null, "/Pengguna/Baru", NewUser("siti@kpu.test", serang, null));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var page = await created.Content.ReadAsStringAsync();
        Assert.Contains("satu kali", page, StringComparison.Ordinal);
        Assert.Contains("2 jam", page, StringComparison.Ordinal);
        var id = (await UserIdAsync(app, "siti@kpu.test"))!.Value;
        var token = TokenOf(page, id);

        // No password yet: nobody can sign in as the new user until the link sets one, and the link works once.
        Assert.Null(await app.SignInAsync("siti@kpu.test", Password));
        Assert.True((await ResetAsync(app, id, token, Password)).Succeeded);
        Assert.False((await ResetAsync(app, id, token, "kata sandi lain yang juga panjang")).Succeeded);
        var siti = (await app.SignInAsync("siti@kpu.test", Password))!;
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(app, siti, $"/Satker/{serang}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(app, siti, $"/Satker/{lebak}"));

        var granted = await PostAsync(admin, null, $"/Pengguna/{id}?handler=Grant", Role(lebak, Kinerja.Domain.Access.Role.Operator));
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(app, siti, $"/Satker/{lebak}"));

        var revoked = await PostAsync(admin, null, $"/Pengguna/{id}?handler=Revoke", Role(serang, Kinerja.Domain.Access.Role.Operator));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(app, siti, $"/Satker/{serang}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(app, siti, $"/Satker/{lebak}"));

        // Someone who administers nothing does not get in.
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(app, siti, "/Pengguna"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(app, siti, "/Pengguna/Baru"));

        await using var db = app.Database.Context();
        var trail = await db.Changes.Where(c => c.WorkUnitId == serang || c.WorkUnitId == lebak).Select(c => c.Summary).ToListAsync();
        Assert.Contains(trail, s => s.Contains("siti@kpu.test dibuat", StringComparison.Ordinal));
        Assert.Contains(trail, s => s.Contains("diberikan kepada", StringComparison.Ordinal));
        Assert.Contains(trail, s => s.Contains("dicabut dari", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_province_admin_manages_only_its_provinces_users_and_its_acts_end_access_at_once(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var banten = await UnitAsync(app, "KPU Provinsi Banten");
        var serang = await UnitAsync(app, "KPU Kota Serang");
        var lebak = await UnitAsync(app, "KPU Kabupaten Lebak");
        var semarang = await UnitAsync(app, "KPU Kota Semarang");
        var nation = await UnitAsync(app, "KPU RI");
        const string key = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
        var me = await app.CreateUserAsync("admin.banten@kpu.test", Password, [new(Kinerja.Domain.Access.Role.Administrator, banten)], key);
        var inSerang = await app.CreateUserAsync("op.serang@kpu.test", Password, [new(Kinerja.Domain.Access.Role.Operator, serang)]);
        var inLebak = await app.CreateUserAsync("op.lebak@kpu.test", Password, [new(Kinerja.Domain.Access.Role.Operator, lebak)]);
        var inSemarang = await app.CreateUserAsync("op.semarang@kpu.test", Password, [new(Kinerja.Domain.Access.Role.Operator, semarang)]);
        var cookie = (await app.SignInAsync("admin.banten@kpu.test", Password, key))!;
        using var client = app.CreateAnonymousClient();

        var list = await GetAsync(client, cookie, "/Pengguna");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var listed = WebUtility.HtmlDecode(await list.Content.ReadAsStringAsync());
        Assert.Contains("op.serang@kpu.test", listed, StringComparison.Ordinal);
        Assert.Contains("Operator satker — KPU Kabupaten Lebak", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("op.semarang@kpu.test", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(KinerjaApp.TesterEmail, listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, cookie, $"/Pengguna/{inSemarang.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, cookie, $"/Pengguna/{await UserIdAsync(app, KinerjaApp.TesterEmail)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, cookie, $"/Pengguna/{inSerang.Id}")).StatusCode);

        // Only Banten's units are offered, and a forged unit of another province or of KPU RI stores nothing.
        var form = await (await GetAsync(client, cookie, "/Pengguna/Baru")).Content.ReadAsStringAsync();
        Assert.Contains($"value=\"{lebak}\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{semarang}\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{nation}\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, cookie, "/Pengguna/Baru", NewUser("luar@kpu.test", semarang, null))).StatusCode);
        var asAdmin = NewUser("pusat@kpu.test", nation, null);
        asAdmin["Input.Role"] = nameof(Kinerja.Domain.Access.Role.Administrator);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, cookie, "/Pengguna/Baru", asAdmin)).StatusCode);
        Assert.Null(await UserIdAsync(app, "luar@kpu.test"));
        Assert.Null(await UserIdAsync(app, "pusat@kpu.test"));
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, cookie, $"/Pengguna/{inSerang.Id}?handler=Grant", Role(semarang, Kinerja.Domain.Access.Role.Operator))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, cookie, $"/Pengguna/{inSemarang.Id}?handler=Deactivate", [])).StatusCode);
        await using (var db = app.Database.Context())
        {
            Assert.Equal(1, await db.UserRoles.CountAsync(r => r.UserId == inSerang.Id));
            Assert.True(await db.Users.Where(u => u.Id == inSemarang.Id).Select(u => u.IsActive).SingleAsync());
        }

        // The admin keeps itself: no deactivating its own account, no revoking its last Admin role.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(client, cookie, $"/Pengguna/{me.Id}?handler=Deactivate", [])).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(client, cookie, $"/Pengguna/{me.Id}?handler=Revoke", Role(banten, Kinerja.Domain.Access.Role.Administrator))).StatusCode);

        // Deactivation ends the user's session at once; a forced reset makes the old password fail.
        var serangCookie = (await app.SignInAsync("op.serang@kpu.test", Password))!;
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(app, serangCookie, $"/Satker/{serang}"));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, cookie, $"/Pengguna/{inSerang.Id}?handler=Deactivate", [])).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, await StatusAsync(app, serangCookie, $"/Satker/{serang}"));
        Assert.Null(await app.SignInAsync("op.serang@kpu.test", Password));

        var lebakCookie = (await app.SignInAsync("op.lebak@kpu.test", Password))!;
        var reset = await PostAsync(client, cookie, $"/Pengguna/{inLebak.Id}?handler=ForceReset", []);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var token = TokenOf(await reset.Content.ReadAsStringAsync(), inLebak.Id);
        Assert.NotEqual(HttpStatusCode.OK, await StatusAsync(app, lebakCookie, $"/Satker/{lebak}"));
        Assert.Null(await app.SignInAsync("op.lebak@kpu.test", Password));
        Assert.True((await ResetAsync(app, inLebak.Id, token, "kata sandi baru yang juga panjang")).Succeeded);
        Assert.NotNull(await app.SignInAsync("op.lebak@kpu.test", "kata sandi baru yang juga panjang"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_role_change_more_than_five_minutes_after_the_password_asks_for_it_again(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await UnitAsync(app, "KPU Kota Serang");
        var user = await app.CreateUserAsync("op.serang@kpu.test", Password, [new(Kinerja.Domain.Access.Role.Operator, serang)]);
        var fake = new FakeTimeProvider(app.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        await using var later = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(fake)));
        using var admin = later.CreateClient(new() { AllowAutoRedirect = false });
        var grant = Role(serang, Kinerja.Domain.Access.Role.Reader);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(admin, null, $"/Pengguna/{user.Id}?handler=Grant", grant)).StatusCode);
        fake.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(admin, null, $"/Pengguna/{user.Id}")).StatusCode);
        foreach (var handler in new[] { "Grant", "Revoke" })
        {
            var asked = await PostAsync(admin, null, $"/Pengguna/{user.Id}?handler={handler}", handler == "Grant" ? Role(serang, Kinerja.Domain.Access.Role.Evaluator) : grant);
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
            Assert.StartsWith("/Akun/Konfirmasi", asked.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        await using var db = app.Database.Context();
        Assert.Equal([Kinerja.Domain.Access.Role.Operator, Kinerja.Domain.Access.Role.Reader], await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.Role).OrderBy(r => r).ToListAsync());
    }

    private static Dictionary<string, string> NewUser(string email, Guid unit, string? nip) => new()
    {
        ["Input.Email"] = email,
        ["Input.FullName"] = "Siti Rahma",
        ["Input.Nip"] = nip ?? string.Empty,
        ["Input.WorkUnitId"] = unit.ToString(),
        ["Input.Role"] = nameof(Kinerja.Domain.Access.Role.Operator),
    };

    private static Dictionary<string, string> Role(Guid unit, Role role) => new()
    {
        ["Input.WorkUnitId"] = unit.ToString(),
        ["Input.Role"] = role.ToString(),
    };

    private static async Task<Guid> UnitAsync(KinerjaApp app, string name)
    {
        await using var db = app.Database.Context();
        return await db.WorkUnits.Where(w => w.Name == name).Select(w => w.Id).SingleAsync();
    }

    private static async Task<Guid?> UserIdAsync(KinerjaApp app, string email)
    {
        await using var db = app.Database.Context();
        return await db.Users.Where(u => u.Email == email).Select(u => (Guid?)u.Id).SingleOrDefaultAsync();
    }

    /// <summary>The token of the one-time link the page shows for the user.</summary>
    private static string TokenOf(string page, Guid user)
    {
        var link = WebUtility.HtmlDecode(LinkPattern().Match(page).Groups[1].Value);
        Assert.Contains($"/Akun/AturUlang?pengguna={user:N}&token=", link, StringComparison.Ordinal);
        return Uri.UnescapeDataString(link[(link.IndexOf("&token=", StringComparison.Ordinal) + 7)..]);
    }

    /// <summary>What the set-up page does with the link: sets the password with its token.</summary>
    private static async Task<IdentityResult> ResetAsync(KinerjaApp app, Guid id, string token, string password)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<KinerjaUser>>();
        return await users.ResetPasswordAsync((await users.FindByIdAsync(id.ToString()))!, token, password);
    }

    private static async Task<HttpStatusCode> StatusAsync(KinerjaApp app, string cookie, string url)
    {
        using var client = app.CreateAnonymousClient();
        using var response = await GetAsync(client, cookie, url);
        return response.StatusCode;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string? cookie, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string? cookie, string url, Dictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex("id=\"tautan\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();
}
