using System.Net;
using System.Text.RegularExpressions;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Monitoring;

/// <summary>An entity whose RAK is scheduled by month reports its PK by month: the quarter page offers the quarter's three months.</summary>
public sealed class MonthlyReportingTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_first_realisation_under_a_monthly_RAK_starts_a_monthly_report_read_through_the_quarter(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        Guid unitId, banten;
        PerformancePlan pk;
        await using (var db = app.Database.Context())
        {
            unitId = await db.WorkUnits.Where(w => w.Name == "KPU Kota Serang").Select(w => w.Id).SingleAsync();
            banten = await db.WorkUnits.Where(w => w.Name == "KPU Provinsi Banten").Select(w => w.Id).SingleAsync();
            pk = await Kinerja.Planning.PlanQueries.Loaded(db).AsNoTracking()
                .SingleAsync(p => p.WorkUnitId == unitId && p.Kind == PlanKind.Pk && p.Entity == EntityKind.Secretariat);
            Assert.Equal(ScheduleStyle.Monthly, await db.Plans.Where(p => p.WorkUnitId == unitId && p.Kind == PlanKind.Rak && p.Entity == EntityKind.Secretariat).Select(p => p.ScheduleStyle).SingleAsync());
            // The demo reported this PK by quarter; start again as a unit that has not reported yet.
            await db.Reports.Where(r => r.PlanId == pk.Id).ExecuteDeleteAsync();
        }

        var indicator = pk.Indicators.First(i => i.Target?.Kind == TargetKind.Percentage);
        using var client = app.CreateClient();
        var page = await client.GetStringAsync(new Uri($"/Satker/{unitId}/Monev?tahun=2026&tw=3", UriKind.Relative));
        Assert.Contains("aria-label=\"Bulan\"", page, StringComparison.Ordinal);
        Assert.Contains("Realisasi September", page, StringComparison.Ordinal);

        using var saved = await Forms.PostAsync(client, $"/Satker/{unitId}/Monev?tahun=2026&tw=3&bulan=8&handler=Realisation&planId={pk.Id}&indicatorId={indicator.Id}", new Dictionary<string, string>
        {
            ["rev"] = "0", ["realisasi"] = "80%",
        }, htmx: true);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        PerformanceReport report;
        await using (var db = app.Database.Context())
        {
            report = await db.Reports.AsNoTracking().SingleAsync(r => r.PlanId == pk.Id);
        }

        Assert.Equal(ScheduleStyle.Monthly, report.PeriodStyle);
        Assert.Equal("80%", report.Find(indicator.Id, Period.Month(8))!.Text);
        Assert.Null(report.Find(indicator.Id, Period.Quarter(3)));

        // August shows what was typed; September (the quarter's default month) is blank but the year to date carries August.
        var august = Row(await client.GetStringAsync(new Uri($"/Satker/{unitId}/Monev?tahun=2026&tw=3&bulan=8", UriKind.Relative)), indicator.Id);
        Assert.Contains("value=\"80%\"", august, StringComparison.Ordinal);
        var september = Row(await client.GetStringAsync(new Uri($"/Satker/{unitId}/Monev?tahun=2026&tw=3", UriKind.Relative)), indicator.Id);
        Assert.Contains("belum dilaporkan", september, StringComparison.Ordinal);
        var expected = report.ProgressOf(indicator).ToDate(Period.Month(9), AchievementPolicy.Standard);
        Assert.Equal(AchievementStatus.Computed, expected.Status);
        Assert.Contains(expected.Display(), september, StringComparison.Ordinal);

        // A month outside the quarter is no page.
        using var wrong = await client.GetAsync(new Uri($"/Satker/{unitId}/Monev?tahun=2026&tw=3&bulan=4", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);

        // The province reads the monthly report through the quarter's last month, like the unit's page.
        var province = await client.GetStringAsync(new Uri($"/Monev/Provinsi/{banten}?tahun=2026&tw=3", UriKind.Relative));
        var columns = Regex.Matches(Regex.Match(province, "<thead>.*?</thead>", RegexOptions.Singleline).Value, "<th scope=\"col\">(.*?)</th>", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).ToList();
        var column = columns.FindIndex(c => c.StartsWith(indicator.Text, StringComparison.Ordinal) && c.Contains("Sekretariat", StringComparison.Ordinal));
        Assert.True(column > 0, "the indicator is one the province's units share");
        var serang = Regex.Match(province, "<tr>\\s*<th scope=\"row\"><a[^>]*>KPU Kota Serang</a>.*?</tr>", RegexOptions.Singleline).Value;
        var cells = Regex.Matches(serang, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.Equal(expected.Display(), cells[column - 1]);
    }

    private static string Row(string html, Guid indicator) =>
        Regex.Match(html, $"<tr id=\"r-{indicator:N}\".*?</tr>", RegexOptions.Singleline).Value;
}
