using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Seeds;

/// <summary>One table row of a seed file: its line number and its cells, cleaned (HTML tags removed, white space collapsed).</summary>
internal sealed record SeedRow(int Line, IReadOnlyList<string> Cells)
{
    public string this[int index] => index < Cells.Count ? Cells[index] : string.Empty;

    public IEnumerable<string> NonEmpty => Cells.Where(c => c.Length > 0);
}

/// <summary>A part of a seed: its table pages (runs of tab-separated lines) and the signature lines that close it.</summary>
internal sealed record SeedPart(IReadOnlyList<IReadOnlyList<SeedRow>> Pages, IReadOnlyList<string> SignatureLines);

/// <summary>
/// Test-only access to the seed documents in <c>../shared/seeds</c>: finds and reads them, and splits their tables into rows.
/// This is not the importer; it knows only tabs, blank lines and the headers a test names.
/// </summary>
internal static partial class SeedFiles
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static string[] ReadLines(string number) =>
        File.ReadAllLines(Directory.GetFiles(Folder.Value, number + "_*.txt").Single());

    /// <summary>Strips HTML tags and markdown bold, collapses white space and trims.</summary>
    public static string Clean(string text) =>
        WhiteSpace().Replace(Tag().Replace(text, string.Empty).Replace("**", string.Empty, StringComparison.Ordinal).Replace('\u00A0', ' '), " ").Trim();

    /// <summary>Splits a seed into parts, each closed by a "Place, d Month yyyy" line and the non-empty lines after it.</summary>
    public static IReadOnlyList<SeedPart> Parts(string[] lines)
    {
        var parts = new List<SeedPart>();
        var pages = new List<IReadOnlyList<SeedRow>>();
        List<SeedRow>? page = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains('\t', StringComparison.Ordinal))
            {
                if (page is null)
                {
                    page = [];
                    pages.Add(page);
                }

                page.Add(new SeedRow(i + 1, [.. lines[i].Split('\t').Select(Clean)]));
                continue;
            }

            page = null;
            if (PlaceAndDate().IsMatch(Clean(lines[i])))
            {
                var signature = lines.Skip(i).TakeWhile(l => !l.Contains('\t', StringComparison.Ordinal)).Select(Clean).Where(l => l.Length > 0).ToList();
                parts.Add(new SeedPart(pages, signature));
                pages = [];
            }
        }

        if (pages.Count > 0)
        {
            parts.Add(new SeedPart(pages, []));
        }

        return parts;
    }

    /// <summary>
    /// The data rows of some pages: header rows dropped (the row starting with <paramref name="title"/>, rows of column
    /// numbers, rows of sub-headers only), and a page's first row merged into the row before when it continues it.
    /// </summary>
    public static IReadOnlyList<SeedRow> DataRows(IEnumerable<IReadOnlyList<SeedRow>> pages, string title, Func<string, bool> isSubHeader, Func<SeedRow, bool> isContinuation)
    {
        var rows = new List<SeedRow>();
        foreach (var page in pages)
        {
            var first = true;
            foreach (var row in page)
            {
                if (row[0] == title || IsNumbering(row) || (row.NonEmpty.Any() && row.NonEmpty.All(isSubHeader)) || !row.NonEmpty.Any())
                {
                    continue;
                }

                if (first && rows.Count > 0 && isContinuation(row))
                {
                    var previous = rows[^1];
                    var width = Math.Max(previous.Cells.Count, row.Cells.Count);
                    rows[^1] = previous with { Cells = [.. Enumerable.Range(0, width).Select(c => $"{previous[c]} {row[c]}".Trim())] };
                }
                else
                {
                    rows.Add(row);
                }

                first = false;
            }
        }

        return rows;
    }

    /// <summary>"Semarang, 5 Januari 2018" (month name in any case).</summary>
    public static (string Place, DateOnly Date) ParsePlaceAndDate(string line)
    {
        var match = PlaceAndDate().Match(Clean(line));
        Assert.True(match.Success, $"\"{line}\" is not a place and date");
        var month = IdFormat.MonthNumber(match.Groups[3].Value);
        Assert.InRange(month, 1, 12);
        return (match.Groups[1].Value, new DateOnly(int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture), month, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)));
    }

    /// <summary>"Text (3355.003)" → ("Text", 3355.003); a trailing parenthesis that is not a budget code stays in the text.</summary>
    public static (string Text, BudgetCode? Code) SplitCode(string cell)
    {
        var match = TrailingCode().Match(cell);
        return match.Success && BudgetCode.TryParse(match.Groups[2].Value, out var code) ? (match.Groups[1].Value, code) : (cell, null);
    }

    /// <summary>The printed cell texts a plan holds, one per occurrence: goals, indicators, targets, actions, units, ceilings, schedule values.</summary>
    public static IEnumerable<string> TextsOf(PerformancePlan plan, WorkUnit unit, string mark)
    {
        foreach (var goal in plan.Goals)
        {
            if (goal.Number is { } number)
            {
                yield return number;
            }

            yield return goal.BudgetCode is { } goalCode ? $"{goal.Statement} ({goalCode})" : goal.Statement;
            foreach (var indicator in goal.Indicators)
            {
                yield return indicator.Code is { } code ? $"{indicator.Text} ({code})" : indicator.Text;
                if (indicator.Target is { } target)
                {
                    yield return target.Text;
                }

                foreach (var action in indicator.Actions)
                {
                    yield return action.Name;
                    if (action.Target is { } actionTarget)
                    {
                        yield return actionTarget.Text;
                    }

                    if (action.ResponsibleUnitId is { } unitId)
                    {
                        yield return unit.OrganisationalUnits.Single(u => u.Id == unitId).Name;
                    }

                    if (action.BudgetCeiling is { } ceiling)
                    {
                        yield return ceiling.Value.ToString("#,0", CultureInfo.InvariantCulture);
                    }

                    foreach (var entry in action.Schedule)
                    {
                        yield return entry.Value ?? mark;
                    }
                }
            }
        }
    }

    /// <summary>Every non-empty cell of <paramref name="rows"/> is one of <paramref name="modelTexts"/>, each model text used at most once.</summary>
    public static void AssertAllCellsFound(IEnumerable<SeedRow> rows, IEnumerable<string> modelTexts, Func<string, bool>? structural = null)
    {
        var available = modelTexts.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                if (cell.Length == 0 || (structural?.Invoke(cell) ?? false))
                {
                    continue;
                }

                if (available.TryGetValue(cell, out var count) && count > 0)
                {
                    available[cell] = count - 1;
                }
                else
                {
                    missing.Add($"line {row.Line}, cell {c + 1}: \"{cell}\"");
                }
            }
        }

        Assert.True(missing.Count == 0, "Not found in the model:\n" + string.Join('\n', missing));
    }

    private static bool IsNumbering(SeedRow row)
    {
        var cells = row.NonEmpty.ToList();
        return cells.Count >= 3
            && cells.Select((c, i) => c == (i + 1).ToString(CultureInfo.InvariantCulture) || c == $"({i + 1})").All(ok => ok);
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No shared/seeds above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z .]*), (\d{1,2}) ([A-Za-z]+) (\d{4})$")]
    private static partial Regex PlaceAndDate();

    [GeneratedRegex(@"^(.*\S)\s*\(([0-9A-Za-z.]+)\)$")]
    private static partial Regex TrailingCode();
}
