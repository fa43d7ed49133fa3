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
        DateOnly? date = null;
        var month = IdFormat.MonthNumber(match.Groups["month"].Value);
        if (month > 0
            && int.TryParse(match.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
        }
        else
        {
            context.Find(Severity.Warning, "SIGNATURE_DATE_INVALID", $"Tanggal penandatanganan \"{first.Text}\" tidak dapat dibaca ({ImportContext.Where(first)}).", first);
        }

        context.Ledger.Use(first, "tempat dan tanggal penandatanganan");
        var texts = new List<SourceLine>();
        Nip? nip = null;
        for (var i = start + 1; i < Math.Min(end, lines.Count); i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            // A signature block is a few lines; the title of the next part or a new chapter ends it.
            if (line.IsTableRow || IsPlaceAndDate(line) || NextSection().IsMatch(line.Text) || texts.Count >= 5)
            {
                break;
            }

            if (NipLine().Match(line.Text) is { Success: true } nipMatch)
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
        var position = before.FirstOrDefault(l => Office().IsMatch(l.Text)) ?? before.FirstOrDefault();
        var bodies = before.Where(l => l != position).ToList();
        var organisation = bodies.Count > 0 ? string.Join(' ', bodies.Select(t => t.Text)) : null;
        foreach (var line in texts)
        {
            context.Ledger.Use(line, line == name ? "nama penanda tangan" : line == position ? "jabatan penanda tangan" : "lembaga penanda tangan");
        }

        return new ImportedSignature(place, date, position?.Text, name.Text, nip, organisation, first.Number);
    }

    [GeneratedRegex(@"^(?<place>[A-Za-z][A-Za-z .'\-]{1,60}),\s*(?<day>\d{1,2})\s+(?<month>[A-Za-z]+)\s+(?<year>\d{4})\s*$")]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"\b(?:KETUA|SEKRETARIS|KUASA|KEPALA|PLT|PLH|PT|PJ|ANGGOTA)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Office();

    [GeneratedRegex(@"^(?::|BAB\b|[A-H]\.\s|RENCANA\s|PERJANJIAN\s|LAPORAN\s|NAMA\s*/|TAHUN\s+ANGGARAN|LAMPIRAN)", RegexOptions.IgnoreCase)]
    private static partial Regex NextSection();

    [GeneratedRegex(@"^NIP\.?\s*:?\s*([\d\s.]{18,30})$", RegexOptions.IgnoreCase)]
    private static partial Regex NipLine();
}
