using System.Text.RegularExpressions;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Import.Plans;

public enum ColumnRole
{
    Number,
    Goal,
    Indicator,
    Target,
    Action,
    ActionTarget,
    Period,
    Ceiling,
    Responsible,
}

/// <summary>
/// Which column of a plan table holds what, read from its header row (and the row of quarter or month labels under it)
/// by the words of the headings, so that other work units' tables with other wording or column order read alike.
/// </summary>
public sealed partial class TableLayout
{
    private TableLayout(Dictionary<ColumnRole, int> columns, IReadOnlyList<(int Column, Period Period)> periods, int width, int lastNamed, string signature)
    {
        Columns = columns;
        Periods = periods;
        Width = width;
        LastNamedColumn = lastNamed;
        Signature = signature;
    }

    public IReadOnlyDictionary<ColumnRole, int> Columns { get; }

    public IReadOnlyList<(int Column, Period Period)> Periods { get; }

    /// <summary>How many cells the header row has.</summary>
    public int Width { get; }

    /// <summary>The last column with a heading; a data row with text beyond it is shifted (extracted PDFs add stray empty cells).</summary>
    public int LastNamedColumn { get; }

    /// <summary>The normalised headings, to tell a header repeated on a new page from a different table.</summary>
    public string Signature { get; }

    public ScheduleStyle Style => Periods.Count == 0 ? ScheduleStyle.None : Periods[0].Period.Style;

    public bool Has(ColumnRole role) => Columns.ContainsKey(role);

    public int FirstPeriodColumn => Periods.Count == 0 ? -1 : Periods[0].Column;

    public int LastPeriodColumn => Periods.Count == 0 ? -1 : Periods[^1].Column;

    /// <summary>True for a row of column headings: at least three short cells that name plan columns.</summary>
    public static bool IsHeader(SourceLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.IsTableRow && line.Cells.Count(c => c.Length is > 0 and <= 45 && RoleOf(Key(c), seenTarget: false, seenAction: false) is not null) >= 3;
    }

    /// <summary>True for the row that numbers the columns: "(1) (2) (3)…" or "1 2 3…".</summary>
    public static bool IsColumnNumbers(SourceLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var filled = line.Cells.Where(c => c.Length > 0).ToList();
        return line.IsTableRow && filled.Count >= 3 && filled.All(c => ColumnNumber().IsMatch(c));
    }

    /// <summary>True for a row that only labels periods (T1…T4, TW 1…, I…IV, B1…B12, month names).</summary>
    public static bool IsPeriodRow(SourceLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var filled = line.Cells.Where(c => c.Length > 0).ToList();
        return line.IsTableRow && filled.Count >= 2 && filled.All(c => PeriodOf(c) is not null);
    }

    public static TableLayout Read(SourceLine header, SourceLine? periodRow)
    {
        ArgumentNullException.ThrowIfNull(header);
        var columns = new Dictionary<ColumnRole, int>();
        var seenTarget = false;
        var seenAction = false;
        var lastNamed = 0;
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var key = Key(header.Cell(i));
            if (key.Length == 0)
            {
                continue;
            }

            lastNamed = i;
            if (RoleOf(key, seenTarget, seenAction) is not { } role)
            {
                continue;
            }

            // A heading such as "KEGIATAN" names the goal before the indicator and the action after the target.
            if (role == ColumnRole.Goal && columns.ContainsKey(ColumnRole.Indicator))
            {
                role = ColumnRole.Action;
            }

            seenTarget |= role == ColumnRole.Target;
            seenAction |= role == ColumnRole.Action;
            columns.TryAdd(role, i);
        }

        var periods = new List<(int, Period)>();
        if (periodRow is not null)
        {
            for (var i = 0; i < periodRow.Cells.Count; i++)
            {
                if (PeriodOf(periodRow.Cell(i)) is { } period)
                {
                    periods.Add((i, period));
                }
            }
        }

        // Periods must be of one style, in order; anything else is not a schedule header.
        if (periods.Select(p => p.Item2.Style).Distinct().Count() > 1)
        {
            periods.Clear();
        }

        var signature = string.Join('|', header.Cells.Select(Key)) + "#" + string.Join('|', periods.Select(p => p.Item2.Code));
        return new TableLayout(columns, periods, header.Cells.Count, Math.Max(lastNamed, periods.Count > 0 ? periods[^1].Item1 : 0), signature);
    }

    /// <summary>"T1", "TW 2", "Triwulan III", "IV", "B12", "Januari", "Jan" → the period; anything else null.</summary>
    public static Period? PeriodOf(string cell)
    {
        var s = (cell ?? string.Empty).Trim().ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (QuarterPattern().Match(s) is { Success: true } quarter)
        {
            var n = quarter.Groups[1].Value switch
            {
                "1" or "I" => 1,
                "2" or "II" => 2,
                "3" or "III" => 3,
                _ => 4,
            };
            return Period.Quarter(n);
        }

        if (MonthPattern().Match(s) is { Success: true } month && int.TryParse(month.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
        {
            return Period.Month(m);
        }

        var index = Array.FindIndex(MonthAbbreviations, a => s.StartsWith(a, StringComparison.Ordinal) && Kinerja.Domain.Common.IdFormat.MonthName(Array.IndexOf(MonthAbbreviations, a) + 1).ToUpperInvariant().StartsWith(s, StringComparison.Ordinal));
        return index >= 0 ? Period.Month(index + 1) : null;
    }

    private static readonly string[] MonthAbbreviations = ["JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP", "OKT", "NOV", "DES"];

    private static string Key(string cell) => Spaces().Replace(cell.ToUpperInvariant(), string.Empty);

    private static ColumnRole? RoleOf(string key, bool seenTarget, bool seenAction) => key switch
    {
        "NO" or "NO." or "NOMOR" => ColumnRole.Number,
        _ when key.StartsWith("SASARAN", StringComparison.Ordinal) => ColumnRole.Goal,
        _ when key.StartsWith("INDIKATOR", StringComparison.Ordinal) => ColumnRole.Indicator,
        _ when key.StartsWith("TARGET", StringComparison.Ordinal) => seenAction || key.Contains("AKSI", StringComparison.Ordinal) || key.Contains("KEGIATAN", StringComparison.Ordinal) && seenTarget ? ColumnRole.ActionTarget : ColumnRole.Target,
        _ when key.StartsWith("NAMAKEGIATAN", StringComparison.Ordinal) || key.StartsWith("AKSI", StringComparison.Ordinal) || key.StartsWith("RENCANAAKSI", StringComparison.Ordinal) => ColumnRole.Action,
        _ when key.StartsWith("KEGIATAN", StringComparison.Ordinal) || key.StartsWith("PROGRAM", StringComparison.Ordinal) => seenTarget ? ColumnRole.Action : ColumnRole.Goal,
        _ when key.StartsWith("PAGU", StringComparison.Ordinal) || key.StartsWith("ANGGARAN", StringComparison.Ordinal) => ColumnRole.Ceiling,
        _ when key.StartsWith("PELAKSANAAN", StringComparison.Ordinal) || key.StartsWith("RENCANAPELAKSANAAN", StringComparison.Ordinal) || key.StartsWith("JADWAL", StringComparison.Ordinal) || key.StartsWith("TRIWULAN", StringComparison.Ordinal) || key.StartsWith("WAKTU", StringComparison.Ordinal) => ColumnRole.Period,
        _ when key.StartsWith("PELAKSANA", StringComparison.Ordinal) || key.StartsWith("PENANGGUNG", StringComparison.Ordinal) || key.StartsWith("UNITKERJA", StringComparison.Ordinal) || key.StartsWith("PJ", StringComparison.Ordinal) => ColumnRole.Responsible,
        _ => null,
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\(?\d{1,2}\)?$")]
    private static partial Regex ColumnNumber();

    [GeneratedRegex(@"^(?:T|TW|TRW|TRIWULAN)?\.?(1|2|3|4|IV|III|II|I)$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(?:B|BLN|BULAN)\.?(\d{1,2})$")]
    private static partial Regex MonthPattern();
}
