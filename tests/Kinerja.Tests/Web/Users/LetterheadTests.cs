using System.Net;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Users;

/// <summary>The letterhead (kop surat) is edited on the unit page and printed on the unit's documents; the demo prints each city's own area code.</summary>
public sealed class LetterheadTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_demo_letterhead_prints_its_own_citys_area_code(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        await using var db = app.Database.Context();
        var phones = await db.WorkUnits.AsNoTracking().ToDictionaryAsync(w => w.Name, w => w.Letterhead?.Phone ?? string.Empty);

        var expected = new Dictionary<string, string>
        {
            ["KPU RI"] = "(021) ",
            ["KPU Provinsi Banten"] = "(0254) ",
            ["KPU Kota Serang"] = "(0254) ",
            ["KPU Kabupaten Lebak"] = "(0252) ",
            ["KPU Provinsi Jawa Tengah"] = "(024) ",
            ["KPU Kota Semarang"] = "(024) ",
            ["KPU Kabupaten Kudus"] = "(0291) ",
        };
        Assert.Equal(expected.Keys.Order(), phones.Keys.Order());
        Assert.All(expected, e => Assert.StartsWith(e.Value, phones[e.Key], StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_letterhead_edited_on_the_unit_page_is_saved_and_printed(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        WorkUnit serang;
        Guid rak;
        await using (var db = app.Database.Context())
        {
            serang = await db.WorkUnits.AsNoTracking().SingleAsync(w => w.Name == "KPU Kota Serang");
            rak = await db.Plans.Where(p => p.WorkUnitId == serang.Id && p.Kind == PlanKind.Rak).Select(p => p.Id).FirstAsync();
        }

        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetStringAsync(new Uri($"/Satker/{serang.Id}?tahun=2026", UriKind.Relative));
        Assert.Contains("Kop surat dan tempat penandatanganan", page, StringComparison.Ordinal);
        Assert.Contains("handler=Letterhead", page, StringComparison.Ordinal);

        var refused = await PostAsync(client, serang.Id, ("rev", serang.Revision), ("address", "Jl. Ahmad Yani No. 84, Serang"), ("phone", "(0254) 200201"), ("email", "bukan surel"), ("city", "Serang"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("id=\"letterhead-email-error\"", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"bukan surel\"", refusedHtml, StringComparison.Ordinal);

        var saved = await PostAsync(client, serang.Id, ("rev", serang.Revision), ("address", "Jl. Ahmad Yani No. 84, Serang"), ("phone", "(0254) 200201"), ("fax", ""), ("email", "kpu.serang@kpu.go.id"), ("website", "serangkota.kpu.go.id"), ("city", "Kota Serang"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await using (var db = app.Database.Context())
        {
            var stored = await db.WorkUnits.AsNoTracking().SingleAsync(w => w.Id == serang.Id);
            Assert.Equal(new Letterhead("Jl. Ahmad Yani No. 84, Serang", "(0254) 200201", null, "kpu.serang@kpu.go.id", "serangkota.kpu.go.id"), stored.Letterhead);
            Assert.Equal("Kota Serang", stored.SignatureCity);
            Assert.Equal(serang.Revision + 1, stored.Revision);
        }

        var document = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/Dokumen/Rencana/{rak}", UriKind.Relative)));
        Assert.Contains("Jl. Ahmad Yani No. 84, Serang", document, StringComparison.Ordinal);
        Assert.Contains("Telp. (0254) 200201 · kpu.serang@kpu.go.id · serangkota.kpu.go.id", document, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid unitId, params (string Name, object Value)[] fields) =>
        Forms.PostAsync(
            client,
            $"/Satker/{unitId}?handler=Letterhead&tahun=2026",
            fields.ToDictionary(f => f.Name, f => Convert.ToString(f.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
            htmx: false);
}
