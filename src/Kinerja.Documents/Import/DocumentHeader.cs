using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain.Organisation;

namespace Kinerja.Documents.Import;

/// <summary>
/// What a document says about itself before its tables: which kind it is, the year, the work unit; and the account of
/// the title, letterhead and narrative lines around them.
/// </summary>
public static partial class DocumentHeader
{
    /// <summary>The kind named by the first title line before the first table (words may be split over lines, as in "2018 RENCANA / AKSI / KINERJA").</summary>
    public static DocumentKind DetectKind(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var head = string.Join(' ', HeaderLines(source).Select(l => l.Text)).ToUpperInvariant();
        var found = new (int At, DocumentKind Kind)[]
        {
            (Index(head, RkaTitle()), DocumentKind.Rka),
            (Index(head, RakTitle()), DocumentKind.Rak),
            (Index(head, RktTitle()), DocumentKind.Rkt),
            (Index(head, PkTitle()), DocumentKind.Pk),
        };
        return found.Where(f => f.At >= 0).OrderBy(f => f.At).Select(f => f.Kind).FirstOrDefault();
    }

    /// <summary>Reads year and work unit from the lines before the first table, and accounts for those lines.</summary>
    public static void Read(ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var head = HeaderLines(context.Source).ToList();
        foreach (var line in head.Where(l => !l.IsBlank))
        {
            if (document.Year is null && YearPattern().Match(line.Text.ToUpperInvariant()) is { Success: true } year)
            {
                document.Year = int.Parse(year.Groups[year.Groups[1].Success ? 1 : 2].Value, CultureInfo.InvariantCulture);
                context.Ledger.Use(line, "tahun dokumen");
            }
        }

        document.Year ??= LoneYear(context, head);
        document.WorkUnit ??= WorkUnitIn(context, head);
        foreach (var line in head.Where(l => !l.IsBlank))
        {
            context.Ledger.Ignore(line, Reason(line));
        }
    }

    /// <summary>The lines before the first table row; a header field set out in cells ("Unit Organisasi | : KPU Kota Pontianak") is header, not table.</summary>
    public static IEnumerable<SourceLine> HeaderLines(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Lines.TakeWhile(l => !l.IsTableRow || IsField(l));
    }

    /// <summary>
    /// A header field in label-value form spread over two or three cells, as the seeds and their DOCX/XLSX versions set
    /// them out: "Tahun | : 2023", "Unit Organisasi : | KPU Kota X", "Satuan Kerja | : | (670714) KPU Kota Serang", or a
    /// known label without its colon ("Tahun Anggaran | 2023"). A label has no digits and is short; a table's heading row is never one.
    /// </summary>
    public static bool IsField(SourceLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var filled = line.Cells.Where(c => c.Length > 0).ToList();
        if (filled.Count is < 2 or > 3 || !FieldLabel().IsMatch(filled[0]) || Plans.TableLayout.IsHeader(line))
        {
            return false;
        }

        return filled[0].EndsWith(':') || filled[1].StartsWith(':') || KnownLabel().IsMatch(filled[0]);
    }

    /// <summary>"KPU Kota Semarang" from "KOMISI PEMILIHAN UMUM KOTA SEMARANG", "KPU KOTA PONTIANAK", or the two lines "KOMISI PEMILIHAN UMUM" / "KOTA PROBOLINGGO".</summary>
    public static ImportedWorkUnit? ParseWorkUnit(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (NationalPattern().IsMatch(text.Trim()))
        {
            return new ImportedWorkUnit("KPU RI", WorkUnitLevel.National, null, null, null);
        }

        var match = UnitPattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var levelWord = match.Groups["level"].Value.ToUpperInvariant();
        var name = TitleCase(match.Groups["name"].Value.Trim().TrimEnd('.', ',', ':'));
        if (name.Length == 0)
        {
            return null;
        }

        var (level, label) = levelWord switch
        {
            "PROVINSI" => (WorkUnitLevel.Province, "Provinsi"),
            "KOTA" => (WorkUnitLevel.RegencyCity, "Kota"),
            _ => (WorkUnitLevel.RegencyCity, "Kabupaten"),
        };
        return new ImportedWorkUnit($"KPU {label} {name}", level, null, null, null);
    }

    /// <summary>"PONTIANAK" → "Pontianak", as unit names are stored.</summary>
    public static string TitleCase(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w =>
            w.Length <= 1 ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    private static int? LoneYear(ImportContext context, List<SourceLine> head)
    {
        foreach (var line in head)
        {
            if (LoneYearPattern().Match(line.Text) is { Success: true } match)
            {
                context.Ledger.Use(line, "tahun dokumen");
                return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static ImportedWorkUnit? WorkUnitIn(ImportContext context, List<SourceLine> head)
    {
        for (var i = 0; i < head.Count; i++)
        {
            var line = head[i];
            if (line.IsBlank)
            {
                continue;
            }

            // "SEKRETARIAT KPU KOTA SERANG" names the unit through its secretariat.
            var text = SecretariatOf().Replace(StripLabel(line.Text), string.Empty);
            if (ParseWorkUnit(text) is { } unit)
            {
                context.Ledger.Use(line, "nama satuan kerja");
                return unit;
            }

            // The name may be split: "KOMISI PEMILIHAN UMUM" on one line, "KOTA PROBOLINGGO" (or a level and name) on a following one.
            if (BodyOnly().IsMatch(text))
            {
                var next = head.Skip(i + 1).FirstOrDefault(l => !l.IsBlank);
                if (next is not null && ParseWorkUnit("KPU " + StripLabel(next.Text)) is { } split)
                {
                    context.Ledger.Use(line, "nama satuan kerja");
                    context.Ledger.Use(next, "nama satuan kerja");
                    return split;
                }
            }
        }

        return null;
    }

    /// <summary>The value of a header field: without its label ("Unit Organisasi : KPU Kota X") or the colon left when the label stands on another line.</summary>
    private static string StripLabel(string text) => LabelPrefix().Replace(text, string.Empty).TrimStart(':', ' ').Trim();

    private static string Reason(SourceLine line)
    {
        var text = line.Text;
        var upper = text.ToUpperInvariant();
        if (Contact().IsMatch(text))
        {
            return "kop surat (alamat dan kontak)";
        }

        if (upper.StartsWith("BAB", StringComparison.Ordinal) || text.Length > 120 || NumberedProse().IsMatch(text))
        {
            return "uraian naratif di luar tabel";
        }

        return "judul dan keterangan dokumen";
    }

    private static int Index(string text, Regex pattern) => pattern.Match(text) is { Success: true } m ? m.Index : -1;

    [GeneratedRegex(@"RENCANA KERJA (?:DAN )?ANGGARAN|\bRKA\b|BAGIAN-?\s?A\b")]
    private static partial Regex RkaTitle();

    [GeneratedRegex(@"RENCANA\s+AKSI|\bRAK\b")]
    private static partial Regex RakTitle();

    [GeneratedRegex(@"RENCANA\s+KINERJA\s+TAHUNAN|\bRKT\b")]
    private static partial Regex RktTitle();

    [GeneratedRegex(@"PERJANJIAN\s+KINERJA|\bPK\b")]
    private static partial Regex PkTitle();

    [GeneratedRegex(@"\bTAHUN(?:\s+ANGGARAN)?\s*:?\s*((?:19|20)\d{2})\b|\bT\.?\s?A\.?\s*((?:19|20)\d{2})\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^:?\s*((?:19|20)\d{2})$")]
    private static partial Regex LoneYearPattern();

    [GeneratedRegex(@"^(?:KPU|KIP|KOMISI PEMILIHAN UMUM)\s+(?<level>PROVINSI|KABUPATEN|KAB\.|KOTA)\s+(?<name>[A-Za-z][A-Za-z .'\-]*?)(?:\s+(?:TAHUN|TA)\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"^(?:KPU|KOMISI PEMILIHAN UMUM)\s+(?:RI|REPUBLIK INDONESIA)$", RegexOptions.IgnoreCase)]
    private static partial Regex NationalPattern();

    [GeneratedRegex(@"^SEKRETARIAT(?:\s+JENDERAL)?\s+(?=(?:KPU|KIP|KOMISI PEMILIHAN UMUM)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretariatOf();

    [GeneratedRegex(@"^(?:KOMISI PEMILIHAN UMUM|KPU)$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyOnly();

    [GeneratedRegex(@"(?:\bJl\.|\bJalan\b|\bTelp|\bFax|\bEmail|@|www\.|\.go\.id|^\(0\d+\)|^\d{3,4}\s?\d{3,4})", RegexOptions.IgnoreCase)]
    private static partial Regex Contact();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z/ .&()\-]{0,40}:?$")]
    private static partial Regex FieldLabel();

    [GeneratedRegex(@"^(?:NAMA\s*/?\s*)?(?:UNIT\s+ORG(?:ANISASI)?|SATUAN\s+KERJA|SATKER|TAHUN(?:\s+ANGGARAN)?|PRO[PV]INSI|LOKASI|KEMEN(?:TERIAN)?\s*/\s*LEMB(?:AGA)?|INSTANSI|ENTITAS)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KnownLabel();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z/ .&()\-]{0,40}?\s*:\s*(?=\S)")]
    private static partial Regex LabelPrefix();

    [GeneratedRegex(@"^(?:\d+\.|[A-Z]\.)\s+\S")]
    private static partial Regex NumberedProse();
}
