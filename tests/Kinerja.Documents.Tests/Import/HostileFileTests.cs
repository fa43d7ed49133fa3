using Kinerja.Documents.Import;

namespace Kinerja.Documents.Tests.Import;

/// <summary>
/// The importer over the hostile corpus (<see cref="HostileFiles"/>): each file gives one error finding with its code
/// and nothing read, and costs the reading a bounded amount of memory, whatever it would have grown to.
/// </summary>
public sealed class HostileFileTests
{
    /// <summary>What reading any file of the corpus may allocate: the limits stop each one long before a gigabyte.</summary>
    private const long MaxAllocatedBytes = 64L * 1024 * 1024;

    public static TheoryData<string> Corpus() => [.. HostileFiles.Names];

    [Theory]
    [MemberData(nameof(Corpus))]
    public void A_hostile_file_gives_one_finding_naming_the_limit_and_nothing_else(string name)
    {
        var file = HostileFiles.Make(name);
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var document = DocumentImporter.Import(file.Name, new MemoryStream(file.Content), file.Limits ?? ImportLimits.Default, CancellationToken.None);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var finding = Assert.Single(document.Findings);
        Assert.True(finding.Code == file.Code, $"{name}: {finding.Code} {finding.Message}");
        Assert.Equal(Kinerja.Domain.Common.Severity.Error, finding.Severity);
        if (finding.Code.StartsWith("LIMIT_", StringComparison.Ordinal))
        {
            Assert.StartsWith("Berkas melebihi batas: ", finding.Message, StringComparison.Ordinal);
        }

        Assert.Empty(document.Plans);
        Assert.Null(document.Budget);
        Assert.True(allocated < MaxAllocatedBytes, $"{name}: {allocated / (1024 * 1024)} MB allocated");
    }

    [Fact]
    public void A_limit_names_the_part_and_the_size_in_Indonesian()
    {
        var file = HostileFiles.Make("gigabyte-text.docx");

        var finding = Assert.Single(DocumentImporter.Import(file.Name, new MemoryStream(file.Content)).Findings);

        Assert.Equal("Berkas melebihi batas: bagian word/document.xml terurai menjadi lebih dari 256 MB.", finding.Message);
    }

    [Fact]
    public void A_request_cancelled_by_its_caller_stops_the_reading_with_an_exception_not_a_finding()
    {
        var file = HostileFiles.Make("deep-tables.docx");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DocumentImporter.Import(file.Name, new MemoryStream(file.Content), ImportLimits.Default, cancelled.Token));
    }

    [Theory]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    public void A_seed_imports_the_same_within_the_default_limits(string seed)
    {
        var path = Seeds.Path(seed);
        var unlimited = DocumentImporter.Import(Seeds.Source(seed));

        var limited = DocumentImporter.ImportFile(path, ImportLimits.Default, CancellationToken.None);

        Assert.DoesNotContain(limited.Findings, f => f.Code.StartsWith("LIMIT_", StringComparison.Ordinal));
        Assert.Equal(unlimited.Findings.Select(f => f.Code), limited.Findings.Select(f => f.Code));
        Assert.Equal(unlimited.Plans.Count, limited.Plans.Count);
    }
}
