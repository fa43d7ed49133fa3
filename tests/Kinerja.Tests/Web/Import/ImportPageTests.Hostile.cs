using System.Net;
using System.Text.RegularExpressions;
using Kinerja.Documents.Tests.Import;

namespace Kinerja.Tests.Web.Import;

public sealed partial class ImportPageTests
{
    /// <summary>Files that took the server down (stack overflow) or drove it to gigabytes, one of each reader's kind.</summary>
    private static readonly string[] Hostile = ["deep-tables.docx", "deep-hyperlinks.docx", "full-sparse-sheet.xlsx", "flate-bomb.pdf"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Hostile_uploads_get_their_finding_nothing_is_stored_and_the_app_keeps_serving(string provider)
    {
        await using var site = await Site.StartAsync(provider);
        var files = Hostile.Select(HostileFiles.Make).ToList();

        var (status, preview) = await site.UploadAsync([.. files.Select(f => (f.Name, f.Content))]);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(files.Count, Regex.Count(preview, ">Tidak dapat disimpan<"));
        Assert.All(files, f => Assert.Matches($"title=\"{f.Code}\">\\s*<td><strong>[^<]*</strong></td>\\s*<td>Berkas melebihi batas: ", preview));
        Assert.Empty(Chosen(preview));
        var (forced, _) = await site.CommitAsync(Token(preview), [.. Enumerable.Range(0, files.Count)]);
        Assert.NotEqual(HttpStatusCode.InternalServerError, forced);
        Assert.Equal((0, 0, 0), await site.CountsAsync());

        var (after, good) = await site.UploadAsync((Banten, Seed("002")));

        Assert.Equal(HttpStatusCode.OK, after);
        Assert.Contains(">Dapat disimpan<", good, StringComparison.Ordinal);
    }
}
