using System.Security.Cryptography;
using System.Text;
using Kinerja.Documents.Import.Budget;
using Kinerja.Documents.Import.Docx;
using Kinerja.Documents.Import.Pdf;
using Kinerja.Documents.Import.Plans;
using Kinerja.Documents.Import.Xlsx;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Import;

/// <summary>
/// Reads a planning document (RAK, RKT, PK, RKA Bagian A) from extracted text, a PDF with a text layer or a DOCX, into
/// an <see cref="ImportedDocument"/>: what it says, every finding, and the account of every line. Never throws for bad
/// content: a file it cannot read at all gives a document with an error finding and nothing else.
/// </summary>
public static class DocumentImporter
{
    public static ImportedDocument ImportFile(string path) => ImportFile(path, ImportLimits.Default, CancellationToken.None);

    /// <summary>Reads a file within <paramref name="limits"/>; a file past one gives a document with one error finding naming it.</summary>
    public static ImportedDocument ImportFile(string path, ImportLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Import(name, stream, limits, cancellationToken);
        }
        catch (IOException ex)
        {
            return Unreadable(name, "FILE_UNREADABLE", $"Berkas tidak dapat dibuka: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return Unreadable(name, "FILE_UNREADABLE", $"Berkas tidak dapat dibuka: {ex.Message}");
        }
    }

    /// <summary>Reads a document from a stream; the file name's extension (.txt, .pdf, .docx, .xlsx) or the content's signature says the format.</summary>
    public static ImportedDocument Import(string fileName, Stream content) => Import(fileName, content, ImportLimits.Default, CancellationToken.None);

    /// <summary>Reads a document within the default limits for a caller that may give up (a web request gone or past its time).</summary>
    public static ImportedDocument Import(string fileName, Stream content, CancellationToken cancellationToken) =>
        Import(fileName, content, ImportLimits.Default, cancellationToken);

    /// <summary>
    /// Reads a document within <paramref name="limits"/>, its time budget counted from now: a file past a limit gives a
    /// document with one error finding naming it and nothing else. Cancelling <paramref name="cancellationToken"/> (the
    /// request went away) throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static ImportedDocument Import(string fileName, Stream content, ImportLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (limits.TimeBudget > TimeSpan.Zero)
        {
            budget.CancelAfter(TimeSpan.FromMilliseconds(Math.Min(limits.TimeBudget.TotalMilliseconds, int.MaxValue)));
        }
        else
        {
            // CancelAfter(0) would cancel later, on a timer's thread: a budget of nothing is spent at once.
            budget.Cancel();
        }
        try
        {
            return Import(Read(fileName, content, limits, budget.Token), budget.Token);
        }
        catch (ImportException ex)
        {
            return Unreadable(fileName, ex.Code, ex.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Unreadable(fileName, "LIMIT_TIME", ImportLimits.Exceeded("LIMIT_TIME", $"membacanya memakan waktu lebih dari {IdFormat.Whole((long)limits.TimeBudget.TotalSeconds)} detik").Message);
        }
    }

    public static ImportedDocument Import(SourceText source) => Import(source, CancellationToken.None);

    /// <summary>Reads extracted text; <paramref name="cancellationToken"/> is checked between the readers.</summary>
    public static ImportedDocument Import(SourceText source, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var context = new ImportContext(source);
        var document = context.Document;
        document.ContentHash = Hash(source);
        if (source.Lines.All(l => l.IsBlank))
        {
            context.Find(Severity.Error, "DOCUMENT_EMPTY", "Dokumen kosong: tidak ada teks yang dapat dibaca.");
            document.Lines = context.Ledger.Counts();
            return document;
        }

        document.Kind = DocumentHeader.DetectKind(source);
        DocumentHeader.Read(context);
        cancellationToken.ThrowIfCancellationRequested();
        switch (document.Kind)
        {
            case DocumentKind.Rka:
                RkaReader.Read(context);
                break;
            case DocumentKind.Rak or DocumentKind.Rkt or DocumentKind.Pk:
                PlanTableReader.Read(context);
                break;
            default:
                context.Find(Severity.Error, "DOCUMENT_KIND_UNKNOWN", "Jenis dokumen tidak dikenali: bukan RAK, RKT, PK atau RKA Satker Bagian A.");
                break;
        }

        cancellationToken.ThrowIfCancellationRequested();
        DipaNarrativeReader.Read(context);
        CheckPlans(document);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var line in context.Ledger.Unaccounted)
        {
            context.Find(Severity.Warning, "LINE_UNACCOUNTED", $"Baris tidak dikenali dan tidak dipakai ({ImportContext.Where(line)}): \"{Short(line.Text)}\".", line);
        }

        document.Lines = context.Ledger.Counts();
        document.Findings.Sort((a, b) => a.Line.CompareTo(b.Line));
        return document;
    }

    /// <summary>Runs the model's plan checks on what was read (duplicate actions, unparsed targets…) so that the import report shows them by line.</summary>
    private static void CheckPlans(ImportedDocument document)
    {
        var year = new FiscalYear(document.Year is >= FiscalYear.First and <= FiscalYear.Last ? document.Year.Value : FiscalYear.First);
        foreach (var plan in document.Plans)
        {
            if (PlanMapper.ToPlan(plan, Guid.NewGuid(), year, (_, _) => null, document.Findings) is { } mapped)
            {
                PlanMapper.Check(mapped, document.Findings);
            }
        }
    }

    private static SourceText Read(string fileName, Stream content, ImportLimits limits, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var head = new byte[5];
        using var buffered = SourceStreams.Buffer(content, limits, cancellationToken);
        var read = buffered.Read(head, 0, head.Length);
        buffered.Position = 0;
        if (read == 0)
        {
            throw new ImportException("DOCUMENT_EMPTY", "Berkas kosong.");
        }

        var isPdf = read >= 5 && Encoding.ASCII.GetString(head) == "%PDF-";
        var isZip = read >= 2 && head[0] == (byte)'P' && head[1] == (byte)'K';
        if (extension == ".pdf" || isPdf)
        {
            return PdfSource.Read(fileName, buffered, limits, cancellationToken);
        }

        // Both are zip archives: the part inside says which (xl/workbook.xml or word/document.xml), the name only when it is not a zip.
        if (isZip ? IsWorkbook(buffered, limits) : extension == ".xlsx")
        {
            return XlsxSource.Read(fileName, buffered, limits, cancellationToken);
        }

        if (extension == ".docx" || isZip)
        {
            return DocxSource.Read(fileName, buffered, limits, cancellationToken);
        }

        return SourceText.FromText(fileName, TextDecoding.Decode(buffered.ToArray()));
    }

    private static bool IsWorkbook(MemoryStream zip, ImportLimits limits)
    {
        PackageGuard.CheckEntryCount(zip, limits);
        try
        {
            using var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
            return archive.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            // A broken archive: the DOCX reader reports it as before.
            return false;
        }
        finally
        {
            zip.Position = 0;
        }
    }

    private static ImportedDocument Unreadable(string fileName, string code, string message)
    {
        var document = new ImportedDocument { File = fileName, Format = SourceFormat.Text };
        document.Add(Severity.Error, code, message);
        return document;
    }

    private static string Hash(SourceText source)
    {
        var text = string.Join('\n', source.Lines.Where(l => !l.IsBlank).Select(l => string.Join('\t', l.Cells)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    internal static string Short(string text) => text.Length <= 80 ? text : text[..77] + "…";
}

/// <summary>Text files come in UTF-8 (with or without BOM), UTF-16, or an old Windows code page; binary junk is refused.</summary>
internal static class TextDecoding
{
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true).ReadToEnd();
        }

        var controls = bytes.Count(b => b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B));
        if (controls > Math.Max(8, bytes.Length / 100))
        {
            throw new ImportException("FILE_NOT_TEXT", "Berkas bukan teks, PDF atau DOCX: isinya biner dan tidak dapat dibaca sebagai dokumen.");
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: older Windows exports are Latin-1 compatible, which keeps every byte as a character.
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
