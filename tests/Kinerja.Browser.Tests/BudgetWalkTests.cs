using System.Globalization;
using Kinerja.Browser.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>A budget revision made in the browser, an amount changed in it, and the difference on the comparison page (its own app).</summary>
[Collection(BrowserCollection.Name)]
public sealed class BudgetWalkTests(BrowserHarness harness)
{
    [Theory]
    [MemberData(nameof(BrowserHarness.Providers), MemberType = typeof(BrowserHarness))]
    public async Task A_revision_is_made_an_amount_changed_and_the_comparison_shows_the_difference(string provider)
    {
        await using var app = await BrowserHarness.StartAppAsync(provider);
        var versions = await DemoPlans.BudgetsAsync(app);
        var unit = await DemoPlans.UnitAsync(app);
        await using var tab = await harness.OpenAsync(app, DemoPlans.UnitPath(unit, DemoPlans.Year));
        var page = tab.Page;

        // From the unit page to its newest version, then "Buat revisi".
        await page.Locator("table.budgets").GetByRole(AriaRole.Link, new() { Name = "Revisi ke-1" }).ClickAsync();
        await page.WaitForURLAsync($"**{DemoPlans.BudgetPath(versions[^1])}");
        await page.GetByLabel("Nomor DIPA").FillAsync("SP DIPA-076.01.2.670701/2026 Revisi 2");
        await page.GetByLabel("Tanggal DIPA revisi").FillAsync("2026-09-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat Revisi ke-2" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Anggaran/", StringComparison.Ordinal) && !url.Contains(versions[^1].ToString(), StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Revisi ke-2");
        var revision = Guid.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1]);

        // Change the baseline of the last line (a leaf) by 1.500.000, keyboard: type and Enter.
        var line = page.Locator("table.budget-tree tbody:not(.totals) tr").Last;
        var code = (await line.Locator("th.code").InnerTextAsync()).Trim();
        await line.GetByRole(AriaRole.Link, new() { Name = "Ubah" }).ClickAsync();
        var baseline = page.Locator("tr.line-form").GetByLabel($"Angka dasar {code}");
        var digits = new string((await baseline.InputValueAsync()).Where(char.IsAsciiDigit).ToArray());
        var old = digits.Length == 0 ? 0 : long.Parse(digits, CultureInfo.InvariantCulture);
        await baseline.FillAsync((old + 1_500_000).ToString(CultureInfo.InvariantCulture));
        await baseline.PressAsync("Enter");
        await Assertions.Expect(page.Locator("tr.line-form")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#anggaran .notice")).ToContainTextAsync($"Perubahan baris {code} disimpan");

        // The comparison with Revisi ke-1 lists the line and the difference.
        await page.GetByRole(AriaRole.Link, new() { Name = "Bandingkan versi" }).ClickAsync();
        await page.WaitForURLAsync("**/Banding*");
        await page.GetByLabel("Bandingkan").SelectOptionAsync(new SelectOptionValue { Label = "Revisi ke-1" });
        await page.GetByLabel("dengan", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Revisi ke-2" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await page.WaitForURLAsync($"**/Anggaran/{versions[^1]}/Banding?dengan={revision}");
        await Assertions.Expect(page.Locator("#selisih")).ToHaveTextAsync("+1.500.000");
        var changed = page.Locator("table.budget-compare tbody:not(.totals) tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = code, Exact = true }) });
        await Assertions.Expect(changed.Locator("td.kind")).ToHaveTextAsync("Diubah");
        await Assertions.Expect(changed.Locator("td.num").Last).ToHaveTextAsync("+1.500.000");

        await using (var db = app.Database.Context())
        {
            var latest = versions[^1];
            var stored = await db.BudgetVersions.AsNoTracking().Include(b => b.Lines).Where(b => b.Id == revision || b.Id == latest).ToListAsync();
            var totals = stored.ToDictionary(b => b.Id, b => b.Total.Value);
            Assert.Equal(1_500_000, totals[revision] - totals[latest]);
        }

        tab.AssertNoErrors();
    }
}
