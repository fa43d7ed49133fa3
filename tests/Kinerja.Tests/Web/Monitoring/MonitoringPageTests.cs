using System.Net;
using System.Text.RegularExpressions;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Monitoring;

/// <summary>The quarter page over HTTP, on the demo data of each provider.</summary>
public sealed partial class MonitoringPageTests
{
    private sealed record Pk(Guid UnitId, Guid PlanId, int Revision, Dictionary<string, Guid> Indicators);

    private static async Task<Pk> PkAsync(KinerjaApp app, string unitName)
    {
        await using var db = app.Database.Context();
        var unit = await db.WorkUnits.SingleAsync(w => w.Name == unitName);
        var plan = await Kinerja.Planning.PlanQueries.Loaded(db).AsNoTracking()
            .SingleAsync(p => p.WorkUnitId == unit.Id && p.Kind == PlanKind.Pk && p.Entity == EntityKind.Commission);
        var report = await db.Reports.AsNoTracking().SingleAsync(r => r.PlanId == plan.Id);
        return new Pk(unit.Id, plan.Id, report.Revision, plan.Indicators.ToDictionary(i => i.Text, i => i.Id));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, bool htmx = true) =>
        Forms.PostAsync(client, url, fields, htmx);

    private static string RealisationUrl(Pk pk, Guid indicator, int tw) =>
        $"/Satker/{pk.UnitId}/Monev?tahun=2026&tw={tw}&handler=Realisation&planId={pk.PlanId}&indicatorId={indicator}";

    private static string RowOf(string html, Guid indicator) =>
        Regex.Match(html, $"<tr id=\"r-{indicator:N}\".*?</tr>", RegexOptions.Singleline).Value;

    private const string Pleno = "Jumlah rapat pleno rekapitulasi daftar pemilih berkelanjutan";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_quarter_page_shows_indicators_capaian_budget_and_the_S_curve(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var pk = await PkAsync(app, "KPU Kabupaten Lebak");
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri($"/Satker/{pk.UnitId}/Monev?tahun=2026&tw=2", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Monitoring dan evaluasi TW II", html, StringComparison.Ordinal);
        // Pleno: 1 + 1 of 4 Kali by the end of TW II → 50%, Sangat Kurang.
        var row = RowOf(html, pk.Indicators[Pleno]);
        Assert.Contains("50%", row, StringComparison.Ordinal);
        Assert.Contains("Sangat Kurang", row, StringComparison.Ordinal);
        Assert.Contains("makin rendah makin baik", html, StringComparison.Ordinal);
        Assert.Contains("id=\"scurve\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Kurva S", html, StringComparison.Ordinal);
        Assert.Contains("Tabel kurva S", html, StringComparison.Ordinal);
        // Lebak spends behind its RPD: the early warning says so.
        Assert.Contains("EW_ABSORPTION_BEHIND", html, StringComparison.Ordinal);
        Assert.Contains("Kemajuan Rencana Aksi Kinerja", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Recording_a_realisation_changes_the_capaian_on_the_page_and_is_stored_as_typed(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var pk = await PkAsync(app, "KPU Kota Serang");
        using var client = app.CreateClient();
        var indicator = pk.Indicators[Pleno];

        var response = await PostAsync(client, RealisationUrl(pk, indicator, 2), new()
        {
            ["rev"] = pk.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture), ["realisasi"] = "3 Kali", ["kendala"] = "Pleno tambahan",
        });
        var fragment = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("100%", fragment, StringComparison.Ordinal);
        Assert.Contains("Sangat Baik", fragment, StringComparison.Ordinal);
        Assert.Contains($"value=\"{pk.Revision + 1}\" hx-swap-oob=\"true\"", fragment, StringComparison.Ordinal);

        var page = await client.GetStringAsync(new Uri($"/Satker/{pk.UnitId}/Monev?tahun=2026&tw=2", UriKind.Relative));
        Assert.Contains("100%", RowOf(page, indicator), StringComparison.Ordinal);
        Assert.Contains("Pleno tambahan", RowOf(page, indicator), StringComparison.Ordinal);

        await using var db = app.Database.Context();
        var report = await db.Reports.AsNoTracking().SingleAsync(r => r.PlanId == pk.PlanId);
        Assert.Equal("3 Kali", report.Find(indicator, Period.Quarter(2))!.Text);
        Assert.Equal(pk.Revision + 1, report.Revision);
        Assert.Contains(await db.Changes.AsNoTracking().Where(c => c.SubjectId == report.Id).ToListAsync(), c => c.Summary.Contains("3 Kali", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Blank_zero_and_na_are_shown_differently(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var pk = await PkAsync(app, "KPU Kota Serang");
        using var client = app.CreateClient();
        var rev = pk.Revision;
        var rows = new Dictionary<string, string>();
        foreach (var (name, value) in new[] { (Pleno, string.Empty), ("Jumlah sengketa proses Pemilihan yang diajukan ke Bawaslu", "0"), ("Persentase tahapan Pemilihan yang terlaksana tepat waktu", "n/a") })
        {
            var response = await PostAsync(client, RealisationUrl(pk, pk.Indicators[name], 1), new() { ["rev"] = (rev++).ToString(System.Globalization.CultureInfo.InvariantCulture), ["realisasi"] = value });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            rows[value] = await response.Content.ReadAsStringAsync();
        }

        Assert.Contains("class=\"shown blank\">belum dilaporkan<", rows[string.Empty], StringComparison.Ordinal);
        Assert.Contains("class=\"shown value\">0<", rows["0"], StringComparison.Ordinal);
        Assert.Contains("class=\"shown na\">n/a<", rows["n/a"], StringComparison.Ordinal);
        // A blank quarter is never 100%: the year so far of pleno at TW I is not reported.
        Assert.Contains("cat-blank", rows[string.Empty], StringComparison.Ordinal);
        Assert.DoesNotContain("100%", Regex.Match(rows[string.Empty], "<td class=\"capaian.*?</td>", RegexOptions.Singleline).Value, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stale_revision_is_refused_with_409_and_nothing_is_stored(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var pk = await PkAsync(app, "KPU Kota Serang");
        using var client = app.CreateClient();
        var indicator = pk.Indicators[Pleno];
        var rev = pk.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var first = await PostAsync(client, RealisationUrl(pk, indicator, 2), new() { ["rev"] = rev, ["realisasi"] = "2 Kali" });
        var second = await PostAsync(client, RealisationUrl(pk, indicator, 2), new() { ["rev"] = rev, ["realisasi"] = "5 Kali" });
        var html = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("value=\"5 Kali\"", html, StringComparison.Ordinal);
        Assert.Contains("sudah diubah oleh penguji (KPU RI)", html, StringComparison.Ordinal);
        Assert.Contains("\"1 Kali\" → \"2 Kali\"", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        await using var db = app.Database.Context();
        var report = await db.Reports.AsNoTracking().SingleAsync(r => r.PlanId == pk.PlanId);
        Assert.Equal("2 Kali", report.Find(indicator, Period.Quarter(2))!.Text);
        Assert.Equal(pk.Revision + 1, report.Revision);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_broken_rule_is_422_next_to_the_field_and_keeps_what_was_typed(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var pk = await PkAsync(app, "KPU Kota Serang");
        using var client = app.CreateClient();
        var indicator = pk.Indicators[Pleno];

        var response = await PostAsync(client, RealisationUrl(pk, indicator, 2), new() { ["rev"] = pk.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture), ["realisasi"] = "90%", ["pembilang"] = "9" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("Pembilang dan penyebut diisi berdua", html, StringComparison.Ordinal);
        Assert.Contains("value=\"90%\"", html, StringComparison.Ordinal);
        await using var db = app.Database.Context();
        Assert.Equal(pk.Revision, (await db.Reports.AsNoTracking().SingleAsync(r => r.PlanId == pk.PlanId)).Revision);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Evidence_of_a_bad_type_or_size_is_422_and_a_pdf_is_stored_and_downloadable(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var pk = await PkAsync(app, "KPU Kota Serang");
        using var client = app.CreateClient();
        var indicator = pk.Indicators[Pleno];
        Task<HttpResponseMessage> UploadAsync(string name, byte[] bytes, int rev) => UploadEvidenceAsync(client, pk, indicator, name, rev, bytes);

        var exe = await UploadAsync("program.exe", [0x4D, 0x5A, 0x90], pk.Revision);
        var exeHtml = await exe.Content.ReadAsStringAsync();
        var big = new byte[(5 * 1024 * 1024) + 10];
        "%PDF"u8.CopyTo(big);
        var tooBig = await UploadAsync("besar.pdf", big, pk.Revision);
        var tooBigHtml = await tooBig.Content.ReadAsStringAsync();
        var pdf = await UploadAsync("notulen pleno.pdf", "%PDF-1.4 notulen"u8.ToArray(), pk.Revision);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, exe.StatusCode);
        Assert.Contains("harus PDF, JPG, PNG, XLSX atau DOCX", exeHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooBig.StatusCode);
        Assert.Contains("batasnya 5 MB", tooBigHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode); // the client follows the redirect back to the page

        var page = await client.GetStringAsync(new Uri($"/Satker/{pk.UnitId}/Monev?tahun=2026&tw=2", UriKind.Relative));
        var link = Regex.Match(RowOf(page, indicator), "href=\"([^\"]*handler=Evidence[^\"]*)\">notulen pleno.pdf<").Groups[1].Value;
        Assert.NotEmpty(link);
        var download = await client.GetAsync(new Uri(WebUtility.HtmlDecode(link), UriKind.Relative));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-1.4 notulen"u8.ToArray(), await download.Content.ReadAsByteArrayAsync());
        await using var db = app.Database.Context();
        Assert.Equal(1, await db.Evidence.CountAsync());
    }
}
