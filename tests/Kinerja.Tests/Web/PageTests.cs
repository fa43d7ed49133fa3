using System.Net;
using System.Text.RegularExpressions;
using Kinerja.Demo;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web;

/// <summary>The pages over HTTP, against a fresh database per test on each provider.</summary>
public sealed partial class PageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_home_page_lists_the_demo_work_units_and_their_plans_in_Indonesian(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri($"/?year={DemoData.Year}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"id\">", html, StringComparison.Ordinal);
        Assert.Contains($"Rencana kinerja tahun {DemoData.Year}", html, StringComparison.Ordinal);
        foreach (var name in new[] { "KPU RI", "KPU Provinsi Banten", "KPU Kota Serang", "KPU Provinsi Jawa Tengah", "KPU Kabupaten Kudus" })
        {
            Assert.Contains(name, html, StringComparison.Ordinal);
        }

        // The data really is in this test's own database on this provider.
        await using var db = app.Database.Context();
        var plans = await db.Plans.CountAsync();
        Assert.Equal(plans, PlanLink().Count(html));
        Assert.Equal(7 * 6, plans);
        Assert.Contains("Revisi ke-1", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_plan_page_shows_goals_indicators_targets_actions_and_the_schedule_table(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        Guid monthly;
        Guid quarterly;
        await using (var db = app.Database.Context())
        {
            var serang = await db.WorkUnits.SingleAsync(w => w.Name == "KPU Kota Serang");
            monthly = await db.Plans.Where(p => p.WorkUnitId == serang.Id && p.ScheduleStyle == ScheduleStyle.Monthly).Select(p => p.Id).SingleAsync();
            quarterly = await db.Plans.Where(p => p.WorkUnitId == serang.Id && p.ScheduleStyle == ScheduleStyle.Quarterly).Select(p => p.Id).SingleAsync();
        }

        using var client = app.CreateClient();
        var monthlyHtml = await client.GetStringAsync(new Uri($"/Rencana/{monthly}", UriKind.Relative));
        var quarterlyHtml = await client.GetStringAsync(new Uri($"/Rencana/{quarterly}", UriKind.Relative));

        Assert.Contains("Rencana Aksi Kinerja 2026", monthlyHtml, StringComparison.Ordinal);
        Assert.Contains("Sekretariat KPU Kota Serang", monthlyHtml, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 12), m => Assert.Contains($">B{m}</th>", monthlyHtml, StringComparison.Ordinal));
        Assert.Contains("WTP", monthlyHtml, StringComparison.Ordinal);
        Assert.Contains("kec.", monthlyHtml, StringComparison.Ordinal);
        Assert.Contains("6 Pegawai", monthlyHtml, StringComparison.Ordinal);
        Assert.Contains("Subbagian Keuangan, Umum dan Logistik", monthlyHtml, StringComparison.Ordinal);
        Assert.Matches(@"Serang, 27 Januari 2026", monthlyHtml);
        Assert.Matches(@"NIP\. \d{8} \d{6} \d \d{3}", monthlyHtml);

        Assert.All(Enumerable.Range(1, 4), q => Assert.Contains($">T{q}</th>", quarterlyHtml, StringComparison.Ordinal));
        Assert.DoesNotContain(">B1</th>", quarterlyHtml, StringComparison.Ordinal);
        Assert.Contains("makin rendah makin baik", quarterlyHtml, StringComparison.Ordinal);
        Assert.Contains("Jumlah pagu anggaran", quarterlyHtml, StringComparison.Ordinal);
        Assert.Matches(@"Rp \d{1,3}(\.\d{3})+", quarterlyHtml);
        Assert.Contains("Tidak ada temuan.", quarterlyHtml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unknown_plan_is_not_found(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider, demoData: false);
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri($"/Rencana/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_empty_database_shows_only_KPU_RI_and_no_plan_instead_of_failing()
    {
        await using var app = await KinerjaApp.StartAsync("sqlite", demoData: false);
        using var client = app.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        // Every deployment starts with KPU RI (the first admin nasional is created on it); nothing else exists yet.
        Assert.Contains("KPU RI", html, StringComparison.Ordinal);
        Assert.Empty(PlanLink().Matches(html));
    }

    [Fact]
    public async Task Someone_who_sees_no_unit_is_told_so()
    {
        await using var app = await KinerjaApp.StartAsync("sqlite", demoData: false);
        await app.CreateUserAsync("tanpa.peran@kinerja.test", "pengguna tanpa peran apa pun", [new(Kinerja.Domain.Access.Role.Reader, await NationAsync(app))]);
        await using (var db = app.Database.Context())
        {
            var user = await db.Users.Include(u => u.Roles).SingleAsync(u => u.Email == "tanpa.peran@kinerja.test");
            db.RemoveRange(user.Roles);
            await db.SaveChangesAsync();
        }

        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", await app.SignInAsync("tanpa.peran@kinerja.test", "pengguna tanpa peran apa pun"));

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("Belum ada satuan kerja yang dapat Anda lihat.", html, StringComparison.Ordinal);
    }

    private static async Task<Guid> NationAsync(KinerjaApp app)
    {
        await using var db = app.Database.Context();
        return await db.WorkUnits.Where(w => w.Level == Kinerja.Domain.Organisation.WorkUnitLevel.National).Select(w => w.Id).SingleAsync();
    }

    [GeneratedRegex("class=\"plan-link\"")]
    private static partial Regex PlanLink();
}
