using System.Globalization;
using System.Text;

namespace Kinerja.Domain.Common;

/// <summary>
/// The one rule for digits in typed and imported text: every Unicode decimal digit (category Nd: fullwidth <c>２</c>,
/// Arabic-Indic <c>١٢٣</c>, Devanagari, mathematical bold…) is read as its value. .NET's regex <c>\d</c> already matches
/// all of them while <c>decimal.Parse</c>/<c>int.Parse</c> with the invariant culture read only ASCII, so a parser that
/// matched and then parsed threw on such text; each parser now folds its input through <see cref="ToAscii"/> first.
/// </summary>
public static class Digits
{
    /// <summary>The text with every decimal digit replaced by its ASCII digit; everything else is kept as it is.</summary>
    public static string ToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasOtherDigit(text))
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            // A lone surrogate is kept as it is (Rune enumeration would replace it), so the rest of the text is untouched.
            if (Rune.TryGetRuneAt(text, i, out var rune) && Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
            {
                folded.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
                i += rune.Utf16SequenceLength - 1;
            }
            else
            {
                folded.Append(text[i]);
            }
        }

        return folded.ToString();
    }

    /// <summary>Null stays null, so that optional fields fold in one call.</summary>
    public static string? ToAsciiOrNull(string? text) => text is null ? null : ToAscii(text);

    /// <summary>Whether the text holds a decimal digit that is not ASCII (a lone surrogate is not a digit).</summary>
    private static bool HasOtherDigit(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F' && (char.IsDigit(c) || char.IsSurrogate(c)))
            {
                return true;
            }
        }

        return false;
    }
}
