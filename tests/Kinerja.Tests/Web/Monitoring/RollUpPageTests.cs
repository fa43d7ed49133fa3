using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Monitoring;

public sealed class RollUpPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_province_roll_up_shows_shared_indicators_and_who_has_not_reported(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        Guid banten;
        await using (var db = app.Database.Context())
        {
            banten = await db.WorkUnits.Where(w => w.Name == "KPU Provinsi Banten").Select(w => w.Id).SingleAsync();
            var lebak = await db.WorkUnits.Where(w => w.Name == "KPU Kabupaten Lebak").Select(w => w.Id).SingleAsync();
            // Lebak has not reported yet this year: its reports are gone.
            await db.Reports.Where(r => r.WorkUnitId == lebak).ExecuteDeleteAsync();
        }

        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri($"/Monev/Provinsi/{banten}?tahun=2026&tw=2", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var missing = Regex.Match(html, "<ul id=\"not-reported\">.*?</ul>", RegexOptions.Singleline).Value;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("KPU Kabupaten Lebak", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("KPU Kota Serang", missing, StringComparison.Ordinal);
        Assert.Contains("Jumlah rapat pleno rekapitulasi daftar pemilih berkelanjutan", html, StringComparison.Ordinal);
        // Serang: pleno 2 of 4 Kali by TW II → 50%; Lebak shows no capaian but "belum dilaporkan".
        var serang = Regex.Match(html, "<tr>\\s*<th scope=\"row\"><a[^>]*>KPU Kota Serang</a>.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains(">50%<", serang, StringComparison.Ordinal);
        Assert.Contains("belum dilaporkan", html, StringComparison.Ordinal);

        var national = await client.GetAsync(new Uri("/Monev/Nasional?tahun=2026&tw=2", UriKind.Relative));
        var nationalHtml = await national.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, national.StatusCode);
        Assert.Contains("KPU Provinsi Jawa Tengah", nationalHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"all-reported\"", nationalHtml, StringComparison.Ordinal);
        // The nation also counts each province's regencies/cities that reported: Lebak is missing in Banten.
        Assert.Matches($"id=\"children-{banten:N}\"><a[^>]*>1 dari 2</a>", nationalHtml);
        Assert.Contains(">2 dari 2</a>", nationalHtml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_roll_ups_are_cached_and_follow_a_realisation_saved_in_any_unit(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        Guid banten, serang, plan, indicator;
        int revision;
        await using (var db = app.Database.Context())
        {
            banten = await db.WorkUnits.Where(w => w.Name == "KPU Provinsi Banten").Select(w => w.Id).SingleAsync();
            serang = await db.WorkUnits.Where(w => w.Name == "KPU Kota Serang").Select(w => w.Id).SingleAsync();
            var pk = await Kinerja.Planning.PlanQueries.Loaded(db).AsNoTracking()
                .SingleAsync(p => p.WorkUnitId == serang && p.Kind == Kinerja.Domain.Planning.PlanKind.Pk && p.Entity == Kinerja.Domain.Organisation.EntityKind.Commission);
            plan = pk.Id;
            indicator = pk.Indicators.Single(i => i.Text == "Jumlah rapat pleno rekapitulasi daftar pemilih berkelanjutan").Id;
            revision = (await db.Reports.AsNoTracking().SingleAsync(r => r.PlanId == plan)).Revision;
        }

        using var client = app.CreateClient();
        var province = new Uri($"/Monev/Provinsi/{banten}?tahun=2026&tw=2", UriKind.Relative);
        var national = new Uri("/Monev/Nasional?tahun=2026&tw=2", UriKind.Relative);
        foreach (var url in new[] { province, national })
        {
            await client.GetStringAsync(url);
            using var again = await client.GetAsync(url);
            Assert.True(again.Headers.Age is not null, $"the second read of {url} comes from the cache");
        }

        Assert.Contains(">50%<", SerangRow(await client.GetStringAsync(province)), StringComparison.Ordinal);
        using var saved = await Forms.PostAsync(client, $"/Satker/{serang}/Monev?tahun=2026&tw=2&handler=Realisation&planId={plan}&indicatorId={indicator}", new Dictionary<string, string>
        {
            ["rev"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture), ["realisasi"] = "3 Kali",
        }, htmx: true);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        // The roll-up's stamp is not forgotten by a unit's save: it shows the change once the stamp has lived its moment.
        await Task.Delay(Kinerja.Caching.RevisionCache.StampLifetime + TimeSpan.FromMilliseconds(100));
        Assert.Contains(">100%<", SerangRow(await client.GetStringAsync(province)), StringComparison.Ordinal);
    }

    private static string SerangRow(string html) =>
        Regex.Match(html, "<tr>\\s*<th scope=\"row\"><a[^>]*>KPU Kota Serang</a>.*?</tr>", RegexOptions.Singleline).Value;
}
