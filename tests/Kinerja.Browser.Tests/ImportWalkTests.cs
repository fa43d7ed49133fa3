using Kinerja.Browser.Tests.Harness;
using Kinerja.Documents.Tests;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>An old document comes in through /Impor, and what its checks find is fixed in the editor (its own app: it stores data).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportWalkTests(BrowserHarness harness)
{
    // Seed 002: the 2021 RAK of the Banten provincial secretariat (a demo work unit); some of its actions have no schedule.
    private const string Seed = "002";
    private const string Code = "PLAN_ACTION_NO_SCHEDULE";

    [Theory]
    [MemberData(nameof(BrowserHarness.Providers), MemberType = typeof(BrowserHarness))]
    public async Task An_imported_RAK_is_previewed_stored_opened_and_a_finding_fixed_in_the_editor(string provider)
    {
        await using var app = await BrowserHarness.StartAppAsync(provider);
        await using var tab = await harness.OpenAsync(app, "/Impor");
        var page = tab.Page;

        // Preview: nothing stored yet, the file's plan and findings shown.
        await page.GetByLabel("Berkas dokumen").SetInputFilesAsync(Seeds.Path(Seed));
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa berkas" }).ClickAsync();
        var card = page.Locator("section.import-file");
        await Assertions.Expect(card.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("Dapat disimpan");
        await Assertions.Expect(card.Locator("table.import-plans")).ToContainTextAsync("Rencana Aksi Kinerja");
        await Assertions.Expect(card.Locator("details.import-findings summary")).ToContainTextAsync("peringatan");
        await page.AssertAccessibleAsync();
        await using (var db = app.Database.Context())
        {
            Assert.False(await db.ImportRecords.AnyAsync(), "The preview stored something.");
        }

        // Store, then open the stored plan from the result.
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan semua" }).ClickAsync();
        await Assertions.Expect(card.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("Disimpan");
        await card.Locator("ul.stored-links").GetByRole(AriaRole.Link, new() { Name = "Rencana Aksi Kinerja" }).ClickAsync();
        await page.WaitForURLAsync("**/Rencana/*");
        var planId = Guid.Parse(page.Url.Split('/')[^1]);

        // The editor's checks list the actions without a schedule; a finding's link leads to its row.
        var findings = page.Locator($"section.findings li[title='{Code}']");
        var before = await findings.CountAsync();
        Assert.True(before > 0, $"The imported plan has no {Code} finding.");
        var link = findings.First.GetByRole(AriaRole.Link);
        var anchor = (await link.GetAttributeAsync("href"))!.TrimStart('#');
        Assert.StartsWith("a-", anchor, StringComparison.Ordinal);
        await link.ClickAsync();
        await page.WaitForURLAsync($"**#{anchor}");
        var row = page.Locator($"[id='{anchor}']");
        await Assertions.Expect(row).ToBeInViewportAsync();

        // Fix it there: schedule the action in the first quarter and save with Enter.
        await row.GetByRole(AriaRole.Button, new() { Name = "Ubah" }).ClickAsync();
        var editing = page.Locator($"tr.editing[id='{anchor}']");
        await editing.GetByLabel("Jadwal T1").FillAsync("v");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("tr.editing")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator($"[id='{anchor}']").GetByRole(AriaRole.Button, new() { Name = "T1", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(findings).ToHaveCountAsync(before - 1);
        await Assertions.Expect(page.Locator($"section.findings a[href='#{anchor}']")).ToHaveCountAsync(0);

        await using (var db = app.Database.Context())
        {
            var plan = await Kinerja.Planning.PlanQueries.Loaded(db).AsNoTracking().SingleAsync(p => p.Id == planId);
            Assert.Equal((PlanKind.Rak, 2021), (plan.Kind, plan.Year.Value));
            var action = plan.Actions.Single(a => $"a-{a.Id}" == anchor);
            Assert.Equal("T1", Assert.Single(action.Schedule).Period.Code);
        }

        tab.AssertNoErrors();
    }
}
