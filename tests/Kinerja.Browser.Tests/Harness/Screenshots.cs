using Microsoft.Playwright;

namespace Kinerja.Browser.Tests.Harness;

/// <summary>A test that only runs with KINERJA_SCREENSHOTS=1: it writes pictures for the docs, not a check for CI.</summary>
public sealed class ScreenshotFactAttribute : FactAttribute
{
    public ScreenshotFactAttribute()
    {
        if (!Screenshots.Enabled)
        {
            Skip = "Screenshots for docs/images are taken only with KINERJA_SCREENSHOTS=1.";
        }
    }
}

/// <summary>Screenshots of pages into docs/images/ of this checkout.</summary>
public static class Screenshots
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    public static bool Enabled => Environment.GetEnvironmentVariable("KINERJA_SCREENSHOTS") == "1";

    /// <summary>Writes the tab's page to docs/images/<paramref name="name"/>.png (the whole page unless <paramref name="fullPage"/> is false) and returns the path.</summary>
    public static async Task<string> SaveAsync(this Tab tab, string name, bool fullPage = true)
    {
        ArgumentNullException.ThrowIfNull(tab);
        var path = Path.Combine(Folder.Value, name + ".png");
        await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
        return path;
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kinerja.slnx")))
            {
                return Directory.CreateDirectory(Path.Combine(dir.FullName, "docs", "images")).FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Kinerja.slnx above {AppContext.BaseDirectory}.");
    }
}
