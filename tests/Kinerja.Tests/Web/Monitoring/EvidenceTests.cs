using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Kinerja.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Monitoring;

/// <summary>Bukti dukung over HTTP: safe names in and out, the limit per indicator and period, and removal.</summary>
public sealed partial class MonitoringPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Evidence_sent_with_a_windows_path_is_kept_and_offered_under_its_bare_name(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var pk = await PkAsync(app, "KPU Kota Serang");
        using var client = app.CreateClient();
        var indicator = pk.Indicators[Pleno];

        var sent = await UploadEvidenceAsync(client, pk, indicator, "C:\\Users\\operator\\Desktop\\CON.pdf", pk.Revision);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        await using var db = app.Database.Context();
        var kept = await db.Evidence.AsNoTracking().SingleAsync();
        Assert.Equal("_CON.pdf", kept.FileName);
        using var download = await client.GetAsync(new Uri($"/Satker/{pk.UnitId}/Monev?handler=Evidence&evidenceId={kept.Id}", UriKind.Relative));
        var disposition = download.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal("_CON.pdf", disposition?.FileName?.Trim('"'));
        Assert.DoesNotContain("\\", download.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_evidence_past_the_limit_of_an_indicator_and_period_is_refused_with_the_reason(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var pk = await PkAsync(app, "KPU Kota Serang");
        using var client = app.CreateClient();
        var indicator = pk.Indicators[Pleno];
        var rev = pk.Revision;
        for (var i = 0; i < EvidenceLimits.PerRow; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await UploadEvidenceAsync(client, pk, indicator, $"notulen {i}.pdf", rev++)).StatusCode);
        }

        using var refused = await UploadEvidenceAsync(client, pk, indicator, "satu lagi.pdf", rev);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("sudah memiliki 10 bukti dukung pada periode ini", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.Database.Context();
        Assert.Equal(EvidenceLimits.PerRow, await db.Evidence.CountAsync());
        Assert.Equal(rev, (await db.Reports.AsNoTracking().SingleAsync(r => r.PlanId == pk.PlanId)).Revision);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Evidence_of_an_editable_report_can_be_removed_once_and_only_at_the_current_revision(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var pk = await PkAsync(app, "KPU Kota Serang");
        using var client = app.CreateClient();
        var indicator = pk.Indicators[Pleno];
        await UploadEvidenceAsync(client, pk, indicator, "notulen pleno.pdf", pk.Revision);
        var page = await client.GetStringAsync(new Uri($"/Satker/{pk.UnitId}/Monev?tahun=2026&tw=2", UriKind.Relative));
        var remove = WebUtility.HtmlDecode(Regex.Match(RowOf(page, indicator), "action=\"([^\"]*handler=RemoveEvidence[^\"]*)\"").Groups[1].Value);
        Assert.NotEmpty(remove);

        using var stale = await PostAsync(client, remove, new() { ["rev"] = pk.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture) }, htmx: false);
        using var removed = await PostAsync(client, remove, new() { ["rev"] = (pk.Revision + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }, htmx: false);
        using var again = await PostAsync(client, remove, new() { ["rev"] = (pk.Revision + 2).ToString(System.Globalization.CultureInfo.InvariantCulture) }, htmx: false);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode); // the redirect back to the page, followed
        Assert.DoesNotContain("notulen pleno.pdf", RowOf(await removed.Content.ReadAsStringAsync(), indicator), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        await using var db = app.Database.Context();
        Assert.Equal(0, await db.Evidence.CountAsync());
        var report = await db.Reports.AsNoTracking().SingleAsync(r => r.PlanId == pk.PlanId);
        Assert.Equal(pk.Revision + 2, report.Revision);
        Assert.True(await db.Changes.AnyAsync(c => c.SubjectId == report.Id && c.Summary.Contains("dihapus: notulen pleno.pdf")));
    }

    private static async Task<HttpResponseMessage> UploadEvidenceAsync(HttpClient client, Pk pk, Guid indicator, string name, int rev, byte[]? content = null)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(rev.ToString(System.Globalization.CultureInfo.InvariantCulture)), "rev");
        var file = new ByteArrayContent(content ?? "%PDF-1.4 notulen"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "berkas", name);
        return await client.PostAsync(new Uri($"/Satker/{pk.UnitId}/Monev?tahun=2026&tw=2&handler=Evidence&planId={pk.PlanId}&indicatorId={indicator}", UriKind.Relative), form);
    }
}
