using System.Net;
using Kinerja.Demo;
using Kinerja.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Budgets;

/// <summary>
/// Amounts each valid for a long but whose sums overflow it, written straight into the tables as rows stored before the
/// ceiling (or by SQL) would be: every page that sums them still answers, and shows such a total as beyond the ceiling.
/// </summary>
public sealed class OverflowingAmountsTests
{
    private static readonly int Year = DemoData.Year.Value;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pages_that_sum_overflowing_rows_answer_and_show_them_beyond_the_ceiling(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        Guid serang, banten, version, rak;
        await using (var db = app.Database.Context())
        {
            serang = await db.WorkUnits.Where(w => w.Name == "KPU Kota Serang").Select(w => w.Id).SingleAsync();
            banten = await db.WorkUnits.Where(w => w.Name == "KPU Provinsi Banten").Select(w => w.Id).SingleAsync();
            version = await db.BudgetVersions.Where(b => b.WorkUnitId == serang).OrderByDescending(b => b.Number).Select(b => b.Id).FirstAsync();
            rak = await db.Plans.Where(p => p.WorkUnitId == serang && p.Kind == Domain.Planning.PlanKind.Rak).Select(p => p.Id).FirstAsync();
            var max = long.MaxValue;
            Assert.True(await db.Database.ExecuteSqlRawAsync("UPDATE \"BudgetLines\" SET \"Baseline\" = {0} WHERE \"Baseline\" IS NOT NULL", max) > 1);
            await db.Database.ExecuteSqlRawAsync("UPDATE \"BudgetLines\" SET \"NewInitiative\" = {0} WHERE \"NewInitiative\" IS NOT NULL", max);
            Assert.True(await db.Database.ExecuteSqlRawAsync("UPDATE \"Actions\" SET \"BudgetCeiling\" = {0} WHERE \"BudgetCeiling\" IS NOT NULL", max) > 1);
            Assert.True(await db.Database.ExecuteSqlRawAsync("UPDATE \"BudgetRealisationMonths\" SET \"Planned\" = {0}", max) > 1);
            await db.Database.ExecuteSqlRawAsync("UPDATE \"BudgetRealisationMonths\" SET \"Realised\" = {0} WHERE \"Realised\" IS NOT NULL", max);
        }

        using var client = app.CreateClient();
        var beyond = "> " + IdFormat.Whole(Rupiah.Max);
        foreach (var (page, showsBeyond) in new[]
        {
            ($"/?tahun={Year}", true),
            ($"/Satker/{serang}?tahun={Year}", true),
            ($"/Anggaran/{version}", true),
            ($"/Rencana/{rak}", true),
            ($"/Satker/{serang}/Anggaran/Realisasi?tahun={Year}", true),
            ($"/Satker/{serang}/Monev?tahun={Year}&tw=2", true),
            ($"/Satker/{serang}/Pemeriksaan?tahun={Year}", false),
            ($"/Monev/Provinsi/{banten}?tahun={Year}&tw=2", false),
            ($"/Monev/Nasional?tahun={Year}&tw=2", false),
            ($"/Dokumen/Monev/{serang}?tahun={Year}&tw=2", true),
        })
        {
            var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)response.StatusCode}");
            Assert.DoesNotContain("9.223.372.036.854.775.807", html, StringComparison.Ordinal);
            if (showsBeyond)
            {
                Assert.True(html.Contains(beyond, StringComparison.Ordinal), $"{page} shows the total beyond the ceiling");
            }
        }
    }
}
