using System.Globalization;
using System.Text;

namespace Kinerja.Domain.Common;

/// <summary>
/// A file name as a user sent it, made safe to keep, list and offer back for download on any system: the last part of a
/// Windows or Unix path only, without control, format (bidi overrides, zero-width) or unassigned characters, without the
/// characters Windows refuses, not a reserved device name, not ending in a dot or space, and at most a given length
/// with its extension kept.
/// </summary>
public static class SafeFileName
{
    private static readonly HashSet<string> Reserved = new(
        ["CON", "PRN", "AUX", "NUL", .. Numbered("COM"), .. Numbered("LPT")],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The safe name; empty when nothing of the name is left (the caller refuses it as it would an empty name).</summary>
    public static string From(string? uploaded, int maxLength = 200)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);
        var text = (uploaded ?? string.Empty).Normalize(NormalizationForm.FormC);
        var name = text[(text.LastIndexOfAny(['/', '\\']) + 1)..];
        if (name.Length >= 2 && char.IsAsciiLetter(name[0]) && name[1] == ':')
        {
            // "C:laporan.pdf": a drive-relative path, the drive is not part of the name.
            name = name[2..];
        }

        // Windows drops trailing dots and spaces, and a leading dot hides a file elsewhere.
        var kept = Clean(name).TrimEnd(' ', '.');
        var dot = kept.LastIndexOf('.');
        var extension = dot >= 0 && kept.Length - dot <= 10 ? kept[dot..] : string.Empty;
        var stem = kept[..(kept.Length - extension.Length)].Trim(' ', '.');
        if (stem.Length == 0)
        {
            return extension.Length == 0 ? string.Empty : "berkas" + extension;
        }

        if (Reserved.Contains(stem.Split('.')[0].TrimEnd(' ')))
        {
            stem = "_" + stem;
        }

        return Shorten(stem, maxLength - extension.Length) + extension;
    }

    private static string Clean(string name)
    {
        var clean = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                // One plain space for any run of spaces, tabs or line breaks.
                if (clean.Length > 0 && clean[^1] != ' ')
                {
                    clean.Append(' ');
                }

                continue;
            }

            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate)
            {
                continue;
            }

            if (rune.IsAscii && "<>:\"|?*".Contains((char)rune.Value, StringComparison.Ordinal))
            {
                clean.Append('_');
                continue;
            }

            clean.Append(rune.ToString());
        }

        return clean.ToString();
    }

    /// <summary>At most <paramref name="length"/> characters, cut where a character ends (never between a surrogate pair), with "…" when cut.</summary>
    private static string Shorten(string stem, int length)
    {
        if (stem.Length <= length)
        {
            return stem;
        }

        var cut = length - 1;
        if (char.IsHighSurrogate(stem[cut - 1]))
        {
            cut--;
        }

        return stem[..cut].TrimEnd(' ', '.') + "…";
    }

    private static IEnumerable<string> Numbered(string device) =>
        Enumerable.Range(0, 10).Select(i => device + i.ToString(CultureInfo.InvariantCulture)).Concat([device + "¹", device + "²", device + "³"]);
}
