using Kinerja.Browser.Tests.Harness;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>What a reader does on the demo data: year, work unit, plan, official documents (the shared app: nothing is changed).</summary>
[Collection(BrowserCollection.Name)]
public sealed class WalkTests(BrowserHarness harness)
{
    [Theory]
    [MemberData(nameof(BrowserHarness.Providers), MemberType = typeof(BrowserHarness))]
    public async Task A_new_user_picks_the_year_finds_the_work_unit_and_opens_its_plan(string provider)
    {
        var app = await harness.SharedAppAsync(provider);
        var expected = await DemoPlans.MonthlyRakAsync(app);
        await using var tab = await harness.OpenAsync(app, "/");
        var page = tab.Page;
        var year = DemoPlans.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await page.GetByLabel("Tahun anggaran").SelectOptionAsync(year);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await page.WaitForURLAsync($"**/?tahun={year}*");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Rencana kinerja tahun {year}");

        // The tree filters as one types: the city and its province stay, the other units go.
        await page.GetByLabel("Cari satuan kerja").PressSequentiallyAsync("serang");
        await Assertions.Expect(page.Locator("#tree-count")).ToContainTextAsync("cocok dengan \"serang\"");
        var tree = page.Locator("#unit-tree");
        await Assertions.Expect(tree.GetByRole(AriaRole.Link, new() { Name = "KPU Kabupaten Kudus" })).ToBeHiddenAsync();
        await tree.GetByRole(AriaRole.Link, new() { Name = DemoPlans.Unit, Exact = true }).ClickAsync();

        await page.WaitForURLAsync($"**/Satker/*?tahun={year}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(DemoPlans.Unit);
        await page.Locator("#entitas-secretariat").GetByRole(AriaRole.Link, new() { Name = "RAK", Exact = true }).ClickAsync();

        await page.WaitForURLAsync($"**/Rencana/{expected}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Rencana Aksi Kinerja {year}");
        var table = page.Locator("table.plan");
        await Assertions.Expect(table.Locator("caption")).ToContainTextAsync("Sekretariat");
        foreach (var month in Enumerable.Range(1, 12))
        {
            await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = $"B{month}", Exact = true })).ToBeVisibleAsync();
        }

        Assert.True(await table.Locator("tbody tr.row-action").CountAsync() > 1, "The plan table has no action rows.");
        await Assertions.Expect(table.Locator("tfoot")).ToContainTextAsync("Jumlah pagu anggaran");
        tab.AssertNoErrors();
    }

    [Theory]
    [MemberData(nameof(BrowserHarness.Providers), MemberType = typeof(BrowserHarness))]
    public async Task From_the_editor_the_user_previews_the_official_document_and_downloads_it_in_each_format(string provider)
    {
        var app = await harness.SharedAppAsync(provider);
        var plan = await DemoPlans.MonthlyRakAsync(app);
        await using var tab = await harness.OpenAsync(app, DemoPlans.PlanPath(plan));
        var documents = tab.Page.GetByRole(AriaRole.Region, new() { Name = "Dokumen resmi" });

        // The preview loads in its frame only when opened.
        var frame = documents.Locator("details.preview iframe");
        Assert.Null(await frame.GetAttributeAsync("src"));
        await documents.GetByText("Pratinjau dokumen", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(frame).ToHaveAttributeAsync("src", DemoPlans.DocumentPath(plan));
        var preview = tab.Page.FrameLocator("details.preview iframe");
        await Assertions.Expect(preview.Locator("body")).ToContainTextAsync("RENCANA AKSI", new() { IgnoreCase = true });
        await Assertions.Expect(preview.Locator("table").First).ToBeVisibleAsync();

        // The plan's own document links (the same paragraph also links the work unit's RKA; F4 paper is the PDF again).
        var planLinks = documents.Locator($"a[href^='{DemoPlans.DocumentPath(plan)}?format=']");
        foreach (var (link, extension, magic) in new[] { ("PDF", "pdf", "%PDF"), ("XLSX", "xlsx", "PK"), ("DOCX", "docx", "PK") })
        {
            var file = await planLinks.GetByText(link, new() { Exact = true }).DownloadAsync();

            Assert.Equal(extension, file.Extension);
            Assert.StartsWith($"rak-{DemoPlans.Year}-", file.FileName, StringComparison.Ordinal);
            Assert.True(file.StartsWith(magic), $"{file.FileName} ({file.Bytes.Length} bytes) does not start with {magic}.");
            Assert.True(file.Bytes.Length > 2_000, $"{file.FileName} has only {file.Bytes.Length} bytes.");
            if (extension is "xlsx" or "docx")
            {
                // A real Office package: a zip with the part its format requires.
                using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(file.Bytes));
                Assert.NotNull(zip.GetEntry(extension == "xlsx" ? "xl/workbook.xml" : "word/document.xml"));
            }
        }

        tab.AssertNoErrors();
    }
}
