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

    public const int MaxNameLength = 200;

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
        var name = Rule.Text(SafeFileName.From(fileName, MaxNameLength), "EVIDENCE_NAME", "Nama berkas bukti dukung", MaxNameLength);
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

/// <summary>How many bukti dukung, and how many bytes of them, are already kept somewhere.</summary>
public readonly record struct EvidenceHeld(int Count, long Bytes)
{
    public static readonly EvidenceHeld None = new(0, 0);
}

/// <summary>What is already kept where a new bukti dukung would go: its indicator's period, its report (one PK, one year), and its unit's year.</summary>
public sealed record EvidenceHoldings(EvidenceHeld Row, EvidenceHeld Report, EvidenceHeld UnitYear)
{
    public static readonly EvidenceHoldings None = new(EvidenceHeld.None, EvidenceHeld.None, EvidenceHeld.None);
}

/// <summary>
/// How much evidence one unit may keep: the files live in the database, so one unit must not fill it for everyone. The limits
/// are far above what a report needs (one to three files per indicator and period).
/// </summary>
public static class EvidenceLimits
{
    public const int PerRow = 10;

    public const int PerReport = 150;

    public const long BytesPerReport = 150L * 1024 * 1024;

    public const int PerUnitYear = 250;

    public const long BytesPerUnitYear = 250L * 1024 * 1024;

    /// <summary>Refuses a file of <paramref name="size"/> bytes that would take any of the holdings past its limit.</summary>
    public static void Check(EvidenceHoldings held, long size)
    {
        ArgumentNullException.ThrowIfNull(held);
        Rule.Require(
            held.Row.Count < PerRow,
            "EVIDENCE_LIMIT_ROW",
            $"Indikator ini sudah memiliki {PerRow} bukti dukung pada periode ini, batas per indikator per periode. Hapus yang tidak diperlukan lagi, atau gabungkan beberapa berkas menjadi satu PDF.");
        Rule.Require(
            held.Report.Count < PerReport && held.Report.Bytes + size <= BytesPerReport,
            "EVIDENCE_LIMIT_REPORT",
            $"Laporan Perjanjian Kinerja ini sudah memuat {held.Report.Count} bukti dukung ({Megabytes(held.Report.Bytes)}); batasnya {PerReport} berkas dan {Megabytes(BytesPerReport)} setahun. Hapus bukti dukung yang tidak diperlukan lagi.");
        Rule.Require(
            held.UnitYear.Count < PerUnitYear && held.UnitYear.Bytes + size <= BytesPerUnitYear,
            "EVIDENCE_LIMIT_UNIT",
            $"Satuan kerja ini sudah menyimpan {held.UnitYear.Count} bukti dukung ({Megabytes(held.UnitYear.Bytes)}) tahun ini; batasnya {PerUnitYear} berkas dan {Megabytes(BytesPerUnitYear)} setahun. Hapus bukti dukung yang tidak diperlukan lagi.");
    }

    private static string Megabytes(long bytes) => $"{IdFormat.Number(Math.Round(bytes / 1048576m, 1))} MB";
}
