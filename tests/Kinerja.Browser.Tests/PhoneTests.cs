using Kinerja.Browser.Tests.Harness;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>On a phone the working pages read without the whole page scrolling sideways: wide tables scroll in their own frame.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneTests(BrowserHarness harness)
{
    [Theory]
    [MemberData(nameof(BrowserHarness.Providers), MemberType = typeof(BrowserHarness))]
    public async Task On_a_phone_the_editor_unit_and_budget_pages_do_not_scroll_sideways(string provider)
    {
        var app = await harness.SharedAppAsync(provider);
        var plan = await DemoPlans.MonthlyRakAsync(app);
        var unit = await DemoPlans.UnitAsync(app);
        var budget = (await DemoPlans.BudgetsAsync(app))[^1];
        await using var tab = await harness.OpenAsync(app, DemoPlans.PlanPath(plan), Viewport.Phone);
        var page = tab.Page;

        // The editor: its monthly table is wider than a phone and scrolls inside its frame, to the last column.
        var wrap = page.Locator(".table-wrap").Filter(new() { Has = page.Locator("table.plan") });
        await wrap.WaitForAsync();
        await AssertNoSidewaysScrollAsync(page);
        var frame = await wrap.EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth, Math.ceil(e.getBoundingClientRect().right)]");
        Assert.True(frame[0] > frame[1], $"The monthly plan table ({frame[0]} px) was expected to be wider than a phone ({frame[1]} px).");
        Assert.True(frame[2] <= Viewport.Phone.Width, $"The table's frame ends at {frame[2]} px, past the {Viewport.Phone.Width} px screen.");
        Assert.Contains(await wrap.EvaluateAsync<string>("e => getComputedStyle(e).overflowX"), new[] { "auto", "scroll" });
        await wrap.EvaluateAsync("e => { e.scrollLeft = e.scrollWidth; }");
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "B12", Exact = true })).ToBeInViewportAsync();

        // An open edit row does not push the page wider either.
        await page.Locator("tr.row-action").First.GetByRole(AriaRole.Button, new() { Name = "Ubah" }).ClickAsync();
        await page.Locator("tr.editing textarea").WaitForAsync();
        await AssertNoSidewaysScrollAsync(page);

        await tab.GotoAsync(DemoPlans.UnitPath(unit, DemoPlans.Year));
        await page.Locator("table.budgets").WaitForAsync();
        await AssertNoSidewaysScrollAsync(page);

        await tab.GotoAsync(DemoPlans.BudgetPath(budget));
        await page.Locator("table.budget-tree").WaitForAsync();
        await AssertNoSidewaysScrollAsync(page);
        tab.AssertNoErrors();
    }

    /// <summary>
    /// A phone widens its layout viewport to fit content that sticks out (and shrinks the text): neither may happen, and no
    /// text in the page may be below 11 CSS pixels.
    /// </summary>
    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var screen = Viewport.Phone.Width;
        var body = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(body[0] <= screen && body[1] == screen, $"{page.Url} scrolls sideways on a phone: {body[0]} px of content, a {body[1]} px layout viewport on a {screen} px screen.");
        var smallest = await page.EvaluateAsync<double>(
            "() => Math.min(...[...document.querySelectorAll('main *')].filter(e => e.checkVisibility() && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())).map(e => parseFloat(getComputedStyle(e).fontSize)))");
        Assert.True(smallest >= 11, $"Text as small as {smallest} px on a phone at {page.Url}.");
    }
}
