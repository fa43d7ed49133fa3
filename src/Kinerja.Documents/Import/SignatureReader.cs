using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Import;

/// <summary>
/// Reads a signature block: "Semarang, 5 Januari 2018", then the position ("KETUA", "Pt. Sekretaris,"), perhaps the body
/// ("KPU KOTA SEMARANG"), the name, and perhaps "NIP. 19660202 198712 1 007". Lines are taken until a table row, a
/// heading or the end; the reader marks the lines it uses in the ledger.
/// </summary>
public static partial class SignatureReader
{
    /// <summary>True for a line such as "Serang, 28 Januari 2021" (month in any case).</summary>
    public static bool IsPlaceAndDate(SourceLine line) => line is not null && !line.IsTableRow && PlaceDate().IsMatch(line.Text);

    /// <summary>
    /// Reads the block that starts at <paramref name="start"/> (the place-and-date line) and stops before <paramref name="end"/>
    /// (exclusive) or at the first table row. Returns null when the start is not a place and date.
    /// </summary>
    public static ImportedSignature? Read(ImportContext context, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        if (start < 0 || start >= lines.Count || !IsPlaceAndDate(lines[start]))
        {
            return null;
        }

        var first = lines[start];
        var match = PlaceDate().Match(first.Text);
        var place = match.Groups["place"].Value.Trim();
        var date = int.TryParse(match.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                ? IdFormat.DocumentDate(year, IdFormat.MonthNumber(match.Groups["month"].Value), day)
                : null;
        if (date is null)
        {
            context.Find(Severity.Warning, "SIGNATURE_DATE_INVALID", $"Tanggal penandatanganan \"{first.Text}\" tidak dapat dibaca ({ImportContext.Where(first)}).", first);
        }

        context.Ledger.Use(first, "tempat dan tanggal penandatanganan");
        var texts = new List<SourceLine>();
        var said = new Dictionary<SourceLine, string>();
        Nip? nip = null;
        for (var i = start + 1; i < Math.Min(end, lines.Count); i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            // Two blocks side by side (a PK's pihak kedua and pihak pertama) come as rows of two cells: the signer of the
            // document is the block on the right.
            var text = SideBySide(line) ? line.Cells.Last(c => c.Length > 0) : line.Text;
            if (SideBySide(line) && Party().IsMatch(text))
            {
                context.Ledger.Use(line, "pihak dalam perjanjian");
                continue;
            }

            // A signature block is a few lines; the title of the next part or a new chapter ends it.
            // "H. Abdul Rahman" (Haji) looks like a chapter heading "A. …"; directly above a NIP, or last in the document, it is the signer's name.
            if ((line.IsTableRow && !SideBySide(line)) || IsPlaceAndDate(line) || (NextSection().IsMatch(text) && !AboveNip(lines, i + 1, end)) || texts.Count >= 5)
            {
                break;
            }

            if (NipLine().Match(text) is { Success: true } nipMatch)
            {
                if (Nip.TryParse(nipMatch.Groups[1].Value, out var parsed))
                {
                    nip = parsed;
                }
                else
                {
                    context.Find(Severity.Warning, "SIGNATURE_NIP_INVALID", $"NIP penanda tangan tidak sah: {Nip.Problem(nipMatch.Groups[1].Value)} ({ImportContext.Where(line)}).", line);
                }

                context.Ledger.Use(line, "NIP penanda tangan");
                break;
            }

            texts.Add(line);
            said[line] = text;
        }

        if (texts.Count == 0)
        {
            context.Find(Severity.Warning, "SIGNATURE_INCOMPLETE", $"Blok tanda tangan tanpa nama penanda tangan ({ImportContext.Where(first)}).", first);
            return new ImportedSignature(place, date, null, null, nip, null, first.Number);
        }

        // The name is the last line. Of the lines before it, the one that names an office is the position; the others
        // name the body ("KPU KOTA SEMARANG", "KOMISI PEMILIHAN UMUM PROVINSI BANTEN"), before or after the position.
        var name = texts[^1];
        var before = texts.Take(texts.Count - 1).ToList();
        var position = before.FirstOrDefault(l => Office().IsMatch(said[l])) ?? before.FirstOrDefault();
        var bodies = before.Where(l => l != position).ToList();
        var organisation = bodies.Count > 0 ? string.Join(' ', bodies.Select(t => said[t])) : null;
        foreach (var line in texts)
        {
            context.Ledger.Use(line, line == name ? "nama penanda tangan" : line == position ? "jabatan penanda tangan" : "lembaga penanda tangan");
        }

        return new ImportedSignature(place, date, position is null ? null : said[position], said[name], nip, organisation, first.Number);
    }

    private static bool AboveNip(IReadOnlyList<SourceLine> lines, int from, int end)
    {
        var next = lines.Skip(from).Take(Math.Max(0, Math.Min(end, lines.Count) - from)).FirstOrDefault(l => !l.IsBlank);
        return next is null ? from >= lines.Count || lines.Skip(from).All(l => l.IsBlank) : !next.IsTableRow && NipLine().IsMatch(next.Text);
    }

    [GeneratedRegex(@"^(?<place>[A-Za-z][A-Za-z .'\-]{1,60}),\s*(?<day>\d{1,2})\s+(?<month>[A-Za-z]+)\s+(?<year>\d{4})\s*$")]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"\b(?:KETUA|SEKRETARIS|KUASA|KEPALA|PLT|PLH|PT|PJ|ANGGOTA)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Office();

    [GeneratedRegex(@"^(?::|BAB\b|[A-H]\.\s|RENCANA\s|PERJANJIAN\s|LAPORAN\s|NAMA\s*/|TAHUN\s+ANGGARAN|LAMPIRAN)", RegexOptions.IgnoreCase)]
    private static partial Regex NextSection();

    /// <summary>A row of at most three short cells that is not a table heading: the lines of signature blocks printed side by side.</summary>
    public static bool SideBySide(SourceLine line) =>
        line is not null && line.IsTableRow && line.Cells.Count(c => c.Length > 0) is >= 1 and <= 3 && line.Cells.All(c => c.Length <= 120) && !Plans.TableLayout.IsHeader(line);

    [GeneratedRegex(@"^PIHAK\s+(?:PERTAMA|KEDUA)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Party();

    [GeneratedRegex(@"^NIP\.?\s*:?\s*([\d\s.]{18,30})$", RegexOptions.IgnoreCase)]
    private static partial Regex NipLine();
}
