using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Import.Xlsx;

/// <summary>
/// Reads an Excel workbook sheet by sheet (a page per sheet), row by row. A table row keeps every column of the sheet's
/// used range, so its cells sit at the same indexes as its header's; a merged range gives its value to its first cell
/// and leaves the others empty, as a merged cell of a DOCX table does. A row outside any table (no vertical rules, no merged
/// cell coming from above) with a single text reads as a line of one cell, so titles and signature blocks read as
/// lines; an empty row is a blank line.
/// </summary>
public static partial class XlsxSource
{
    public static SourceText Read(string fileName, Stream content) => Read(fileName, content, ImportLimits.Default, CancellationToken.None);

    public static SourceText Read(string fileName, Stream content, ImportLimits limits, CancellationToken cancellationToken) =>
        SourceStreams.Read(fileName, content, "XLSX_UNREADABLE", "XLSX", limits, buffer =>
        {
            using var workbook = new XLWorkbook(buffer);
            var lines = new List<SourceLine>();
            var page = 0;
            foreach (var sheet in workbook.Worksheets.Where(s => s.Visibility == XLWorksheetVisibility.Visible))
            {
                page++;
                ReadSheet(sheet, page, lines, limits, cancellationToken);
            }

            return new SourceText(fileName, SourceFormat.Xlsx, lines);
        }, cancellationToken);

    private static void ReadSheet(IXLWorksheet sheet, int page, List<SourceLine> lines, ImportLimits limits, CancellationToken cancellationToken)
    {
        var used = sheet.RangeUsed();
        if (used is null)
        {
            return;
        }

        var (top, bottom) = (used.FirstRow().RowNumber(), used.LastRow().RowNumber());
        var (left, right) = (used.FirstColumn().ColumnNumber(), used.LastColumn().ColumnNumber());

        // The package was checked cell by cell before ClosedXML opened it; this holds the loops below to the same limit whatever ClosedXML made of it.
        if ((long)(bottom - top + 1) * (right - left + 1) > limits.MaxSheetCells
            || sheet.MergedRanges.Sum(r => (long)r.RowCount() * r.ColumnCount()) > limits.MaxSheetCells)
        {
            throw ImportLimits.Exceeded("LIMIT_SHEET_CELLS", $"lembar kerja \"{sheet.Name}\" merentang lebih dari {IdFormat.Whole(limits.MaxSheetCells)} sel");
        }

        // Cells covered by a merged range other than its first: empty, and, when the range comes from a row above, a sign that the row is inside a table.
        var covered = new HashSet<(int Row, int Column)>();
        var continued = new HashSet<int>();
        foreach (var range in sheet.MergedRanges)
        {
            var (r1, c1) = (range.FirstRow().RowNumber(), range.FirstColumn().ColumnNumber());
            var (r2, c2) = (range.LastRow().RowNumber(), range.LastColumn().ColumnNumber());
            for (var r = r1; r <= r2; r++)
            {
                for (var c = c1; c <= c2; c++)
                {
                    if (r != r1 || c != c1)
                    {
                        covered.Add((r, c));
                    }
                }

                if (r > r1)
                {
                    continued.Add(r);
                }
            }
        }

        for (var r = top; r <= bottom; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = new List<string>(right - left + 1);
            var ruled = continued.Contains(r);
            for (var c = left; c <= right; c++)
            {
                var cell = sheet.Cell(r, c);
                cells.Add(covered.Contains((r, c)) ? string.Empty : Clean(Text(cell)));
                ruled |= HasBorder(cell);
            }

            var filled = cells.Where(t => t.Length > 0).ToList();
            IReadOnlyList<string> line = filled.Count == 0 ? [string.Empty] : filled.Count == 1 && !ruled ? filled : cells;
            lines.Add(new SourceLine(lines.Count + 1, page, string.Join('\t', line), line));
        }
    }

    /// <summary>A cell's value as text: numbers invariant and without grouping (29295000), dates the Indonesian way, formulas by their last computed value.</summary>
    private static string Text(IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return string.Empty;
        }

        object? value;
        if (cell.HasFormula)
        {
            // Evaluating a stranger's formulas is neither safe nor needed: Excel stored what they showed.
            value = cell.CachedValue;
        }
        else
        {
            value = cell.Value;
        }

        return value switch
        {
            null => string.Empty,
            string s => s,
            double d when Math.Abs(d) < 9e15 && d == Math.Floor(d) => ((long)d).ToString(CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            DateTime date => IdFormat.Date(DateOnly.FromDateTime(date)),
            TimeSpan time => time.ToString("c", CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }

    /// <summary>Vertical rules make a table cell; a rule under a letterhead or a title does not.</summary>
    private static bool HasBorder(IXLCell cell)
    {
        var border = cell.Style.Border;
        return border.LeftBorder != XLBorderStyleValues.None || border.RightBorder != XLBorderStyleValues.None;
    }

    /// <summary>
    /// Collapses whitespace (a line break typed in a cell joins with a space) and trims. Unlike extracted PDF text, a
    /// cell carries no markup damage: "&lt;b&gt;", "&amp;amp;" or "**" in a cell are what the planner typed, so they stay.
    /// </summary>
    private static string Clean(string text) => text.Length == 0 ? text : Space().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
