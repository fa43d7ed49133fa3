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
    }
}
