using Kinerja.Browser.Tests.Harness;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>What a new user does on the pages that exist: year, work unit, plan, official documents.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WalkTests(BrowserHarness harness)
{
    [Theory]
    [MemberData(nameof(BrowserHarness.Providers), MemberType = typeof(BrowserHarness))]
    public async Task A_new_user_picks_the_year_opens_a_work_units_plan_and_sees_its_table(string provider)
    {
        var app = await harness.SharedAppAsync(provider);
        var expected = await DemoPlans.MonthlyRakAsync(app);
        await using var tab = await harness.OpenAsync(app, "/");
        var page = tab.Page;

        await page.GetByLabel("Tahun anggaran").SelectOptionAsync(DemoPlans.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.WaitForURLAsync($"**/?year={DemoPlans.Year}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Rencana kinerja tahun {DemoPlans.Year}");

        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = DemoPlans.Unit, Exact = true }) });
        await row.GetByTitle("Rencana Aksi Kinerja Sekretariat").ClickAsync();

        await page.WaitForURLAsync($"**/{expected}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Rencana Aksi Kinerja {DemoPlans.Year}");
        var table = page.Locator("table.plan");
        await Assertions.Expect(table.Locator("caption")).ToContainTextAsync("Sekretariat");
        foreach (var month in Enumerable.Range(1, 12))
        {
            await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = $"B{month}", Exact = true })).ToBeVisibleAsync();
        }

        Assert.True(await table.Locator("tbody:not(.totals) tr").CountAsync() > 1, "The plan table has no rows.");
        await Assertions.Expect(table.Locator("tbody.totals")).ToContainTextAsync("Jumlah pagu anggaran");
        tab.AssertNoErrors();
    }

    [Theory]
    [MemberData(nameof(BrowserHarness.Providers), MemberType = typeof(BrowserHarness))]
    public async Task From_the_plan_page_the_user_previews_the_official_document_and_downloads_it_in_each_format(string provider)
    {
        var app = await harness.SharedAppAsync(provider);
        var plan = await DemoPlans.MonthlyRakAsync(app);
        await using var tab = await harness.OpenAsync(app, DemoPlans.PlanPath(plan));
        var documents = tab.Page.GetByRole(AriaRole.Navigation, new() { Name = "Dokumen resmi" });

        // The preview opens in a new tab.
        var preview = await tab.Context.RunAndWaitForPageAsync(() => documents.GetByRole(AriaRole.Link, new() { Name = "Pratinjau", Exact = true }).ClickAsync());
        await preview.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.EndsWith(DemoPlans.DocumentPath(plan), preview.Url, StringComparison.Ordinal);
        await Assertions.Expect(preview.Locator("body")).ToContainTextAsync("RENCANA AKSI", new() { IgnoreCase = true });
        await Assertions.Expect(preview.Locator("table").First).ToBeVisibleAsync();

        // The plan's own document links (the same menu also links the work unit's RKA).
        var planLinks = documents.Locator($"a[href^='{DemoPlans.DocumentPath(plan)}?format=']");
        foreach (var (link, extension, magic) in new[] { ("PDF", "pdf", "%PDF"), ("XLSX", "xlsx", "PK"), ("DOCX", "docx", "PK"), ("PDF (F4)", "pdf", "%PDF") })
        {
            var file = await planLinks.GetByText(link, new() { Exact = true }).DownloadAsync();

            Assert.Equal(extension, file.Extension);
            Assert.StartsWith($"rak-{DemoPlans.Year}-", file.FileName, StringComparison.Ordinal);
            Assert.True(file.StartsWith(magic), $"{file.FileName} ({file.Bytes.Length} bytes) does not start with {magic}.");
        }

        tab.AssertNoErrors();
    }

    [Theory]
    [MemberData(nameof(BrowserHarness.Providers), MemberType = typeof(BrowserHarness))]
    public async Task On_a_phone_the_plan_page_does_not_scroll_sideways_and_its_table_scrolls_in_its_frame(string provider)
    {
        var app = await harness.SharedAppAsync(provider);
        var plan = await DemoPlans.MonthlyRakAsync(app);
        await using var tab = await harness.OpenAsync(app, DemoPlans.PlanPath(plan), Viewport.Phone);
        var page = tab.Page;
        var wrap = page.Locator(".table-wrap").Filter(new() { Has = page.Locator("table.plan") });
        await wrap.WaitForAsync();

        // A phone widens its layout viewport to fit content that sticks out (and shrinks the text): neither may happen.
        var screen = Viewport.Phone.Width;
        var body = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(body[0] <= screen && body[1] == screen, $"The whole page scrolls sideways on a phone: {body[0]} px of content, a {body[1]} px layout viewport on a {screen} px screen.");

        var frame = await wrap.EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth, Math.ceil(e.getBoundingClientRect().right)]");
        Assert.True(frame[0] > frame[1], $"The monthly plan table ({frame[0]} px) was expected to be wider than a phone ({frame[1]} px).");
        Assert.True(frame[2] <= screen, $"The table's frame ends at {frame[2]} px, past the {screen} px screen.");
        Assert.Contains(await wrap.EvaluateAsync<string>("e => getComputedStyle(e).overflowX"), new[] { "auto", "scroll" });

        // Scrolling inside the frame reaches the last column.
        await wrap.EvaluateAsync("e => { e.scrollLeft = e.scrollWidth; }");
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Pelaksana", Exact = true })).ToBeInViewportAsync();

        // Text stays readable: no text in the page below 11 CSS pixels.
        var smallest = await page.EvaluateAsync<double>(
            "() => Math.min(...[...document.querySelectorAll('main *')].filter(e => e.childNodes.length && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())).map(e => parseFloat(getComputedStyle(e).fontSize)))");
        Assert.True(smallest >= 11, $"Text as small as {smallest} px on a phone.");
        tab.AssertNoErrors();
    }
}
