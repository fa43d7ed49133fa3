using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Kinerja.Demo;
using Kinerja.Domain.Budgeting;
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

    public static TheoryData<string, string, string?> Typed => new()
    {
        { "sqlite", "100.000.000.000.001", "melebihi batas Rp 100.000.000.000.000" },
        { "sqlite", "1" + new string('0', 40), "melebihi batas Rp 100.000.000.000.000" },
        { "sqlite", "\uFF11\uFF12\uFF15\uFF10\uFF10\uFF10\uFF10\uFF10", null },
        { "sqlite", "\u0661\u066B\u0662\u0665\u0660\u066B\u0660\u0660\u0660", "bukan jumlah rupiah" },
        { "sqlite", "Rp \u0661.\u0662\u0665\u0660.\u0660\u0660\u0660", null },
        { "postgres", "99.999.999.999.999.999", "melebihi batas Rp 100.000.000.000.000" },
        { "postgres", "\u0661\u0662\u0665\u0660\u0660\u0660\u0660", null },
    };

    [Theory]
    [MemberData(nameof(Typed))]
    public async Task A_typed_amount_reads_any_digits_and_one_beyond_the_ceiling_is_refused_next_to_its_field(string provider, string typed, string? error)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        BudgetVersion version;
        await using (var db = app.Database.Context())
        {
            var serang = await db.WorkUnits.Where(w => w.Name == "KPU Kota Serang").Select(w => w.Id).SingleAsync();
            version = await db.BudgetVersions.AsNoTracking().Include(b => b.Lines).Where(b => b.WorkUnitId == serang).OrderByDescending(b => b.Number).FirstAsync();
        }

        var line = version.Find(BudgetCode.Parse("3363.QDB.001"))!;
        using var client = app.CreateClient();
        var response = await Forms.PostAsync(client, $"/Anggaran/{version.Id}?handler=SaveLine", new Dictionary<string, string>
        {
            ["lineId"] = line.Id.ToString(),
            ["rev"] = version.Revision.ToString(CultureInfo.InvariantCulture),
            ["title"] = line.Title,
            ["volume"] = line.Volume?.ToString() ?? string.Empty,
            ["baseline"] = typed,
            ["newInitiative"] = string.Empty,
        }, htmx: true);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        await using var after = app.Database.Context();
        var stored = await after.BudgetVersions.AsNoTracking().Include(b => b.Lines).SingleAsync(b => b.Id == version.Id);
        if (error is null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(RupiahInput.Read(typed), stored.Find(line.Code)!.Baseline);
            Assert.Equal(Rupiah.Parse(Digits.ToAscii(typed)), stored.Find(line.Code)!.Baseline);
        }
        else
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains(error, Regex.Match(html, "<span class=\"field-error\" id=\"f-baseline-error\">([^<]*)</span>").Groups[1].Value, StringComparison.Ordinal);
            Assert.Equal(line.Baseline, stored.Find(line.Code)!.Baseline);
        }
    }
}
