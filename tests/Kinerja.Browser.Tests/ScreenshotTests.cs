using Kinerja.Browser.Tests.Harness;

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
        var pages = new (string Name, string Path, Viewport Viewport, bool FullPage)[]
        {
            ("home", $"/?year={DemoPlans.Year}", Viewport.Laptop, false),
            ("plan-rak", DemoPlans.PlanPath(plan), Viewport.Laptop, false),
            ("plan-rak-phone", DemoPlans.PlanPath(plan), Viewport.Phone, false),
            ("document-rak", DemoPlans.DocumentPath(plan), Viewport.Laptop, false),
        };

        foreach (var (name, path, viewport, fullPage) in pages)
        {
            await using var tab = await harness.OpenAsync(app, path, viewport);
            Assert.True(new FileInfo(await tab.SaveAsync(name, fullPage)).Length > 0);
        }
    }
}
