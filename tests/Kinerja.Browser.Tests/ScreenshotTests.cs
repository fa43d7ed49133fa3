using Kinerja.Browser.Tests.Harness;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>Pictures of the pages for docs/images: <c>KINERJA_SCREENSHOTS=1 dotnet test tests/Kinerja.Browser.Tests --filter ScreenshotTests</c>.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserHarness harness)
{
    [ScreenshotFact]
    public async Task Screenshots_of_the_pages_for_the_docs()
    {
        var app = await harness.SharedAppAsync("sqlite");
        var plan = await DemoPlans.MonthlyRakAsync(app);
        var unit = await DemoPlans.UnitAsync(app);

        // The editor on a laptop: a monthly RAK with an action open for editing and the target's reading beside the field.
        await using (var tab = await harness.OpenAsync(app, DemoPlans.PlanPath(plan)))
        {
            var page = tab.Page;
            var action = page.Locator("tr.row-action").Nth(1);
            await action.GetByRole(AriaRole.Button, new() { Name = "Ubah" }).ClickAsync();
            var target = page.Locator("tr.editing").GetByLabel("Target", new() { Exact = true });
            await target.FillAsync("");
            await target.PressSequentiallyAsync("97,5 %");
            await Assertions.Expect(page.Locator("tr.editing output.target-hint")).ToContainTextAsync("persentase 97,5");
            // The table from its caption down, its frame at the first column (focusing a field may have scrolled it sideways).
            await page.EvaluateAsync("""
                () => {
                    const wrap = document.querySelector('#plan-editor .table-wrap');
                    wrap.scrollLeft = 0;
                    window.scrollTo(0, wrap.getBoundingClientRect().top + window.scrollY - 90);
                }
                """);
            Assert.True(new FileInfo(await tab.SaveAsync("editor", fullPage: false)).Length > 0);
        }

        // A work unit's page: its entities' plans, budget versions and checks.
        await using (var tab = await harness.OpenAsync(app, DemoPlans.UnitPath(unit, DemoPlans.Year)))
        {
            Assert.True(new FileInfo(await tab.SaveAsync("unit", fullPage: false)).Length > 0);
        }
    }
}
