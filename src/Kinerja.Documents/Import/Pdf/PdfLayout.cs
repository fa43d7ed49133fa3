using System.Text;

namespace Kinerja.Documents.Import.Pdf;

/// <summary>
/// Recovers lines, cells and table rows of one PDF page from letter positions and drawn rules (PDF space: y grows
/// upwards, units are points).
/// <list type="bullet">
/// <item>Lines: letters whose baselines lie within 0.3 × font size of the first letter of a line share the line;
/// the line reads left to right. A letter gap over 0.15 × font size, or a space character, ends a word.</item>
/// <item>Ruled tables (the usual case: Word, LibreOffice and browsers draw cell borders): vertical rules that overlap
/// in height form a table, and their distinct x positions are its columns. A word belongs to the cell between the two
/// vertical rules around its centre that actually cross its line; a cell spanning several columns (a merged header)
/// gives its text to the first and leaves the rest empty, as a DOCX gridSpan does, so columns stay aligned. Two lines
/// of a table belong to one row unless a horizontal rule lies between them; a column that no rule crosses there is a
/// vertically merged cell, so its text stays with the row where the cell began and the new row gets an empty cell.</item>
/// <item>Unruled text: a gap wider than 1.5 × the line's average letter width (about three spaces) splits a line into
/// segments. Consecutive lines with several segments form a table whose columns are the union of the segments' x
/// ranges, leaving out a segment that bridges two columns of the other lines (a heading over several columns), which
/// goes to its first column. Without horizontal rules a line continues the row above only if it is as close as wrapped
/// text (baseline pitch under 1.6 × font size) and every cell it fills is one the line above also fills so fully that
/// its first word would not have fitted there: that is how word wrap looks, whereas a new row of a merged goal
/// (empty first columns) starts short lines.</item>
/// </list>
/// </summary>
internal static class PdfLayout
{
    private const double Tolerance = 2;

    internal readonly record struct Glyph(string Value, double X, double Baseline, double Width, double Size);

    /// <summary>A horizontal (at y, from x to x) or vertical (at x, from y to y) line drawn on the page.</summary>
    internal readonly record struct Rule(bool Horizontal, double At, double From, double To);

    public static List<string[]> Rows(IReadOnlyList<Glyph> glyphs, IReadOnlyList<Rule> rules)
    {
        var lines = Lines(glyphs);
        var tables = Tables(rules);
        var rows = new List<string[]>();
        var i = 0;
        while (i < lines.Count)
        {
            var table = TableOf(lines[i], tables);
            var j = i + 1;
            while (j < lines.Count && ReferenceEquals(TableOf(lines[j], tables), table))
            {
                j++;
            }

            rows.AddRange(table is null ? FreeRows(lines[i..j]) : RuledRows(table, lines[i..j]));
            i = j;
        }

        return rows;
    }

    private static List<TextLine> Lines(IReadOnlyList<Glyph> glyphs)
    {
        var groups = new List<List<Glyph>>();
        foreach (var glyph in glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.X))
        {
            var current = groups.Count > 0 ? groups[^1] : null;
            if (current is not null && Math.Abs(current[0].Baseline - glyph.Baseline) <= 0.3 * Math.Max(current[0].Size, glyph.Size))
            {
                current.Add(glyph);
            }
            else
            {
                groups.Add([glyph]);
            }
        }

        return [.. groups.Select(Line).OfType<TextLine>()];
    }

    private static TextLine? Line(List<Glyph> glyphs)
    {
        var letters = glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Value)).ToList();
        if (letters.Count == 0)
        {
            return null;
        }

        var size = letters.Max(g => g.Size);
        var words = new List<Word>();
        var text = new StringBuilder();
        double left = 0, right = 0;
        Glyph? previous = null;
        foreach (var glyph in glyphs.OrderBy(g => g.X))
        {
            if (string.IsNullOrWhiteSpace(glyph.Value))
            {
                Flush();
                previous = null;
                continue;
            }

            if (previous is { } p)
            {
                // Fake bold draws each letter twice, a hair apart: keep one.
                if (p.Value == glyph.Value && Math.Abs(p.X - glyph.X) < 0.1 * size)
                {
                    continue;
                }

                if (glyph.X - (p.X + p.Width) > 0.15 * size)
                {
                    Flush();
                }
            }

            if (text.Length == 0)
            {
                left = glyph.X;
            }

            text.Append(glyph.Value);
            right = Math.Max(right, glyph.X + glyph.Width);
            previous = glyph;
        }

        Flush();
        var charWidth = letters.Average(g => g.Width);
        return new TextLine(letters[0].Baseline, size, charWidth > 0 ? charWidth : size / 2, words);

        void Flush()
        {
            if (text.Length > 0)
            {
                words.Add(new Word(text.ToString(), left, right));
                text.Clear();
            }
        }
    }

    private static List<List<Word>> Segments(TextLine line)
    {
        var segments = new List<List<Word>> { new() { line.Words[0] } };
        for (var i = 1; i < line.Words.Count; i++)
        {
            if (line.Words[i].Left - line.Words[i - 1].Right > 1.5 * line.CharWidth)
            {
                segments.Add([]);
            }

            segments[^1].Add(line.Words[i]);
        }

        return segments;
    }

    private static List<Table> Tables(IReadOnlyList<Rule> rules)
    {
        var clusters = new List<List<Rule>>();
        var top = double.MinValue;
        foreach (var rule in rules.Where(r => !r.Horizontal).OrderBy(r => r.From))
        {
            if (clusters.Count > 0 && rule.From <= top + Tolerance)
            {
                clusters[^1].Add(rule);
                top = Math.Max(top, rule.To);
            }
            else
            {
                clusters.Add([rule]);
                top = rule.To;
            }
        }

        var tables = new List<Table>();
        foreach (var verticals in clusters)
        {
            var columns = new List<double>();
            foreach (var x in verticals.Select(v => v.At).Order())
            {
                if (columns.Count == 0 || x - columns[^1] > Tolerance)
                {
                    columns.Add(x);
                }
            }

            // A lone box (a frame around a page or a signature) has two edges and no columns to speak of.
            if (columns.Count < 3)
            {
                continue;
            }

            var bottom = verticals.Min(v => v.From);
            var ceiling = verticals.Max(v => v.To);
            var horizontals = rules
                .Where(h => h.Horizontal && h.At >= bottom - Tolerance && h.At <= ceiling + Tolerance && h.To > columns[0] + Tolerance && h.From < columns[^1] - Tolerance)
                .ToList();
            tables.Add(new Table([.. columns], verticals, horizontals, bottom, ceiling));
        }

        return tables;
    }

    private static Table? TableOf(TextLine line, List<Table> tables) =>
        tables.FirstOrDefault(t => line.Baseline > t.Bottom && line.Baseline < t.Top
            && line.Words.Any(w => Centre(w) > t.Columns[0] && Centre(w) < t.Columns[^1]));

    private static List<string[]> RuledRows(Table table, List<TextLine> lines)
    {
        var placed = lines.Select(l => Place(table, l)).ToList();
        var ruled = Enumerable.Range(1, lines.Count - 1)
            .Any(i => table.Horizontals.Any(h => h.At < lines[i - 1].Baseline && h.At > lines[i].Baseline));
        return ruled ? RowsBetweenRules(table, placed) : WrappedRows(placed, table.Columns.Length - 1);
    }

    private static PlacedLine Place(Table table, TextLine line)
    {
        var count = table.Columns.Length - 1;
        var crossing = Enumerable.Range(0, table.Columns.Length)
            .Where(k => k == 0 || k == count || table.Verticals.Any(v =>
                Math.Abs(v.At - table.Columns[k]) <= Tolerance && v.From - Tolerance <= line.Baseline && v.To + Tolerance >= line.Baseline))
            .ToList();
        var cells = NewCells<Word>(count);
        foreach (var word in line.Words)
        {
            var centre = Centre(word);
            var k = crossing.LastOrDefault(k => table.Columns[k] <= centre, 0);
            cells[Math.Min(k, count - 1)].Add(word);
        }

        return new PlacedLine(line, cells);
    }

    private static List<string[]> RowsBetweenRules(Table table, List<PlacedLine> placed)
    {
        var count = table.Columns.Length - 1;
        var rows = new List<List<string>[]> { NewCells<string>(count) };
        var owner = new int[count];
        for (var i = 0; i < placed.Count; i++)
        {
            if (i > 0)
            {
                var above = placed[i - 1].Line.Baseline;
                var below = placed[i].Line.Baseline;
                var split = Enumerable.Range(0, count).Select(c =>
                {
                    var middle = (table.Columns[c] + table.Columns[c + 1]) / 2;
                    return table.Horizontals.Any(h => h.At < above && h.At > below && h.From <= middle && h.To >= middle);
                }).ToArray();
                if (split.Any(s => s))
                {
                    rows.Add(NewCells<string>(count));
                    for (var c = 0; c < count; c++)
                    {
                        if (split[c])
                        {
                            owner[c] = rows.Count - 1;
                        }
                    }
                }
            }

            for (var c = 0; c < count; c++)
            {
                if (placed[i].Cells[c].Count > 0)
                {
                    rows[owner[c]][c].Add(Words(placed[i].Cells[c]));
                }
            }
        }

        return [.. rows.Select(Cells)];
    }

    private static List<string[]> WrappedRows(List<PlacedLine> placed, int count)
    {
        var widest = new double[count];
        foreach (var line in placed)
        {
            for (var c = 0; c < count; c++)
            {
                if (line.Cells[c].Count > 0)
                {
                    widest[c] = Math.Max(widest[c], line.Cells[c][^1].Right);
                }
            }
        }

        var rows = new List<List<string>[]>();
        for (var i = 0; i < placed.Count; i++)
        {
            if (i == 0 || !Continues(placed[i - 1], placed[i], widest))
            {
                rows.Add(NewCells<string>(count));
            }

            for (var c = 0; c < count; c++)
            {
                if (placed[i].Cells[c].Count > 0)
                {
                    rows[^1][c].Add(Words(placed[i].Cells[c]));
                }
            }
        }

        return [.. rows.Select(Cells)];
    }

    private static bool Continues(PlacedLine above, PlacedLine line, double[] widest)
    {
        var size = Math.Max(above.Line.Size, line.Line.Size);
        if (above.Line.Baseline - line.Line.Baseline > 1.6 * size)
        {
            return false;
        }

        var filled = Enumerable.Range(0, widest.Length).Where(c => line.Cells[c].Count > 0).ToList();
        return filled.Count > 0 && filled.All(c =>
        {
            if (above.Cells[c].Count == 0)
            {
                return false;
            }

            var first = line.Cells[c][0];
            return above.Cells[c][^1].Right + (0.25 * size) + (first.Right - first.Left) > widest[c] + 0.5;
        });
    }

    private static List<string[]> FreeRows(List<TextLine> lines)
    {
        var rows = new List<string[]>();
        var block = new List<TextLine>();
        foreach (var line in lines)
        {
            var several = Segments(line).Count > 1;
            if (block.Count > 0 && line.Baseline < block[^1].Baseline - (2.5 * line.Size))
            {
                rows.AddRange(UnruledRows(block));
                block.Clear();
            }

            if (several || (block.Count > 0 && InsideBlock(block, line)))
            {
                block.Add(line);
                continue;
            }

            rows.AddRange(UnruledRows(block));
            block.Clear();
            rows.Add([Words(line.Words)]);
        }

        rows.AddRange(UnruledRows(block));
        return rows;
    }

    /// <summary>A one-piece line right under a table, indented past its first column: a wrapped cell of that table.</summary>
    private static bool InsideBlock(List<TextLine> block, TextLine line) =>
        block[^1].Baseline - line.Baseline <= 1.6 * line.Size && line.Words[0].Left > block.Min(l => l.Words[0].Left) + (2 * line.CharWidth);

    private static List<string[]> UnruledRows(List<TextLine> block)
    {
        if (block.Count == 0)
        {
            return [];
        }

        var segments = block.Select((l, i) => Segments(l).Select(s => new Segment(i, s[0].Left, s[^1].Right, s)).ToList()).ToList();
        var all = segments.SelectMany(s => s).ToList();
        var kept = all.Where(s => Union(all.Where(o => o.Line != s.Line)).Count(o => Overlaps(o, s)) < 2);
        var columns = Union(kept);
        var placed = new List<PlacedLine>();
        for (var i = 0; i < block.Count; i++)
        {
            var cells = NewCells<Word>(columns.Count);
            foreach (var segment in segments[i])
            {
                var column = columns.FindIndex(c => Overlaps(c, segment));
                if (column < 0)
                {
                    column = columns.Select((c, k) => (Distance: Math.Abs(c.Left - segment.Left), k)).MinBy(c => c.Distance).k;
                }

                cells[column].AddRange(segment.Words);
            }

            placed.Add(new PlacedLine(block[i], cells));
        }

        return WrappedRows(placed, columns.Count);
    }

    private static List<Segment> Union(IEnumerable<Segment> segments)
    {
        var union = new List<Segment>();
        foreach (var s in segments.OrderBy(s => s.Left))
        {
            if (union.Count > 0 && s.Left < union[^1].Right)
            {
                union[^1] = union[^1] with { Right = Math.Max(union[^1].Right, s.Right) };
            }
            else
            {
                union.Add(s with { Words = [] });
            }
        }

        return union;
    }

    private static bool Overlaps(Segment a, Segment b) => Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left) > 0.5;

    private static double Centre(Word word) => (word.Left + word.Right) / 2;

    private static string Words(List<Word> words) => string.Join(' ', words.Select(w => w.Text));

    /// <summary>Joins a cell's lines; a line ending in a hyphen after a letter was broken inside a word ("pertanggung-jawaban").</summary>
    private static string[] Cells(List<string>[] row) =>
        [.. row.Select(fragments =>
        {
            var text = new StringBuilder();
            foreach (var fragment in fragments)
            {
                var joined = text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]);
                text.Append(text.Length == 0 || joined ? string.Empty : " ").Append(fragment);
            }

            return text.ToString();
        })];

    private static List<T>[] NewCells<T>(int count) => [.. Enumerable.Range(0, count).Select(_ => new List<T>())];

    private sealed record Word(string Text, double Left, double Right);

    private sealed record TextLine(double Baseline, double Size, double CharWidth, List<Word> Words);

    private sealed record PlacedLine(TextLine Line, List<Word>[] Cells);

    private sealed record Segment(int Line, double Left, double Right, List<Word> Words);

    private sealed record Table(double[] Columns, List<Rule> Verticals, List<Rule> Horizontals, double Bottom, double Top);
}
