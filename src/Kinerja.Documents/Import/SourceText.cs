using System.Text;
using System.Text.RegularExpressions;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Import;

public enum SourceFormat
{
    Text,
    Pdf,
    Docx,
    Xlsx,
}

/// <summary>
/// One line of a document as the importer sees it: its number in the source (1-based), the page it is on, and its
/// cells (tab-separated in text extracted from a PDF; table cells in a DOCX; word columns recovered from a PDF).
/// A line that is not part of a table has one cell. Every decimal digit in the cells is ASCII (<see cref="Digits"/>), so that
/// no reader's pattern matches a digit its number parsing cannot read.
/// </summary>
public sealed class SourceLine
{
    public SourceLine(int number, int page, string raw, IReadOnlyList<string> cells)
    {
        Number = number;
        Page = page;
        Raw = raw;
        Cells = [.. cells.Select(Digits.ToAscii)];
        Text = string.Join(' ', Cells.Where(c => c.Length > 0));
    }

    public int Number { get; }

    public int Page { get; }

    /// <summary>The line as it came, before tags and markup were removed.</summary>
    public string Raw { get; }

    /// <summary>Cleaned cells: no HTML tags or bold markers, whitespace collapsed, trimmed.</summary>
    public IReadOnlyList<string> Cells { get; }

    /// <summary>The non-empty cells joined by a space.</summary>
    public string Text { get; }

    public bool IsBlank => Text.Length == 0;

    public bool IsTableRow => Cells.Count > 1;

    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : string.Empty;

    public override string ToString() => $"{Number}: {string.Join(" | ", Cells)}";
}

/// <summary>A document reduced to numbered lines of cells, whatever file it came from.</summary>
public sealed partial class SourceText
{
    public SourceText(string fileName, SourceFormat format, IReadOnlyList<SourceLine> lines)
    {
        FileName = fileName;
        Format = format;
        Lines = lines;
    }

    public string FileName { get; }

    public SourceFormat Format { get; }

    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>Reads text extracted from a PDF: one line per line, cells separated by tabs, pages by form feeds when present.</summary>
    public static SourceText FromText(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<SourceLine>();
        var page = 1;
        var number = 0;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            number++;
            if (raw.Contains('\f', StringComparison.Ordinal))
            {
                page++;
            }

            lines.Add(Line(number, page, raw.Replace("\f", string.Empty, StringComparison.Ordinal), raw.Split('\t')));
        }

        return new SourceText(fileName, SourceFormat.Text, lines);
    }

    /// <summary>A line from its raw cells: cleans each and keeps the raw text for reports.</summary>
    public static SourceLine Line(int number, int page, string raw, IEnumerable<string> rawCells) =>
        new(number, page, raw, [.. rawCells.Select(Clean)]);

    /// <summary>Removes HTML tags and bold/italic markers, turns list items into separate sentences, collapses whitespace.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        // Most cells are plain: no tag, entity, emphasis, odd space or non-ASCII letter to deal with.
        if (IsPlain(text))
        {
            return text.Trim();
        }

        var s = ListItem().Replace(text, " ");
        s = Tag().Replace(s, " ");
        s = s.Replace("&nbsp;", " ", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal)
            .Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&quot;", "\"", StringComparison.Ordinal);
        s = Emphasis().Replace(s, string.Empty);
        s = Space().Replace(s.Replace('\u00A0', ' '), " ").Trim();
        return ValidCodePoints(s).Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Normalisation throws on a noncharacter (U+FFFE, U+FFFF…) or a lone surrogate, which a damaged or hostile file can
    /// hold anywhere: each becomes U+FFFD, the mark for a character that could not be read.
    /// </summary>
    private static string ValidCodePoints(string text)
    {
        StringBuilder? valid = null;
        for (var i = 0; i < text.Length; i++)
        {
            var ok = Rune.TryGetRuneAt(text, i, out var rune) && !IsNonCharacter(rune.Value);
            if (ok && rune.Utf16SequenceLength == 2)
            {
                valid?.Append(text, i, 2);
                i++;
                continue;
            }

            if (!ok && valid is null)
            {
                valid = new StringBuilder(text.Length).Append(text, 0, i);
            }

            valid?.Append(ok ? text[i] : '\uFFFD');
        }

        return valid?.ToString() ?? text;
    }

    private static bool IsNonCharacter(int codePoint) => (codePoint & 0xFFFE) == 0xFFFE || codePoint is >= 0xFDD0 and <= 0xFDEF;

    private static bool IsPlain(string text)
    {
        var previousSpace = true;
        foreach (var c in text)
        {
            if (c is '<' or '&' or '*' or '\t' or '\r' or '\n' or '\f' or '\u00A0' || c > '\u007E')
            {
                return false;
            }

            var space = c == ' ';
            if (space && previousSpace)
            {
                // Two spaces in a row (or a leading one) are collapsed by the general path.
                return false;
            }

            previousSpace = space;
        }

        return true;
    }

    [GeneratedRegex(@"</?(?:li|p|br|ul|ol)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*\b[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\*{2,3}")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
