using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests.Harness;

/// <summary>axe-core on a page as it is now: no violation of impact "serious" or "critical" may pass.</summary>
public static class Accessibility
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>The serious and critical violations on the page, one line each: rule id, impact, help and the elements' selectors.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        // Legacy mode runs axe in the page itself: half the time of the default, which injects axe into every frame and then
        // opens a blank page to merge the results. Our pages have no frames from another origin, the one thing it cannot
        // see into; if one ever does, call page.RunAxe() here instead.
#pragma warning disable CS0618 // "Legacy Mode is being removed in the future": the package version is pinned.
        var result = await page.RunAxeLegacy();
#pragma warning restore CS0618
        return [.. result.Violations
            .Where(v => Blocking.Contains(v.Impact, StringComparer.OrdinalIgnoreCase))
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")];
    }

    /// <summary>Fails listing every serious or critical axe violation on the page.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var violations = await page.SeriousViolationsAsync();
        Assert.True(violations.Count == 0, $"axe found {violations.Count} serious or critical violation(s) on {page.Url}:\n" + string.Join('\n', violations));
    }
}
