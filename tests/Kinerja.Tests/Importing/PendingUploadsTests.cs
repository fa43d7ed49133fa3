using Kinerja.Documents.Import;
using Kinerja.Documents.Tests;
using Kinerja.Importing;
using Microsoft.AspNetCore.Http;

namespace Kinerja.Tests.Importing;

/// <summary>What a pending upload keeps between its steps, on real files in a folder of its own.</summary>
public sealed class PendingUploadsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kinerja-tertunda-").FullName;

    public static TheoryData<string> SeedNumbers => ["000", "001", "002", "003", "004"];

    [Theory]
    [MemberData(nameof(SeedNumbers))]
    public void A_document_read_back_from_its_kept_form_is_the_document_that_was_read(string seed)
    {
        var read = DocumentImporter.ImportFile(Seeds.Path(seed));

        var kept = ParsedDocument.Deserialize(ParsedDocument.Serialize(read));

        Assert.NotNull(kept);
        Assert.Equal(ParsedDocument.Serialize(read), ParsedDocument.Serialize(kept));
        Assert.Equal(read.WorkUnit, kept.WorkUnit);
        Assert.Equal(ImportReport.Json([read]), ImportReport.Json([kept]));
        Assert.Equal(read.ContentHash, kept.ContentHash);
        Assert.Equal(read.Plans.SelectMany(p => p.Actions).SelectMany(a => a.Schedule), kept.Plans.SelectMany(p => p.Actions).SelectMany(a => a.Schedule));
        Assert.Equal(read.Findings, kept.Findings);
    }

    [Fact]
    public void A_kept_form_that_is_not_a_document_is_read_as_none() =>
        Assert.Null(ParsedDocument.Deserialize("{\"File\":\"x\",\"Format\":\"Text\",\"Plans\":[{\"Entity\":\"Commission\",\"Kind\":\"Rak\",\"Schedule\":\"Monthly\",\"Goals\":[{\"Statement\":\"s\",\"Indicators\":[{\"Text\":\"i\",\"Actions\":[{\"Name\":\"a\",\"Schedule\":[{\"Period\":\"B13\"}]}]}]}]}]}"u8.ToArray()));

    [Fact]
    public void A_cancelled_reading_stops_with_the_token()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var content = System.IO.File.OpenRead(Seeds.Path("002"));

        Assert.Throws<OperationCanceledException>(() => DocumentImporter.Import("rak.txt", content, cancelled.Token));
    }

    [Fact]
    public async Task A_read_given_up_leaves_the_upload_unread_and_the_next_read_parses_it()
    {
        var uploads = new PendingUploads(_folder, TimeProvider.System);
        var token = await uploads.SaveAsync([Upload("rak.txt", await System.IO.File.ReadAllBytesAsync(Seeds.Path("002")))]);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => uploads.ReadAsync(token, cancelled.Token));
        Assert.DoesNotContain(Directory.GetFiles(_folder, "*.json", SearchOption.AllDirectories), f => !f.EndsWith("unggahan.json", StringComparison.Ordinal));
        var read = await uploads.ReadAsync(token);

        Assert.Equal(DocumentKind.Rak, Assert.Single(read!).Document!.Kind);
    }

    [Fact]
    public void Files_that_together_pass_the_limit_of_one_upload_are_refused_and_refused_files_do_not_count()
    {
        var three = new[] { Sized("a.pdf", PendingUploads.MaxFileBytes), Sized("b.pdf", PendingUploads.MaxFileBytes), Sized("c.pdf", PendingUploads.MaxFileBytes) };
        var two = new[] { Sized("a.pdf", PendingUploads.MaxFileBytes), Sized("b.pdf", PendingUploads.MaxFileBytes), Sized("c.exe", PendingUploads.MaxFileBytes) };

        Assert.Contains("satu unggahan paling besar 50 MB", PendingUploads.TooLarge(three), StringComparison.Ordinal);
        Assert.Null(PendingUploads.TooLarge(two));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static FormFile Upload(string name, byte[] content) => new(new MemoryStream(content), 0, content.Length, "berkas", name);

    /// <summary>A file that says it has <paramref name="length"/> bytes; only its length is read.</summary>
    private static FormFile Sized(string name, long length) => new(Stream.Null, 0, length, "berkas", name);
}
