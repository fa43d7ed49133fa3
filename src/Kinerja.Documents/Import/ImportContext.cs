using Kinerja.Domain.Common;

namespace Kinerja.Documents.Import;

/// <summary>A document being read: its lines, what has been made of them so far, and the ledger of every line's use.</summary>
public sealed class ImportContext
{
    public ImportContext(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        Ledger = new LineLedger(source.Lines);
        Document = new ImportedDocument { File = source.FileName, Format = source.Format };
    }

    public SourceText Source { get; }

    public IReadOnlyList<SourceLine> Lines => Source.Lines;

    public ImportedDocument Document { get; }

    public LineLedger Ledger { get; }

    /// <summary>
    /// True, with an error on the line, when <paramref name="text"/> is an amount beyond <see cref="Rupiah.Max"/> (or has more
    /// digits than any amount): such a figure is a misprint or a misreading, and is refused at the door rather than stored.
    /// </summary>
    public bool BeyondCeiling(string? text, SourceLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!Rupiah.IsBeyondCeiling(text))
        {
            return false;
        }

        Find(Severity.Error, Rupiah.TooLarge, $"Jumlah \"{DocumentImporter.Short(text!.Trim())}\" melebihi batas {IdFormat.Rupiah(Rupiah.Max)} (Rp 100 triliun) dan tidak dipakai ({Where(line)}).", line);
        return true;
    }

    public void Find(Severity severity, string code, string message, SourceLine? line = null) =>
        Document.Add(severity, code, message, line?.Number ?? 0);

    /// <summary>"baris 23" or "halaman 2, baris 23", as findings name places.</summary>
    public static string Where(SourceLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Page > 1 ? $"halaman {line.Page}, baris {line.Number}" : $"baris {line.Number}";
    }
}

/// <summary>A file that cannot be read as a document at all: not a PDF, no text layer, a broken archive, an empty file.</summary>
public sealed class ImportException : Exception
{
    public ImportException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public ImportException()
        : this("IMPORT_FAILED", "Dokumen tidak dapat dibaca.")
    {
    }

    public ImportException(string message)
        : this("IMPORT_FAILED", message)
    {
    }

    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "IMPORT_FAILED";
    }

    public string Code { get; } = "IMPORT_FAILED";
}
