using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Users;

/// <summary>The province and national monitoring pages are reached from the pages a user is on: home, unit and quarter.</summary>
public sealed partial class RollUpLinkTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Home_unit_and_quarter_pages_link_the_roll_ups_and_the_links_open(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        Guid serang;
        Guid banten;
        Guid central;
        await using (var db = app.Database.Context())
        {
            serang = await db.WorkUnits.Where(w => w.Name == "KPU Kota Serang").Select(w => w.Id).SingleAsync();
            banten = await db.WorkUnits.Where(w => w.Name == "KPU Provinsi Banten").Select(w => w.Id).SingleAsync();
            central = await db.WorkUnits.Where(w => w.Name == "KPU Provinsi Jawa Tengah").Select(w => w.Id).SingleAsync();
        }

        using var client = app.CreateClient();
        var pages = new Dictionary<string, string[]>
        {
            ["/?tahun=2026"] = ["/Monev/Nasional?tahun=2026", $"/Monev/Provinsi/{banten}?tahun=2026", $"/Monev/Provinsi/{central}?tahun=2026"],
            [$"/Satker/{serang}?tahun=2026"] = ["/Monev/Nasional?tahun=2026", $"/Monev/Provinsi/{banten}?tahun=2026"],
            [$"/Satker/{banten}?tahun=2026"] = ["/Monev/Nasional?tahun=2026", $"/Monev/Provinsi/{banten}?tahun=2026"],
            [$"/Satker/{serang}/Monev?tahun=2026&tw=3"] = ["/Monev/Nasional?tahun=2026&tw=3", $"/Monev/Provinsi/{banten}?tahun=2026&tw=3"],
        };
        foreach (var (page, expected) in pages)
        {
            var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
            var links = Link().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.All(expected, href => Assert.Contains(href, links));
            foreach (var href in links)
            {
                var response = await client.GetAsync(new Uri(href, UriKind.Relative));
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} → {href}: {response.StatusCode}");
            }
        }
    }

    [GeneratedRegex("href=\"(/Monev/[^\"]+)\"")]
    private static partial Regex Link();
}
