using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Monitoring;

public sealed class LkjTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_LKj_table_shows_the_capaian_the_domain_computes_in_HTML_and_XLSX(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        PerformancePlan plan;
        PerformanceReport report;
        await using (var db = app.Database.Context())
        {
            var lebak = await db.WorkUnits.SingleAsync(w => w.Name == "KPU Kabupaten Lebak");
            plan = await Kinerja.Planning.PlanQueries.Loaded(db).AsNoTracking().SingleAsync(p => p.WorkUnitId == lebak.Id && p.Kind == PlanKind.Pk && p.Entity == EntityKind.Commission);
            report = await db.Reports.AsNoTracking().SingleAsync(r => r.PlanId == plan.Id);
        }

        // Lower is better: Lebak had 1 + 2 disputes against a target of 2 perkara → (2·2 − 3) / 2 = 50%.
        var disputes = plan.Indicators.Single(i => i.Direction == Direction.LowerIsBetter);
        var expected = report.ProgressOf(disputes).ToDate(Period.Quarter(4), AchievementPolicy.Standard);
        Assert.Equal(50m, expected.Percent);

        using var client = app.CreateClient();
        var html = await client.GetStringAsync(new Uri($"/Dokumen/LKj/{plan.Id}?tw=4", UriKind.Relative));
        var row = Regex.Match(html, $"<tr id=\"lkj-{disputes.Id:N}\">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains(">50%<", row, StringComparison.Ordinal);
        Assert.Contains(expected.Category!.Name, row, StringComparison.Ordinal);
        Assert.Contains("Penyerapan", html, StringComparison.Ordinal);

        var xlsx = await client.GetAsync(new Uri($"/Dokumen/LKj/{plan.Id}?tw=4&format=xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var book = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var cells = book.Worksheet(1).CellsUsed().ToList();
        var index = cells.FindIndex(c => c.GetString() == disputes.Text);
        Assert.True(index >= 0);
        // The capaian is a number with a percent format, as the domain computed it.
        Assert.Equal((XLDataType.Number, 0.5d, "#,##0%"), (cells[index + 3].DataType, cells[index + 3].GetDouble(), cells[index + 3].Style.NumberFormat.Format));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_LKj_preview_is_signed_by_the_entitys_head_as_its_downloads_are(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        Guid planId;
        Official head;
        await using (var db = app.Database.Context())
        {
            var lebak = await db.WorkUnits.SingleAsync(w => w.Name == "KPU Kabupaten Lebak");
            planId = await db.Plans.Where(p => p.WorkUnitId == lebak.Id && p.Kind == PlanKind.Pk && p.Entity == EntityKind.Secretariat).Select(p => p.Id).SingleAsync();
            head = lebak.HeadOf(EntityKind.Secretariat)!;
        }

        Assert.NotNull(head.Nip);
        using var client = app.CreateClient();
        var html = await client.GetStringAsync(new Uri($"/Dokumen/LKj/{planId}?tw=4", UriKind.Relative));
        var block = Regex.Match(html, "<div class=\"signatures\">.*?</div></div>", RegexOptions.Singleline).Value;
        Assert.Contains($"<p class=\"name\">{System.Net.WebUtility.HtmlEncode(head.Name)}</p>", block, StringComparison.Ordinal);
        Assert.Contains($"<p>NIP. {head.Nip!.Value.Grouped}</p>", block, StringComparison.Ordinal);
    }
}
