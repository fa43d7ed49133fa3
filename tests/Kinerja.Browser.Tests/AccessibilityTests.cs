using Kinerja.Browser.Tests.Harness;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>
/// axe-core finds no serious or critical violation on any page, also in the states a user brings it to: an edit row
/// open, a refused save. (The import preview is checked in its walk, which has an app of its own.)
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserHarness harness)
{
    private static readonly string[] PageNames =
    [
        "home", "unit", "checks", "plan", "plan-edit-row", "plan-refused", "budget", "budget-edit-row", "compare", "budget-new", "import", "document",
        "monev", "monev-province", "monev-national", "lkj", "monev-report", "spending", "spending-edit-row",
    ];

    /// <summary>
    /// Every page on SQLite only: the markup does not depend on the database, and axe on a 60-row monthly RAK takes
    /// seconds (the walks run on both providers).
    /// </summary>
    public static TheoryData<string, string> Pages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var page in PageNames)
            {
                data.Add("sqlite", page);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_serious_accessibility_violation(string provider, string name)
    {
        var app = await harness.SharedAppAsync(provider);
        var plan = await DemoPlans.MonthlyRakAsync(app);
        var unit = await DemoPlans.UnitAsync(app);
        var budget = (await DemoPlans.BudgetsAsync(app))[^1];
        var (path, content) = name switch
        {
            "home" => ($"/?tahun={DemoPlans.Year}", "#unit-tree tbody tr"),
            "unit" => (DemoPlans.UnitPath(unit, DemoPlans.Year), "table.plans-table tbody tr"),
            "checks" => (DemoPlans.ChecksPath(unit, DemoPlans.Year), "h1"),
            "plan" or "plan-edit-row" or "plan-refused" => (DemoPlans.PlanPath(plan), "table.plan tbody tr.row-action"),
            "budget" or "budget-edit-row" => (DemoPlans.BudgetPath(budget), "table.budget-tree tbody tr"),
            "compare" => (DemoPlans.ComparePath(budget), "#selisih"),
            "budget-new" => ("/Anggaran/Baru", "select#workUnitId"),
            "import" => ("/Impor", "input[type=file]"),
            "monev" => (DemoPlans.QuarterPath(unit, DemoPlans.Year, 3), "table tbody tr"),
            "spending" or "spending-edit-row" => (DemoPlans.SpendingPath(unit, DemoPlans.Year), "table.spending-table tbody tr"),
            "monev-province" => ($"/Monev/Provinsi/{await DemoPlans.ProvinceAsync(app)}?tahun={DemoPlans.Year}&tw=4", "h1"),
            "monev-national" => ($"/Monev/Nasional?tahun={DemoPlans.Year}&tw=4", "h1"),
            "lkj" => ($"/Dokumen/LKj/{await DemoPlans.AgreementAsync(app)}?tw=4", "table tbody tr"),
            "monev-report" => ($"/Dokumen/Monev/{unit}?tahun={DemoPlans.Year}&tw=4", "figure.chart svg"),
            _ => (DemoPlans.DocumentPath(plan), "table tbody tr"),
        };
        await using var tab = await harness.OpenAsync(app, path);
        var page = tab.Page;
        await page.Locator(content).First.WaitForAsync();

        switch (name)
        {
            case "plan-edit-row":
                await page.Locator("tr.row-action").First.GetByRole(AriaRole.Button, new() { Name = "Ubah" }).ClickAsync();
                await Assertions.Expect(page.Locator("tr.editing .target-hint")).ToBeVisibleAsync();
                break;
            case "plan-refused":
                // A pagu that is no amount: the row comes back (422) with the message beside the field; nothing is stored.
                tab.ExpectRefusals(422);
                await page.Locator("tr.row-action").First.GetByRole(AriaRole.Button, new() { Name = "Ubah" }).ClickAsync();
                await page.Locator("tr.editing").GetByLabel("Pagu (Rp)").FillAsync("seratus");
                var refused = await page.RunAndWaitForResponseAsync(
                    () => page.Locator("tr.editing").GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync(),
                    r => r.Url.Contains("handler=Save", StringComparison.Ordinal));
                Assert.Equal(422, refused.Status);
                await Assertions.Expect(page.Locator("tr.editing").GetByLabel("Pagu (Rp)")).ToHaveAttributeAsync("aria-invalid", "true");
                await Assertions.Expect(page.Locator("tr.editing .field-error")).ToBeVisibleAsync();
                break;
            case "budget-edit-row":
                await page.Locator("table.budget-tree tbody:not(.totals) tr").Last.GetByRole(AriaRole.Link, new() { Name = "Ubah" }).ClickAsync();
                await Assertions.Expect(page.Locator("tr.line-form input:not([type=hidden])").First).ToBeFocusedAsync();
                break;
            case "spending-edit-row":
                await page.Locator("table.spending-table tbody.output").First.GetByRole(AriaRole.Link, new() { Name = "Ubah" }).ClickAsync();
                await Assertions.Expect(page.Locator("tbody.editing input:not([type=hidden])").First).ToBeFocusedAsync();
                break;
        }

        await page.AssertAccessibleAsync();
        tab.AssertNoErrors();
    }
}
