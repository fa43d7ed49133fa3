using Kinerja.Domain.Common;

namespace Kinerja.Documents.Import.Budget;

/// <summary>A text as one table cell printed it, with the way to put a continuation back into the model.</summary>
internal sealed class PrintedText
{
    private readonly Action<string> _apply;

    public PrintedText(SourceLine line, string text, Action<string> apply)
    {
        Line = line;
        Text = text;
        PrintedLength = text.Length;
        _apply = apply;
    }

    public SourceLine Line { get; }

    public string Text { get; private set; }

    /// <summary>The length on its own line, before any continuation: what the column width cut.</summary>
    public int PrintedLength { get; }

    public bool Continued { get; private set; }

    public void Continue(string more)
    {
        Text = $"{Text} {more}";
        Continued = true;
        _apply(Text);
    }
}

/// <summary>
/// Finds texts that the RKA printout cut off. Some exports keep only the first visual line of a wrapped cell, so the
/// rest of the sentence is lost ("… Pemilu (Base", "… KPU Kabupaten/Kota yang"). Nothing in a cell says it was cut;
/// three signs together make a sensible guess, and each suspected line gets one warning:
/// <list type="number">
/// <item>certain: a bracket opened and not closed, or a text that ends in "-", ",", "/" or "&amp;";</item>
/// <item>certain: a last word that cannot end an Indonesian phrase (yang, dan, di, untuk, terhadap, …);</item>
/// <item>likely, with a second sign (see <see cref="Unfinished"/>): the table is cut at a fixed width — at least <see cref="MinimumShare"/> of its texts (and at least
/// <see cref="MinimumTexts"/>) have lengths within <see cref="Slack"/> characters below the cut width (the 90th
/// percentile of the lengths, which ignores the few rows where several cells were glued together) — and this text's
/// length is in that band and it does not end with a closing mark (")", "]", ".", "%"). A wrapped column breaks
/// before the next word, so a cut line falls short of the width by at most one word: the slack is a long word.</item>
/// </list>
/// A text continued on the next line is not cut. A complete text that happens to end near the width is reported too;
/// the warning says "tampaknya" because this is a guess for a person to confirm.
/// </summary>
internal static partial class TruncatedText
{
    public const int Slack = 10;
    public const int Overshoot = 6;
    public const int MinimumTexts = 5;
    public const double MinimumShare = 0.3;

    private static readonly HashSet<string> DanglingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "yang", "dan", "atau", "serta", "maupun", "di", "ke", "dari", "dengan", "untuk", "dalam", "atas", "oleh", "pada",
        "kepada", "terhadap", "tentang", "bagi", "antara", "melalui", "sesuai", "secara", "paling", "para", "sebagai",
        "agar", "karena", "bahwa", "yaitu", "tidak", "telah", "akan", "dapat", "guna", "demi", "hingga", "sampai", "per",
        "berdasarkan", "the", "of", "and",
    };

    private static readonly HashSet<string> ExpectsObject = new(StringComparer.Ordinal)
    {
        "penyelenggaraan", "pelaksanaan", "penyusunan", "pelaporan", "pengelolaan", "dukungan", "tahapan", "tepat", "wakil",
    };

    private static readonly HashSet<string> CompleteVerbs = new(StringComparer.Ordinal)
    {
        "meningkat", "menurun", "membaik", "memadai", "merata", "meningkatnya", "menurunnya", "mendatang",
    };

    public static void Check(ImportContext context, IReadOnlyList<PrintedText> texts)
    {
        ArgumentNullException.ThrowIfNull(context);
        var width = CutWidth(texts);
        foreach (var group in texts.Where(t => !t.Continued).GroupBy(t => t.Line.Number))
        {
            var reasons = group.Select(t => (Text: t, Reason: Reason(t, width))).Where(r => r.Reason is not null).ToList();
            if (reasons.Count == 0)
            {
                continue;
            }

            var line = group.First().Line;
            var tail = reasons[^1].Text.Text;
            tail = tail.Length > 50 ? "…" + tail[^49..] : tail;
            context.Find(
                Severity.Warning,
                "RKA_TEXT_TRUNCATED",
                $"Uraian tampaknya terpotong ({string.Join("; ", reasons.Select(r => r.Reason))}; {ImportContext.Where(line)}): \"{tail}\".",
                line);
        }
    }

    /// <summary>The width the table's texts were cut at, or null when their lengths do not cluster below one width.</summary>
    internal static int? CutWidth(IReadOnlyList<PrintedText> texts)
    {
        var lengths = texts.Select(t => t.PrintedLength).Where(l => l > 0).Order().ToList();
        if (lengths.Count < MinimumTexts)
        {
            return null;
        }

        var width = lengths[(int)Math.Ceiling(lengths.Count * 0.9) - 1];
        var inBand = lengths.Count(l => InBand(l, width));
        return inBand >= MinimumTexts && inBand >= lengths.Count * MinimumShare ? width : null;
    }

    private static bool InBand(int length, int width) => length >= width - Slack && length <= width + Overshoot;

    private static string? Reason(PrintedText printed, int? width)
    {
        var text = printed.Text.TrimEnd();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Count(c => c == '(') > text.Count(c => c == ')'))
        {
            return "kurung \"(\" tidak ditutup";
        }

        if (text.Count(c => c == '[') > text.Count(c => c == ']'))
        {
            return "kurung \"[\" tidak ditutup";
        }

        if (text[^1] is '-' or '–' or ',' or '/' or '&')
        {
            return $"berakhir dengan \"{text[^1]}\"";
        }

        var last = text[(text.LastIndexOfAny([' ', '/']) + 1)..];
        if (DanglingWords.Contains(last))
        {
            return $"berakhir dengan kata \"{last}\"";
        }

        if (width is { } cut && InBand(printed.PrintedLength, cut) && text[^1] is not (')' or ']' or '.' or '%' or '"') && Unfinished(text, last) is { } sign)
        {
            return $"panjangnya {printed.PrintedLength} karakter, pada lebar potong tabel ±{cut} karakter, dan {sign}";
        }

        return null;
    }

    /// <summary>
    /// A second sign for a text at the cut width, without which its length alone is not taken for a cut (on seed 001 the
    /// length alone was right 20 times in 51): a last word that asks for an object (a transitive me- verb, or a noun such
    /// as "penyelenggaraan" or "tepat" that is followed in KPU phrasing), or a list whose last item after a comma is one or
    /// two words with no "dan" closing it ("…Partisipasi Rendah, Daerah").
    /// </summary>
    private static string? Unfinished(string text, string last)
    {
        var word = last.ToLowerInvariant();
        if (ExpectsObject.Contains(word) || (TransitiveVerb().IsMatch(word) && !CompleteVerbs.Contains(word)))
        {
            return $"kata terakhir \"{last}\" menunggu lanjutan";
        }

        var comma = text.LastIndexOf(',');
        var tail = comma < 0 ? [] : text[(comma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tail.Length is 1 or 2 && !tail.Any(w => w is "dan" or "serta" or "atau") ? "daftar berkoma tidak selesai" : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^me(?:m|n|ng|ny)?[a-z]{4,}$")]
    private static partial System.Text.RegularExpressions.Regex TransitiveVerb();
}
