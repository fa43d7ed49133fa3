using Microsoft.Playwright;

namespace Kinerja.Browser.Tests.Harness;

/// <summary>A file the browser downloaded: the name it suggested and its bytes.</summary>
public sealed record DownloadedFile(string FileName, byte[] Bytes)
{
    public string Extension => Path.GetExtension(FileName).TrimStart('.').ToLowerInvariant();

    /// <summary>Whether the file begins with these ASCII characters ("%PDF", "PK").</summary>
    public bool StartsWith(string magic) =>
        Bytes.Length >= magic.Length && Bytes.AsSpan(0, magic.Length).SequenceEqual(System.Text.Encoding.ASCII.GetBytes(magic));
}

public static class Downloads
{
    /// <summary>Clicks <paramref name="link"/> as a person would and waits for the download it starts.</summary>
    public static Task<DownloadedFile> DownloadAsync(this ILocator link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.Page.DownloadAsync(() => link.ClickAsync());
    }

    /// <summary>Runs <paramref name="action"/> and waits for the download it starts.</summary>
    public static async Task<DownloadedFile> DownloadAsync(this IPage page, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(page);
        var download = await page.RunAndWaitForDownloadAsync(action);
        var failure = await download.FailureAsync();
        Assert.True(failure is null, $"Download of {download.SuggestedFilename} failed: {failure}");
        await using var stream = await download.CreateReadStreamAsync();
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return new DownloadedFile(download.SuggestedFilename, memory.ToArray());
    }
}
