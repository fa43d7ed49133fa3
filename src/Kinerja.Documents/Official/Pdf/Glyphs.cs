using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Fonts;
using UglyToad.PdfPig.Fonts.Encodings;
using UglyToad.PdfPig.Fonts.Standard14Fonts;

namespace Kinerja.Documents.Official.Pdf;

internal enum Face
{
    Regular,
    Bold,
    Italic,
}

/// <summary>
/// What the standard-14 Helvetica faces can print and how wide it is. The fonts are not embedded, so a character
/// exists only if WinAnsiEncoding has a code for it and the font's metrics a width; the tables are built once from
/// PdfPig's copies of the Adobe metrics and encoding, and then a character costs an array lookup.
/// </summary>
internal static class Glyphs
{
    /// <summary>Kept in cleaned text and drawn as a filled square: WinAnsi has no ■.</summary>
    public const char Square = '\u25A0';

    private const int Range = Square + 1;
    private const float SquareWidth = 600;

    private static readonly Tables Metrics = Tables.Create();

    /// <summary>
    /// Text the fonts can print: composed to NFC first (so "e" + combining acute stays é), a few common signs mapped,
    /// letters outside WinAnsi reduced to their base letter (ą → a), anything else "?" (one per character, emoji too).
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (IsPlainAscii(text))
        {
            return text;
        }

        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var clean = new StringBuilder(composed.Length);
        for (var i = 0; i < composed.Length; i++)
        {
            var c = composed[i];
            if (char.IsHighSurrogate(c))
            {
                // Outside the basic plane (emoji, rare CJK): no standard font has it.
                clean.Append('?');
                if (i + 1 < composed.Length && char.IsLowSurrogate(composed[i + 1]))
                {
                    i++;
                }

                continue;
            }

            if (c < Range && Metrics.Codes[c] != 0)
            {
                clean.Append(c);
                continue;
            }

            switch (c)
            {
                case Square or '\u25AA' or '\u25FC' or '\u2588':
                    clean.Append(Square);
                    break;
                case '\u221A' or '\u2713' or '\u2714':
                    clean.Append('v');
                    break;
                case '\t' or '\n' or '\r' or '\u00A0' or '\u2007' or '\u202F' or '\u2002' or '\u2003' or '\u2009':
                    clean.Append(' ');
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\uFE0F' or '\uFE0E':
                    break;
                case '\u2010' or '\u2011' or '\u2212':
                    clean.Append('-');
                    break;
                case '\u2264':
                    clean.Append("<=");
                    break;
                case '\u2265':
                    clean.Append(">=");
                    break;
                case '\u20AC':
                    clean.Append("EUR");
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        Decomposed(c, clean);
                    }

                    break;
            }
        }

        return clean.ToString();
    }

    /// <summary>The advance width of cleaned text, in points.</summary>
    public static double Width(string text, Face face, double size)
    {
        var widths = face == Face.Bold ? Metrics.Bold : Metrics.Regular;
        float total = 0;
        foreach (var c in text)
        {
            total += c < Range ? widths[c] : 0;
        }

        return total * size / 1000;
    }

    /// <summary>The WinAnsi code of a cleaned character (0 for <see cref="Square"/>, which is drawn, not typed).</summary>
    public static byte Code(char c) => c < Range ? Metrics.Codes[c] : (byte)'?';

    /// <summary>
    /// Breaks cleaned text into lines no wider than <paramref name="width"/>: at spaces, and inside a word too long for a
    /// line with a hyphen at the break, which the importer's PDF reader joins back without a space.
    /// </summary>
    public static List<string> Wrap(string text, Face face, double size, double width)
    {
        var lines = new List<string>(2);
        if (text.Length == 0)
        {
            return lines;
        }

        var space = Width(" ", face, size);
        if (Width(text, face, size) <= width)
        {
            lines.Add(text.Trim());
            return lines;
        }

        var line = new StringBuilder();
        double used = 0;
        var start = 0;
        while (start < text.Length)
        {
            if (text[start] == ' ')
            {
                start++;
                continue;
            }

            var end = text.IndexOf(' ', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var word = text[start..end];
            start = end;
            var wide = Width(word, face, size);
            if (line.Length > 0 && used + space + wide <= width)
            {
                line.Append(' ').Append(word);
                used += space + wide;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
                used = 0;
            }

            if (wide <= width)
            {
                line.Append(word);
                used = wide;
                continue;
            }

            used = Split(word, face, size, width, lines, line);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Puts the pieces of an over-long word on lines of their own, each but the last ending in a hyphen; the last piece stays open in <paramref name="line"/>.</summary>
    private static double Split(string word, Face face, double size, double width, List<string> lines, StringBuilder line)
    {
        var widths = face == Face.Bold ? Metrics.Bold : Metrics.Regular;
        var hyphen = widths['-'] * size / 1000;
        double used = 0;
        foreach (var c in word)
        {
            var wide = (c < Range ? widths[c] : 0) * size / 1000;
            if (line.Length > 0 && used + wide + hyphen > width)
            {
                lines.Add(line.Append('-').ToString());
                line.Clear();
                used = 0;
            }

            line.Append(c);
            used += wide;
        }

        return used;
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    private static void Decomposed(char c, StringBuilder clean)
    {
        var found = false;
        foreach (var part in c.ToString().Normalize(NormalizationForm.FormKD))
        {
            if (part < Range && Metrics.Codes[part] != 0)
            {
                clean.Append(part);
                found = true;
            }
        }

        if (!found)
        {
            clean.Append('?');
        }
    }

    private sealed class Tables
    {
        public byte[] Codes { get; } = new byte[Range];

        public float[] Regular { get; } = new float[Range];

        public float[] Bold { get; } = new float[Range];

        public static Tables Create()
        {
            var tables = new Tables();
            var regular = Standard14.GetAdobeFontMetrics(Standard14Font.Helvetica).CharacterMetrics;
            var bold = Standard14.GetAdobeFontMetrics(Standard14Font.HelveticaBold).CharacterMetrics;
            foreach (var (code, name) in WinAnsiEncoding.Instance.CodeToNameMap.OrderBy(p => p.Key))
            {
                var unicode = GlyphList.AdobeGlyphList.NameToUnicode(name);
                if (code < 32 || string.IsNullOrEmpty(unicode) || unicode.Length != 1 || unicode[0] >= Range || tables.Codes[unicode[0]] != 0
                    || !regular.TryGetValue(name, out var plain) || !bold.TryGetValue(name, out var heavy))
                {
                    continue;
                }

                var c = unicode[0];
                tables.Codes[c] = checked((byte)code);
                tables.Regular[c] = (float)plain.Width.X;
                tables.Bold[c] = (float)heavy.Width.X;
            }

            tables.Regular[Square] = SquareWidth;
            tables.Bold[Square] = SquareWidth;
            if (tables.Codes[' '] != ' ' || tables.Codes['e'] != 'e')
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"WinAnsi table from PdfPig is not as expected (space → {tables.Codes[' ']})."));
            }

            return tables;
        }
    }
}
