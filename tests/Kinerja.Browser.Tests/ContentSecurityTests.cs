using Kinerja.Browser.Tests.Harness;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>
/// Under the app's Content-Security-Policy nothing on any page is refused: every script and style the pages use is a file,
/// the official document previews' stylesheets are allowed by hash, htmx adds no style of its own.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityTests(BrowserHarness harness)
{
    [Fact]
    public async Task No_page_has_anything_refused_by_the_policy_and_an_inline_style_would_be()
    {
        var app = await harness.SharedAppAsync("sqlite");
        var plan = await DemoPlans.MonthlyRakAsync(app);
        var unit = await DemoPlans.UnitAsync(app);
        var budget = (await DemoPlans.BudgetsAsync(app))[^1];
        string[] paths =
        [
            $"/?tahun={DemoPlans.Year}", DemoPlans.UnitPath(unit, DemoPlans.Year), DemoPlans.ChecksPath(unit, DemoPlans.Year), DemoPlans.PlanPath(plan),
            DemoPlans.BudgetPath(budget), DemoPlans.ComparePath(budget), "/Anggaran/Baru", "/Impor", DemoPlans.QuarterPath(unit, DemoPlans.Year, 3),
            DemoPlans.SpendingPath(unit, DemoPlans.Year), $"/Monev/Provinsi/{await DemoPlans.ProvinceAsync(app)}?tahun={DemoPlans.Year}&tw=4",
            $"/Monev/Nasional?tahun={DemoPlans.Year}&tw=4", $"/Dokumen/LKj/{await DemoPlans.AgreementAsync(app)}?tw=4", DemoPlans.DocumentPath(plan),
            $"/Dokumen/Anggaran/{unit}/{DemoPlans.Year}", $"/Dokumen/Monev/{unit}?tahun={DemoPlans.Year}&tw=4",
        ];
        await using var tab = await harness.OpenAsync(app);
        var refused = new List<string>();
        tab.Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add($"{tab.Page.Url}: {message.Text}");
            }
        };

        foreach (var path in paths)
        {
            var response = await tab.GotoAsync(path);
            Assert.Contains("script-src 'self'", await response.HeaderValueAsync("content-security-policy") ?? string.Empty, StringComparison.Ordinal);
            await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        // Search as one types, and an edit row opened by htmx: script at work on the page.
        await tab.GotoAsync($"/?tahun={DemoPlans.Year}");
        await tab.Page.Locator("#cari").FillAsync("serang");
        await Assertions.Expect(tab.Page.Locator("#tree-count")).ToContainTextAsync("cocok");
        await tab.GotoAsync(DemoPlans.PlanPath(plan));
        await tab.Page.Locator("tr.row-action").First.GetByRole(AriaRole.Button, new() { Name = "Ubah" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("tr.editing .target-hint")).ToBeVisibleAsync();

        Assert.True(refused.Count == 0, "Refused by the policy:\n" + string.Join('\n', refused));
        tab.AssertNoErrors();

        // The check can fail: an inline style on the same page is refused, and reported.
        await tab.Page.RunAndWaitForConsoleMessageAsync(
            () => tab.Page.EvaluateAsync("() => document.head.insertAdjacentHTML('beforeend', '<style>body{color:red}</style>')"),
            new() { Predicate = m => m.Text.Contains("Content Security Policy", StringComparison.Ordinal) });
        Assert.NotEmpty(refused);
    }
}
