using System.Text;
using System.Text.RegularExpressions;

namespace Kinerja.Documents.Tests.Import;

/// <summary>
/// Mutated copies of the five seed documents, the same on every run (a fixed seed for <see cref="Random"/>): digits of
/// other scripts, numbers of 30 digits and more, impossible dates, lines and cells deleted, duplicated or swapped, files
/// cut short, control characters and very long lines. Each copy carries the names of its mutations, so a failure says
/// how to make it again.
/// </summary>
internal static partial class FuzzCorpus
{
    /// <summary>The zero of each decimal digit script used; the nine others follow it. Javanese and Balinese are Indonesian scripts.</summary>
    private static readonly int[] Zeros = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10, 0x1B50, 0xA9D0, 0x1D7CE];

    private static readonly string[] Controls = ["\0", "\u0001", "\u0007", "\u001B", "\u007F", "\u200B", "\u202E", "\uFEFF", "\uFFFE", "\u00A0", "\r", "\f", "\t\t\t"];

    private static readonly (string Name, Func<Random, string, string> Apply)[] Mutations =
    [
        ("digits", (r, t) => OtherDigits(r, t, all: true)),
        ("some-digits", (r, t) => OtherDigits(r, t, all: false)),
        ("huge-number", HugeNumber),
        ("huge-number", HugeNumber),
        ("impossible-date", ImpossibleDate),
        ("impossible-date", ImpossibleDate),
        ("delete-line", (r, t) => Lines(r, t, (lines, i) => lines.RemoveAt(i))),
        ("duplicate-line", (r, t) => Lines(r, t, (lines, i) => lines.Insert(i, lines[i]))),
        ("swap-lines", (r, t) => Lines(r, t, (lines, i) => (lines[i], lines[lines.Count - 1 - (i / 2)]) = (lines[lines.Count - 1 - (i / 2)], lines[i]))),
        ("delete-cell", (r, t) => Cells(r, t, (cells, i) => cells.RemoveAt(i))),
        ("duplicate-cell", (r, t) => Cells(r, t, (cells, i) => cells.Insert(i, cells[i]))),
        ("swap-cells", (r, t) => Cells(r, t, (cells, i) => (cells[i], cells[0]) = (cells[0], cells[i]))),
        ("truncate", (r, t) => t[..r.Next(t.Length)]),
        ("control-characters", (r, t) => Insert(r, t, Controls[r.Next(Controls.Length)], 1 + r.Next(8))),
        ("long-line", (r, t) => Insert(r, t, new string("x9.,% \t"[r.Next(7)], 5_000 + r.Next(40_000)), 1)),
    ];

    /// <summary><paramref name="perSeed"/> mutants of each seed, one to three mutations each.</summary>
    public static IEnumerable<(string Name, string Text)> Documents(int perSeed, int seed = 20261204)
    {
        var random = new Random(seed);
        foreach (var number in new[] { "000", "001", "002", "003", "004" })
        {
            var original = File.ReadAllText(Seeds.Path(number));
            for (var i = 0; i < perSeed; i++)
            {
                var text = original;
                var names = new List<string>();
                for (var m = 1 + random.Next(3); m > 0; m--)
                {
                    var (name, apply) = Mutations[random.Next(Mutations.Length)];
                    text = apply(random, text);
                    names.Add(name);
                }

                yield return ($"{number}-{i:0000}-{string.Join('+', names)}.txt", text);
            }
        }
    }

    private static string OtherDigits(Random random, string text, bool all)
    {
        var zero = Zeros[random.Next(Zeros.Length)];
        return Written(text, zero, () => all || random.Next(4) == 0);
    }

    /// <summary>The text with its ASCII digits (those <paramref name="which"/> picks, or all) in the script whose zero is <paramref name="zero"/>.</summary>
    public static string Written(string text, int zero, Func<bool>? which = null)
    {
        var written = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            written.Append(char.IsAsciiDigit(c) && (which is null || which()) ? char.ConvertFromUtf32(zero + (c - '0')) : c.ToString());
        }

        return written.ToString();
    }

    /// <summary>One number of the text (an amount, a target, a year, a code's digits) becomes 30 to 60 digits, grouped or not.</summary>
    private static string HugeNumber(Random random, string text)
    {
        var numbers = Number().Matches(text);
        if (numbers.Count == 0)
        {
            return text;
        }

        var chosen = numbers[random.Next(numbers.Count)];
        var digits = new string([.. Enumerable.Range(0, 30 + random.Next(31)).Select(i => (char)('0' + (i == 0 ? 1 + random.Next(9) : random.Next(10))))]);
        var huge = random.Next(2) == 0 ? digits : Grouped(digits, random.Next(2) == 0 ? ',' : '.');
        return text[..chosen.Index] + huge + text[(chosen.Index + chosen.Length)..];
    }

    private static string Grouped(string digits, char separator)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                grouped.Append(separator);
            }

            grouped.Append(digits[i]);
        }

        return grouped.ToString();
    }

    /// <summary>A printed date ("5 Januari 2018", "tanggal 17 November 2021") gets a day, month or year no calendar has.</summary>
    private static string ImpossibleDate(Random random, string text)
    {
        var dates = Date().Matches(text);
        if (dates.Count == 0)
        {
            return text;
        }

        var date = dates[random.Next(dates.Count)];
        string[] days = ["0", "00", "32", "99", "31", "30"];
        string[] months = ["Februari", "Juni", "Smarch", "13", "00"];
        string[] years = ["0000", "0001", "9999", "1899", "2101", date.Groups["year"].Value];
        var replacement = $"{days[random.Next(days.Length)]} {(random.Next(2) == 0 ? months[random.Next(months.Length)] : date.Groups["month"].Value)} {years[random.Next(years.Length)]}";
        return text[..date.Index] + replacement + text[(date.Index + date.Length)..];
    }

    private static string Lines(Random random, string text, Action<List<string>, int> change)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 1)
        {
            change(lines, random.Next(lines.Count));
        }

        return string.Join('\n', lines);
    }

    private static string Cells(Random random, string text, Action<List<string>, int> change)
    {
        var lines = text.Split('\n');
        var rows = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains('\t', StringComparison.Ordinal)).ToList();
        if (rows.Count == 0)
        {
            return text;
        }

        var row = rows[random.Next(rows.Count)];
        var cells = lines[row].Split('\t').ToList();
        change(cells, random.Next(cells.Count));
        lines[row] = string.Join('\t', cells);
        return string.Join('\n', lines);
    }

    private static string Insert(Random random, string text, string what, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var at = random.Next(text.Length + 1);
            text = text[..at] + what + text[at..];
        }

        return text;
    }

    [GeneratedRegex(@"[0-9][0-9.,]*")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?<day>[0-9]{1,2})\s+(?<month>Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\s+(?<year>[0-9]{4})\b")]
    private static partial Regex Date();
}
