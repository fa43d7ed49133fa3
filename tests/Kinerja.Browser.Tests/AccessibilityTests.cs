using Kinerja.Browser.Tests.Harness;

namespace Kinerja.Browser.Tests;

/// <summary>axe-core finds no serious or critical violation on the pages that exist.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserHarness harness)
{
    public static TheoryData<string, string> Pages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var provider in BrowserHarness.Providers)
            {
                foreach (var page in new[] { "home", "plan", "document" })
                {
                    data.Add(provider, page);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_serious_accessibility_violation(string provider, string page)
    {
        var app = await harness.SharedAppAsync(provider);
        var plan = await DemoPlans.MonthlyRakAsync(app);
        var (path, content) = page switch
        {
            "home" => ($"/?year={DemoPlans.Year}", "table.units tbody tr"),
            "plan" => (DemoPlans.PlanPath(plan), "table.plan tbody tr"),
            _ => (DemoPlans.DocumentPath(plan), "table tbody tr"),
        };
        await using var tab = await harness.OpenAsync(app, path);
        await tab.Page.Locator(content).First.WaitForAsync();

        await tab.Page.AssertAccessibleAsync();
        tab.AssertNoErrors();
    }
}
