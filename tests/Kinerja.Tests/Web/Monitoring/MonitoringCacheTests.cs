using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Monitoring;

/// <summary>The quarter page and the LKj table come from the output cache while nothing they show has changed, and never after.</summary>
public sealed class MonitoringCacheTests
{
    private const string Pleno = "Jumlah rapat pleno rekapitulasi daftar pemilih berkelanjutan";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_quarter_page_and_LKj_table_are_cached_until_a_realisation_is_saved(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        Guid unitId;
        PerformancePlan plan;
        int revision;
        await using (var db = app.Database.Context())
        {
            unitId = (await db.WorkUnits.SingleAsync(w => w.Name == "KPU Kota Serang")).Id;
            plan = await Kinerja.Planning.PlanQueries.Loaded(db).AsNoTracking()
                .SingleAsync(p => p.WorkUnitId == unitId && p.Kind == PlanKind.Pk && p.Entity == EntityKind.Commission);
            revision = (await db.Reports.AsNoTracking().SingleAsync(r => r.PlanId == plan.Id)).Revision;
        }

        var indicator = plan.Indicators.Single(i => i.Text == Pleno).Id;
        var quarter = new Uri($"/Satker/{unitId}/Monev?tahun=2026&tw=2", UriKind.Relative);
        var lkj = new Uri($"/Dokumen/LKj/{plan.Id}?tw=2", UriKind.Relative);
        var report = new Uri($"/Dokumen/Monev/{unitId}?tahun=2026&tw=2", UriKind.Relative);
        using var client = app.CreateClient();
        foreach (var url in new[] { quarter, lkj, report })
        {
            var first = await client.GetStringAsync(url);
            using var again = await client.GetAsync(url);
            Assert.True(again.Headers.Age is not null, $"the second read of {url} comes from the cache");
            Assert.Equal(first, await again.Content.ReadAsStringAsync());
        }

        using var saved = await Forms.PostAsync(client, $"/Satker/{unitId}/Monev?tahun=2026&tw=2&handler=Realisation&planId={plan.Id}&indicatorId={indicator}", new Dictionary<string, string>
        {
            ["rev"] = revision.ToString(CultureInfo.InvariantCulture), ["realisasi"] = "3 Kali",
        }, htmx: true);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        // Straight after the save, with no wait: both pages show the new realisation (1 + 3 of 4 Kali → 100%).
        var page = await client.GetStringAsync(quarter);
        Assert.Contains("100%", Regex.Match(page, $"<tr id=\"r-{indicator:N}\".*?</tr>", RegexOptions.Singleline).Value, StringComparison.Ordinal);
        var table = await client.GetStringAsync(lkj);
        Assert.Contains(">100%<", Regex.Match(table, $"<tr id=\"lkj-{indicator:N}\">.*?</tr>", RegexOptions.Singleline).Value, StringComparison.Ordinal);
        Assert.Contains("3 Kali", await client.GetStringAsync(report), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_made_elsewhere_shows_on_the_quarter_page_within_the_stamp_lifetime(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        Guid unitId;
        await using (var db = app.Database.Context())
        {
            unitId = (await db.WorkUnits.SingleAsync(w => w.Name == "KPU Kota Serang")).Id;
        }

        var quarter = new Uri($"/Satker/{unitId}/Monev?tahun=2026&tw=3", UriKind.Relative);
        using var client = app.CreateClient();
        Assert.DoesNotContain("KPU Kota Serang Baru", await client.GetStringAsync(quarter), StringComparison.Ordinal);

        // Another process renames the unit (the CLI, a second server): no save of this page forgets the stamp.
        await using (var db = app.Database.Context())
        {
            var unit = await db.WorkUnits.SingleAsync(w => w.Id == unitId);
            unit.Rename("KPU Kota Serang Baru", "Serang");
            await db.SaveChangesAsync();
        }

        await Task.Delay(Kinerja.Caching.RevisionCache.StampLifetime + TimeSpan.FromMilliseconds(100));
        Assert.Contains("KPU Kota Serang Baru", await client.GetStringAsync(quarter), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_page_without_an_explicit_year_and_quarter_or_with_other_query_keys_is_not_cached(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        Guid unitId;
        await using (var db = app.Database.Context())
        {
            unitId = (await db.WorkUnits.SingleAsync(w => w.Name == "KPU Kota Serang")).Id;
        }

        using var client = app.CreateClient();
        foreach (var url in new[] { $"/Satker/{unitId}/Monev", $"/Satker/{unitId}/Monev?tahun=2026&tw=2&x=1" })
        {
            await client.GetStringAsync(new Uri(url, UriKind.Relative));
            using var again = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Null(again.Headers.Age);
        }
    }
}
