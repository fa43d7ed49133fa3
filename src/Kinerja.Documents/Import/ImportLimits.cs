using Kinerja.Domain.Common;

namespace Kinerja.Documents.Import;

/// <summary>
/// The hard limits on what reading one uploaded file may cost, checked before the work they bound: a file past one is
/// refused with one finding naming it, and nothing of it is read or stored. The defaults leave room for the largest
/// real documents (a RAK of 19,238 actions written by Kinerja unzips to a 79 MB document.xml, or a 15 MB sheet, or a
/// 10 MB PDF; a 20 MB upload of less repetitive text could reach ~250 MB) and stop a zip, XML or PDF bomb long before
/// it costs the process its memory.
/// </summary>
public sealed record ImportLimits
{
    private const long Megabyte = 1024 * 1024;

    public static ImportLimits Default { get; } = new();

    /// <summary>The file itself, as uploaded (the web form refuses larger files before they arrive).</summary>
    public long MaxFileBytes { get; init; } = 64 * Megabyte;

    /// <summary>Parts (entries) in a DOCX or XLSX archive; a Word document has a few dozen.</summary>
    public int MaxZipEntries { get; init; } = 2_000;

    /// <summary>One part of a DOCX or XLSX once unzipped, as declared in the archive and as actually inflated.</summary>
    public long MaxPartBytes { get; init; } = 256 * Megabyte;

    /// <summary>All parts of a DOCX or XLSX together once unzipped.</summary>
    public long MaxTotalBytes { get; init; } = 512 * Megabyte;

    /// <summary>How many times larger than its compressed size a part may grow (XML compresses 5–30×; a bomb 1,000×).</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Parts smaller than this once unzipped are not held to the ratio: a tiny part of repeated text may compress very well.</summary>
    public long RatioExemptBytes { get; init; } = 4 * Megabyte;

    /// <summary>Nesting depth of an XML part (tables in tables, content controls…); Word's own documents stay under 50.</summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Elements in one XML part.</summary>
    public long MaxXmlElements { get; init; } = 10_000_000;

    /// <summary>Rows a worksheet's cells may span.</summary>
    public int MaxSheetRows { get; init; } = 100_000;

    /// <summary>Columns a worksheet's cells may span.</summary>
    public int MaxSheetColumns { get; init; } = 1_000;

    /// <summary>Cells in the rectangle a worksheet's cells (and its merged ranges) span: every one of them becomes a cell of a line.</summary>
    public long MaxSheetCells { get; init; } = 4_000_000;

    /// <summary>Pages of a PDF.</summary>
    public int MaxPdfPages { get; init; } = 3_000;

    /// <summary>One PDF stream once decoded (inflated).</summary>
    public long MaxPdfStreamBytes { get; init; } = 32 * Megabyte;

    /// <summary>All PDF streams together once decoded.</summary>
    public long MaxPdfTotalBytes { get; init; } = 512 * Megabyte;

    /// <summary>Time to read one file; past it the reading stops.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromMinutes(3);

    internal static string Size(long bytes) =>
        bytes >= Megabyte ? $"{IdFormat.Number(bytes / (decimal)Megabyte, 1)} MB" : $"{IdFormat.Whole(bytes)} bita";

    /// <summary>The one finding of a file past a limit: "Berkas melebihi batas: …", naming the limit and where it was passed.</summary>
    internal static ImportException Exceeded(string code, string what) => new(code, $"Berkas melebihi batas: {what}.");
}
