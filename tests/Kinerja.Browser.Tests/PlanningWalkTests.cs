using Kinerja.Browser.Tests.Harness;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>A planner's work in the editor, each walk on an app and database of its own: new plans, next year, two people at once.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanningWalkTests(BrowserHarness harness)
{
    private const int NextYear = 2027;

    [Theory]
    [MemberData(nameof(BrowserHarness.Providers), MemberType = typeof(BrowserHarness))]
    public async Task A_planner_writes_a_units_RKT_and_monthly_RAK_from_empty_mostly_with_the_keyboard(string provider)
    {
        await using var app = await BrowserHarness.StartAppAsync(provider);
        var unit = await DemoPlans.UnitAsync(app);
        await using var tab = await harness.OpenAsync(app, DemoPlans.UnitPath(unit, NextYear));
        var page = tab.Page;
        var secretariat = page.Locator("#entitas-secretariat");

        // RKT: one goal and one indicator whose target the editor reads back while it is typed.
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Buat RKT" }).ClickAsync();
        await page.WaitForURLAsync("**/Rencana/*");
        var rktId = Guid.Parse(page.Url.Split('/')[^1]);
        await Assertions.Expect(page.Locator("table.plan")).ToContainTextAsync("Rencana ini belum berisi sasaran.");
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Sasaran" }).ClickAsync();
        await TypeInNewRowAsync(page, "Rumusan sasaran", "Terwujudnya penyelenggaraan pemilu yang berintegritas");
        await page.Keyboard.PressAsync("Enter");
        await AssertSavedAsync(page, "tr.row-goal", 1);
        await page.Keyboard.PressAsync("Escape");   // the next blank goal row, opened by Enter, is not wanted
        await Assertions.Expect(page.Locator("tr.editing")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah indikator pada sasaran 1" }).ClickAsync();
        await TypeInNewRowAsync(page, "Rumusan indikator", "Persentase tahapan yang terlaksana tepat waktu");
        var target = page.Locator("tr.editing").GetByLabel("Target", new() { Exact = true });
        await target.FocusAsync();
        await page.Keyboard.TypeAsync("97,5 %");
        await Assertions.Expect(page.Locator("tr.editing output.target-hint")).ToContainTextAsync("persentase 97,5");
        await page.Keyboard.PressAsync("Enter");
        await AssertSavedAsync(page, "tr.row-indicator", 1);
        await Assertions.Expect(page.Locator("tr.row-indicator:not(.editing) td.target")).ToHaveTextAsync("97,5 %");

        await using (var db = app.Database.Context())
        {
            var rkt = await PlanQueries.Loaded(db).AsNoTracking().SingleAsync(p => p.Id == rktId);
            Assert.Equal((PlanKind.Rkt, EntityKind.Secretariat, NextYear, PlanStatus.Draft), (rkt.Kind, rkt.Entity, rkt.Year.Value, rkt.Status));
            Assert.Equal("Terwujudnya penyelenggaraan pemilu yang berintegritas", Assert.Single(rkt.Goals).Statement);
            var indicator = Assert.Single(rkt.Indicators);
            Assert.Equal(("Persentase tahapan yang terlaksana tepat waktu", "97,5 %"), (indicator.Text, indicator.Target?.Text));
        }

        // RAK by month, keyboard first: Enter saves a row and opens the next blank one, Escape drops it, Tab reaches the buttons.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Jejak" }).GetByRole(AriaRole.Link, new() { Name = DemoPlans.Unit }).ClickAsync();
        await page.WaitForURLAsync($"**/Satker/{unit}?tahun={NextYear}");
        await secretariat.GetByLabel("Jadwal").SelectOptionAsync("Monthly");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Buat RAK" }).ClickAsync();
        await page.WaitForURLAsync("**/Rencana/*");
        var rakId = Guid.Parse(page.Url.Split('/')[^1]);
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "B12", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "+ Sasaran" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await TypeInNewRowAsync(page, "Rumusan sasaran", "Terwujudnya dukungan logistik pemilu");
        await page.Keyboard.PressAsync("Enter");
        await AssertSavedAsync(page, "tr.row-goal", 1);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ubah sasaran 1" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tambah indikator pada sasaran 1" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await TypeInNewRowAsync(page, "Rumusan indikator", "Persentase logistik yang terdistribusi tepat waktu");
        await page.Keyboard.PressAsync("Tab");  // Arah
        await page.Keyboard.PressAsync("Tab");  // Kode
        await page.Keyboard.PressAsync("Tab");  // Target
        await page.Keyboard.TypeAsync("100 %");
        await Assertions.Expect(page.Locator("tr.editing output.target-hint")).ToContainTextAsync("persentase 100");
        await page.Keyboard.PressAsync("Enter");
        await AssertSavedAsync(page, "tr.row-indicator", 1);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ubah indikator 1.1" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tambah aksi pada indikator 1.1" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        // Two actions, the second in the blank row the first one's Enter opened.
        await TypeActionAsync(page, "Distribusi logistik ke PPK", "1 laporan", "1.500.000", new() { ["B1"] = "v", ["B3"] = "v" });
        await page.Keyboard.PressAsync("Enter");
        await AssertSavedAsync(page, "tr.row-action", 1);
        await TypeActionAsync(page, "Inventarisasi logistik", "2 dokumen", "2250000", new() { ["B6"] = "36 Pegawai" });
        await page.Keyboard.PressAsync("Enter");
        await AssertSavedAsync(page, "tr.row-action", 2);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("tr.editing")).ToHaveCountAsync(0);

        // The plan's total is the sum of the two ceilings, written the Indonesian way.
        await Assertions.Expect(page.Locator("#plan-total")).ToContainTextAsync(IdFormat.Rupiah(3_750_000));
        await Assertions.Expect(page.Locator("table.plan tfoot")).ToContainTextAsync("3.750.000");
        var first = page.Locator("tr.row-action").First;
        await Assertions.Expect(first.GetByRole(AriaRole.Button, new() { Name = "B1", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(first.GetByRole(AriaRole.Button, new() { Name = "B2", Exact = true })).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(page.Locator("tr.row-action").Nth(1).GetByRole(AriaRole.Button, new() { Name = "B6 36 Pegawai", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");

        await using (var db = app.Database.Context())
        {
            var rak = await PlanQueries.Loaded(db).AsNoTracking().SingleAsync(p => p.Id == rakId);
            Assert.Equal((PlanKind.Rak, ScheduleStyle.Monthly, NextYear), (rak.Kind, rak.ScheduleStyle, rak.Year.Value));
            var actions = rak.Actions.ToList();
            Assert.Equal(["Distribusi logistik ke PPK", "Inventarisasi logistik"], actions.Select(a => a.Name));
            Assert.Equal([1_500_000L, 2_250_000L], actions.Select(a => a.BudgetCeiling!.Value.Value));
            Assert.Equal(["B1", "B3"], actions[0].Schedule.Select(e => e.Period.Code).Order(StringComparer.Ordinal));
            Assert.Equal(("B6", "36 Pegawai"), (Assert.Single(actions[1].Schedule).Period.Code, actions[1].Schedule.Single().Value));
            Assert.Equal(3_750_000L, rak.BudgetCeilingTotal.Value);
        }

        tab.AssertNoErrors();
    }

    [Theory]
    [MemberData(nameof(BrowserHarness.Providers), MemberType = typeof(BrowserHarness))]
    public async Task A_planner_starts_next_year_from_this_years_plans(string provider)
    {
        await using var app = await BrowserHarness.StartAppAsync(provider);
        var unit = await DemoPlans.UnitAsync(app);
        await using var tab = await harness.OpenAsync(app, DemoPlans.UnitPath(unit, NextYear));
        var page = tab.Page;
        await Assertions.Expect(page.Locator(".plans-table .status")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai dari tahun sebelumnya" }).ClickAsync();

        await page.WaitForURLAsync($"**/Satker/{unit}?tahun={NextYear}");
        await using var db = app.Database.Context();
        var year = Kinerja.Demo.DemoData.Year;
        var copied = await db.Plans.CountAsync(p => p.WorkUnitId == unit && p.Year == year);
        Assert.True(copied > 0, "The demo unit has no plans to copy.");
        var statuses = page.Locator(".plans-table .status");
        await Assertions.Expect(statuses).ToHaveCountAsync(copied);
        foreach (var status in await statuses.AllAsync())
        {
            await Assertions.Expect(status).ToHaveTextAsync("Draf");
        }

        // Every plan of next year is a draft with this year's content.
        var next = new FiscalYear(NextYear);
        var plans = await PlanQueries.Loaded(db).AsNoTracking().Where(p => p.WorkUnitId == unit && p.Year == next).ToListAsync();
        Assert.Equal(copied, plans.Count);
        Assert.All(plans, p => Assert.Equal(PlanStatus.Draft, p.Status));
        Assert.All(plans, p => Assert.NotEmpty(p.Goals));
        tab.AssertNoErrors();
    }

    [Theory]
    [MemberData(nameof(BrowserHarness.Providers), MemberType = typeof(BrowserHarness))]
    public async Task Two_tabs_change_the_same_plan_and_the_second_sees_the_first_ones_change_and_keeps_its_text(string provider)
    {
        await using var app = await BrowserHarness.StartAppAsync(provider);
        var plan = await DemoPlans.MonthlyRakAsync(app);
        await using var one = await harness.OpenAsync(app, DemoPlans.PlanPath(plan));
        await using var two = await harness.OpenAsync(app, DemoPlans.PlanPath(plan));
        two.ExpectRefusals(409);

        // Both open a row on the same plan revision; the second one is still typing when the first one saves.
        await two.Page.Locator("tr.row-goal").Nth(0).GetByRole(AriaRole.Button, new() { Name = "Ubah" }).ClickAsync();
        var secondText = two.Page.Locator("tr.editing").GetByLabel("Rumusan sasaran");
        await secondText.FillAsync("Sasaran yang diubah di tab kedua");

        await one.Page.Locator("tr.row-goal").Nth(1).GetByRole(AriaRole.Button, new() { Name = "Ubah" }).ClickAsync();
        await one.Page.Locator("tr.editing").GetByLabel("Rumusan sasaran").FillAsync("Sasaran yang diubah di tab pertama");
        await one.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(one.Page.Locator("tr.editing")).ToHaveCountAsync(0);
        await Assertions.Expect(one.Page.Locator("tr.row-goal").Nth(1)).ToContainTextAsync("Sasaran yang diubah di tab pertama");

        var refused = await two.Page.RunAndWaitForResponseAsync(() => secondText.PressAsync("Enter"), r => r.Url.Contains("handler=Save", StringComparison.Ordinal));
        Assert.Equal(409, refused.Status);
        var row = two.Page.Locator("tr.editing");
        await Assertions.Expect(row.GetByRole(AriaRole.Alert)).ToContainTextAsync("sudah diubah oleh penguji (KPU RI)");
        await Assertions.Expect(row.Locator(".change-list")).ToContainTextAsync("Sasaran yang diubah di tab pertama");
        await Assertions.Expect(row.GetByLabel("Rumusan sasaran")).ToHaveValueAsync("Sasaran yang diubah di tab kedua");

        await using (var db = app.Database.Context())
        {
            var stored = await PlanQueries.Loaded(db).AsNoTracking().SingleAsync(p => p.Id == plan);
            Assert.DoesNotContain(stored.Goals, g => g.Statement == "Sasaran yang diubah di tab kedua");
            Assert.Contains(stored.Goals, g => g.Statement == "Sasaran yang diubah di tab pertama");
        }

        // Having seen what changed, the second tab saves again and its change is stored too.
        await row.GetByLabel("Rumusan sasaran").PressAsync("Enter");
        await Assertions.Expect(two.Page.Locator("tr.editing")).ToHaveCountAsync(0);
        await Assertions.Expect(two.Page.Locator("tr.row-goal").First).ToContainTextAsync("Sasaran yang diubah di tab kedua");
        await Assertions.Expect(two.Page.Locator("tr.row-goal").Nth(1)).ToContainTextAsync("Sasaran yang diubah di tab pertama");
        one.AssertNoErrors();
        two.AssertNoErrors();
    }

    /// <summary>
    /// Types into the text field of the row just opened, which the editor has put the cursor in. (The text goes in as one
    /// input, as a paste or an input method would: key by key costs a round trip per letter and tests nothing more.)
    /// </summary>
    private static async Task TypeInNewRowAsync(IPage page, string label, string text)
    {
        var field = page.Locator("tr.editing").GetByLabel(label, new() { Exact = true });
        await Assertions.Expect(field).ToBeFocusedAsync();
        await page.Keyboard.InsertTextAsync(text);
    }

    /// <summary>An action typed field by field with Tab, in the blank action row that has the cursor; the schedule by period.</summary>
    private static async Task TypeActionAsync(IPage page, string name, string target, string ceiling, Dictionary<string, string> schedule)
    {
        await TypeInNewRowAsync(page, "Nama kegiatan/aksi", name);
        await page.Keyboard.PressAsync("Tab");  // Target
        await page.Keyboard.TypeAsync(target);
        await page.Keyboard.PressAsync("Tab");  // Pelaksana: none
        await page.Keyboard.PressAsync("Tab");  // Output anggaran: none
        await page.Keyboard.PressAsync("Tab");  // Pagu
        await Assertions.Expect(page.Locator("tr.editing").GetByLabel("Pagu (Rp)")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(ceiling);
        for (var month = 1; month <= 12; month++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (schedule.TryGetValue($"B{month}", out var value))
            {
                await page.Keyboard.TypeAsync(value);
            }
        }
    }

    /// <summary>The save of a new row went through: the editor was drawn again with this many rows of the kind, and a blank one open.</summary>
    private static async Task AssertSavedAsync(IPage page, string rows, int count)
    {
        await Assertions.Expect(page.Locator(rows + ":not(.editing)")).ToHaveCountAsync(count);
        await Assertions.Expect(page.Locator("#plan-notice")).ToBeEmptyAsync();

        // Enter on a new row opened the next blank one, and the cursor is in it.
        await Assertions.Expect(page.Locator("tr.editing textarea")).ToBeFocusedAsync();
    }
}
