using System.Net;
using Kinerja.Importing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kinerja.Tests.Web.Import;

/// <summary>The pending upload between the steps: read once, bounded in time, swept on a timer, and limited in room.</summary>
public sealed partial class ImportPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_is_parsed_once_at_the_preview_and_the_recheck_and_commit_use_what_it_read(string provider)
    {
        await using var site = await Site.StartAsync(provider);
        var (_, preview) = await site.UploadAsync(("rak-semarang.txt", Seed("000")), (Serang, Seed("001")));
        var folder = Assert.Single(Directory.GetDirectories(site.Folder));

        // The bytes as uploaded are gone once read: whatever follows cannot parse them again.
        Assert.Empty(Directory.GetFiles(folder, "*.bin"));
        Assert.Equal(["00.json", "01.json"], Directory.GetFiles(folder, "0*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var rechecked = await site.PostAsync("Recheck", [new("unggahan", Token(preview)), new("provinsi[0]", "Jawa Tengah")]);
        Assert.Equal(HttpStatusCode.OK, rechecked.Status);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(rechecked.Html, ">Dapat disimpan<"));

        var committed = await site.PostAsync("Commit", [new("unggahan", Token(preview)), new("berkas", "1"), new("provinsi[0]", "Jawa Tengah")]);

        Assert.Equal(HttpStatusCode.OK, committed.Status);
        Assert.Contains("2 berkas disimpan bersama dalam satu transaksi.", committed.Html, StringComparison.Ordinal);
        Assert.Equal((2, 1, 2), await site.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_preview_past_its_time_says_so_keeps_no_upload_and_stores_nothing(string provider)
    {
        await using var site = await Site.StartAsync(provider, b => b.UseSetting("Impor:BatasWaktuPratinjauDetik", "0"));

        var (status, html) = await site.UploadAsync((Banten, Seed("002")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Pratinjau dihentikan karena membaca dan memeriksa berkas melewati batas waktu 0 detik", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"unggahan\"", html, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(site.Folder));
        Assert.Equal((0, 0, 0), await site.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_abandoned_upload_is_removed_on_the_timer_without_another_upload(string provider)
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var site = await Site.StartAsync(provider, b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        var (_, preview) = await site.UploadAsync((Banten, Seed("002")));
        Assert.Single(Directory.GetDirectories(site.Folder));

        clock.Advance(PendingUploads.Lifetime - TimeSpan.FromMinutes(1));
        Assert.Single(Directory.GetDirectories(site.Folder));
        clock.Advance(PendingUploadSweeper.Period + TimeSpan.FromMinutes(1));

        Assert.Empty(Directory.GetDirectories(site.Folder));
        await site.SignInAgainAsync(); // a day of idleness ended the session too
        var (status, _) = await site.CommitAsync(Token(preview), Chosen(preview));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal((0, 0, 0), await site.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_upload_beyond_the_room_left_for_pending_uploads_is_refused_with_the_reason(string provider)
    {
        await using var site = await Site.StartAsync(provider, b => b.UseSetting("Impor:BatasTotalMB", "1"));
        var text = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 30_000).Select(i => $"catatan {i:D11}\n")));

        var (first, _) = await site.UploadAsync(("catatan-1.txt", text));
        var (second, refused) = await site.UploadAsync(("catatan-2.txt", text));

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second);
        Assert.Contains("Ruang unggahan sementara sedang penuh", refused, StringComparison.Ordinal);
        Assert.Single(Directory.GetDirectories(site.Folder));
    }
}
