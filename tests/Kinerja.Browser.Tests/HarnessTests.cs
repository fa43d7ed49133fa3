using Kinerja.Browser.Tests.Harness;

namespace Kinerja.Browser.Tests;

/// <summary>The harness's own checks can fail: a page with known faults is caught.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HarnessTests(BrowserHarness harness)
{
    [Fact]
    public async Task The_accessibility_check_names_each_serious_violation_and_where_it_is()
    {
        await using var context = await harness.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync(
            """<!DOCTYPE html><html lang="id"><head><title>Uji</title></head><body><main><h1>Uji</h1><img id="logo" src="data:,"><input id="nama"></main></body></html>""");

        var violations = await page.SeriousViolationsAsync();
        var failure = await Assert.ThrowsAnyAsync<Exception>(page.AssertAccessibleAsync);

        Assert.Contains(violations, v => v.StartsWith("image-alt (critical)", StringComparison.Ordinal) && v.Contains("#logo", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("label (critical)", StringComparison.Ordinal) && v.Contains("#nama", StringComparison.Ordinal));
        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BrowserHarness.Providers), MemberType = typeof(BrowserHarness))]
    public async Task A_tab_reports_a_page_that_is_not_there(string provider)
    {
        var app = await harness.SharedAppAsync(provider);
        await using var tab = await harness.OpenAsync(app);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, await tab.StatusAsync($"/Dokumen/Rencana/{Guid.NewGuid()}"));
        Assert.Equal(System.Net.HttpStatusCode.OK, await tab.StatusAsync("/"));
        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => tab.GotoAsync("/Tidak/Ada"));

        Assert.Contains("expected HTTP 200, got 404", failure.Message, StringComparison.Ordinal);
    }
}
