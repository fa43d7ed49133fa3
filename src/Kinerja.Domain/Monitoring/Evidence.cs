using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Monitoring;

/// <summary>
/// A bukti dukung: a file attached to an indicator's realisation in a period, kept in the database with the report.
/// Only PDF, JPG, PNG, XLSX and DOCX up to <see cref="MaxBytes"/> are accepted, and the content must look like its extension says.
/// </summary>
public sealed class Evidence
{
    /// <summary>5 MB.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    private Evidence(PerformanceReport report, Guid indicatorId, Period period, string fileName, string contentType, byte[] content, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ReportId = report.Id;
        WorkUnitId = report.WorkUnitId;
        IndicatorId = indicatorId;
        Period = period;
        FileName = fileName;
        ContentType = contentType;
        Size = content.Length;
        Content = content;
        UploadedAt = at;
    }

    private Evidence()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Content = [];
    }

    public Guid Id { get; private set; }

    public Guid ReportId { get; private set; }

    public Guid WorkUnitId { get; private set; }

    public Guid IndicatorId { get; private set; }

    public Period Period { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public int Size { get; private set; }

    public byte[] Content { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>The accepted extensions, for the file input's accept attribute and messages.</summary>
    public static string Accept => ".pdf,.jpg,.jpeg,.png,.xlsx,.docx";

    internal static Evidence Create(PerformanceReport report, Guid indicatorId, Period period, string fileName, byte[] content, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(Rule.Text(fileName, "EVIDENCE_NAME", "Nama berkas bukti dukung", 200));
        var extension = Path.GetExtension(name);
        Rule.Require(
            Types.TryGetValue(extension, out var contentType),
            "EVIDENCE_TYPE",
            $"Berkas \"{name}\" tidak diterima: bukti dukung harus PDF, JPG, PNG, XLSX atau DOCX.");
        Rule.Require(content.Length > 0, "EVIDENCE_EMPTY", $"Berkas \"{name}\" kosong.");
        Rule.Require(
            content.Length <= MaxBytes,
            "EVIDENCE_SIZE",
            $"Berkas \"{name}\" berukuran {IdFormat.Number(Math.Round(content.Length / 1048576m, 1))} MB; batasnya {MaxBytes / 1048576} MB.");
        Rule.Require(
            Looks(extension, content),
            "EVIDENCE_CONTENT",
            $"Isi berkas \"{name}\" tidak sesuai dengan jenis {extension.TrimStart('.').ToUpperInvariant()}.");
        return new Evidence(report, indicatorId, period, name, contentType!, content, at);
    }

    private static bool Looks(string extension, byte[] content) => extension.ToUpperInvariant() switch
    {
        ".PDF" => Starts(content, 0x25, 0x50, 0x44, 0x46),
        ".PNG" => Starts(content, 0x89, 0x50, 0x4E, 0x47),
        ".JPG" or ".JPEG" => Starts(content, 0xFF, 0xD8, 0xFF),
        _ => Starts(content, 0x50, 0x4B, 0x03, 0x04),
    };

    private static bool Starts(byte[] content, params byte[] magic) => content.Length >= magic.Length && content.AsSpan(0, magic.Length).SequenceEqual(magic);
}
