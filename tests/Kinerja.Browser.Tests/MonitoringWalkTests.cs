using System.Globalization;
using Kinerja.Browser.Tests.Harness;
using Kinerja.Demo;
using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Monitoring;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>
/// A quarter recorded as a new user does it: from the home page to a unit's monev page, a realisation typed where the quarter
/// has none and saved with Enter, the capaian and category the domain gives, kept after a reload; then a month's realisasi
/// on the RPD page and the penyerapan on the quarter page following it (its own app).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MonitoringWalkTests(BrowserHarness harness)
{
    /// <summary>The demo leaves this unit's plenary count blank in TW IV.</summary>
    private const string Unit = "KPU Provinsi Jawa Tengah";

    private const string Pleno = "Jumlah rapat pleno rekapitulasi daftar pemilih berkelanjutan";

    private const string Typed = "2 Kali";

    [Theory]
    [MemberData(nameof(BrowserHarness.Providers), MemberType = typeof(BrowserHarness))]
    public async Task A_quarter_realisation_and_a_month_of_spending_are_recorded_and_the_quarter_follows(string provider)
    {
        await using var app = await BrowserHarness.StartAppAsync(provider);
        var unitId = await DemoPlans.UnitAsync(app, Unit);
        var (indicatorId, capaian, category) = await ExpectedAsync(app, unitId);
        var year = DemoPlans.Year.ToString(CultureInfo.InvariantCulture);
        await using var tab = await harness.OpenAsync(app, $"/?tahun={year}");
        var page = tab.Page;

        // Home → the unit → its monev page → TW IV.
        await page.GetByLabel("Cari satuan kerja").PressSequentiallyAsync("jawa tengah");
        await page.Locator("#unit-tree").GetByRole(AriaRole.Link, new() { Name = Unit, Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/Satker/{unitId}?tahun={year}");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Monitoring dan evaluasi (realisasi dan capaian) {year}" }).ClickAsync();
        await page.WaitForURLAsync($"**/Satker/{unitId}/Monev?tahun={year}");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Triwulan" }).GetByRole(AriaRole.Link, new() { Name = "TW IV", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**{DemoPlans.QuarterPath(unitId, DemoPlans.Year, 4)}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Monitoring dan evaluasi TW IV");
        var absorptionBefore = await page.Locator("#absorption-total").InnerTextAsync();

        // The plenary count has nothing for TW IV yet: type it and press Enter.
        var row = page.Locator($"#r-{indicatorId:N}");
        var input = row.Locator("input.real-input");
        await Assertions.Expect(input).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(row.Locator("span.shown")).ToHaveTextAsync("belum dilaporkan");
        Assert.NotEqual(capaian, (await row.Locator("td.capaian").InnerTextAsync()).Trim());
        await input.FillAsync(Typed);
        await input.PressAsync("Enter");
        await Assertions.Expect(row.Locator(".saved")).ToHaveTextAsync("Tersimpan.");
        await Assertions.Expect(row.Locator("td.capaian")).ToHaveTextAsync(capaian);
        await Assertions.Expect(row.Locator("td.category")).ToHaveTextAsync(category);

        // Kept after a reload.
        await page.ReloadAsync();
        await Assertions.Expect(row.Locator("input.real-input")).ToHaveValueAsync(Typed);
        await Assertions.Expect(row.Locator("td.capaian")).ToHaveTextAsync(capaian);
        await Assertions.Expect(row.Locator("td.category")).ToHaveTextAsync(category);

        // The RPD page from the budget section: January's realisasi of the first output raised by Rp 50.000.000, Enter.
        await page.GetByRole(AriaRole.Link, new() { Name = "Isi RPD dan realisasi anggaran per bulan" }).ClickAsync();
        await page.WaitForURLAsync($"**{DemoPlans.SpendingPath(unitId, DemoPlans.Year)}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Rencana penarikan dana dan realisasi anggaran");
        var output = page.Locator("table.spending-table tbody.output").First;
        var code = (await output.Locator("td.code").InnerTextAsync()).Trim();
        var plannedJanuary = await output.Locator("tr.rpd td.num").Nth(1).InnerTextAsync(); // after the pagu
        var edit = output.GetByRole(AriaRole.Link, new() { Name = "Ubah" });
        await edit.ClickAsync();
        var rpdJanuary = page.Locator("tbody.editing").GetByLabel($"RPD Januari {code}");
        await Assertions.Expect(rpdJanuary).ToBeFocusedAsync();

        // Escape drops what was typed and gives the focus back to the row's Ubah.
        await rpdJanuary.FillAsync("999");
        await rpdJanuary.PressAsync("Escape");
        await Assertions.Expect(page.Locator("tbody.editing")).ToHaveCountAsync(0);
        await Assertions.Expect(edit).ToBeFocusedAsync();
        await Assertions.Expect(output.Locator("tr.rpd td.num").Nth(1)).ToHaveTextAsync(plannedJanuary);

        await edit.ClickAsync();
        await Assertions.Expect(rpdJanuary).ToBeFocusedAsync();
        await rpdJanuary.PressAsync("Tab");
        await Assertions.Expect(page.Locator("tbody.editing").GetByLabel($"RPD Februari {code}")).ToBeFocusedAsync();
        var january = page.Locator("tbody.editing").GetByLabel($"Realisasi Januari {code}");
        var old = long.Parse(new string([.. (await january.InputValueAsync()).Where(char.IsAsciiDigit)]), CultureInfo.InvariantCulture);
        await january.FillAsync(IdFormat.Whole(old + 50_000_000));
        await january.PressAsync("Enter");
        await Assertions.Expect(page.Locator("tbody.editing")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#realisasi .notice")).ToHaveTextAsync($"RPD dan realisasi {code} disimpan.");
        await Assertions.Expect(output.Locator("tr.real td.num").First).ToHaveTextAsync(IdFormat.Whole(old + 50_000_000));

        // Back on the quarter page the penyerapan follows: everything spent this year over the pagu, as now stored.
        await page.GetByRole(AriaRole.Link, new() { Name = $"Kembali ke monitoring dan evaluasi {year}" }).ClickAsync();
        await page.WaitForURLAsync($"**/Satker/{unitId}/Monev?tahun={year}");
        await tab.GotoAsync(DemoPlans.QuarterPath(unitId, DemoPlans.Year, 4));
        var absorption = await ExpectedAbsorptionAsync(app, unitId);
        Assert.NotEqual(absorptionBefore, absorption);
        await Assertions.Expect(page.Locator("#absorption-total")).ToHaveTextAsync(absorption);

        tab.AssertNoErrors();
    }

    /// <summary>
    /// The plenary indicator of the unit's commission PK, and the capaian and category the domain gives it at TW IV once
    /// <see cref="Typed"/> is recorded, worked out on a copy of the stored report that is never saved.
    /// </summary>
    private static async Task<(Guid Indicator, string Capaian, string Category)> ExpectedAsync(BrowserApp app, Guid unitId)
    {
        await using var db = app.Database.Context();
        var plan = await PlanQueries.Loaded(db).AsNoTracking()
            .SingleAsync(p => p.WorkUnitId == unitId && p.Year == DemoData.Year && p.Kind == PlanKind.Pk && p.Entity == EntityKind.Commission);
        var report = await db.Reports.AsNoTracking().SingleAsync(r => r.PlanId == plan.Id);
        var indicator = plan.Indicators.Single(i => i.Text == Pleno);
        var period = QuarterView.PeriodOf(report.PeriodStyle, 4);
        Assert.Equal(RealisationKind.NotReported, report.Find(indicator.Id, period)?.Value.Kind ?? RealisationKind.NotReported);
        report.Record(plan, indicator.Id, period, Typed);
        var achievement = EarlyWarning.ForIndicator(report.ProgressOf(indicator), period, AchievementPolicy.Standard).ToDate;
        return (indicator.Id, MonitoringLabels.Capaian(achievement), achievement.Category?.Name ?? "–");
    }

    /// <summary>Penyerapan at TW IV as the domain takes it: the stored realisation of the year over the newest version's pagu.</summary>
    private static async Task<string> ExpectedAbsorptionAsync(BrowserApp app, Guid unitId)
    {
        await using var db = app.Database.Context();
        var budget = (await BudgetQueries.LatestAsync(db, unitId, DemoData.Year))!;
        var spending = await db.BudgetRealisations.AsNoTracking().SingleAsync(r => r.WorkUnitId == unitId && r.Year == DemoData.Year);
        var lines = budget.Outputs.Select(o => spending.ProgressOf(o.Code, o.Title, budget.AmountsOf(o).Total, 12));
        return IdFormat.Percent(Achievement.Round(BudgetPerformance.Absorption(lines)!.Value));
    }
}
