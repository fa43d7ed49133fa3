namespace Kinerja.Documents.Official.Pdf;

internal enum CellAlign
{
    Left,
    Centre,
    Right,
}

/// <summary>
/// A body cell. <see cref="Span"/> columns wide (the covered columns hold null). A <see cref="Continued"/> cell belongs
/// to the merged cell above it and carries the same text, which is printed again only where the merged cell continues
/// on a new page.
/// </summary>
internal sealed record PdfCell(string Text, Face Face = Face.Regular, CellAlign Align = CellAlign.Left, double Size = PdfTable.BodySize, int Span = 1, bool Continued = false, double Indent = 0);

/// <summary>A heading cell, bold and centred, placed on the heading grid by row and column with its spans.</summary>
internal sealed record PdfHeading(string Text, int Row, int Column, int RowSpan = 1, int ColumnSpan = 1, double Size = PdfTable.HeadingSize, bool Bold = true);

/// <summary>
/// A ruled table laid out on a <see cref="PdfCanvas"/>: heading rows repeated on every page, rows never split, merged
/// cells drawn without the rules between their rows, and a merged cell that runs onto a new page printed again there.
/// Rows are placed in blocks: a row that starts a merged cell takes with it as many rows as that cell's text needs, so
/// the text never runs past the rows it spans on a page.
/// </summary>
internal sealed class PdfTable(double left, double[] widths)
{
    public const double BodySize = 7.5;
    public const double HeadingSize = 7;
    private const double PaddingX = 2.5;
    private const double PaddingY = 2.2;
    private const double Leading = 1.2;
    private const double HeadingGrey = 0.9;

    private readonly double[] edges = Edges(left, widths);

    public List<PdfHeading> Headings { get; } = [];

    public List<PdfCell?[]> Rows { get; } = [];

    public double Width => edges[^1] - edges[0];

    public void Write(PdfCanvas canvas)
    {
        var columns = widths.Length;
        var headingRows = Headings.Count == 0 ? 0 : Headings.Max(h => h.Row + h.RowSpan);
        var headingHeights = HeadingHeights(headingRows);
        var headingHeight = headingHeights.Sum();

        var count = Rows.Count;
        var lines = new List<string>?[count, columns];
        var origin = new int[count, columns];
        var end = new int[count, columns];
        var heights = new double[count];
        Measure(lines, origin, end, heights);

        var first = count == 0 ? 0 : BlockHeight(0, BlockEnd(0, atTop: true, lines, origin, end, heights), heights);
        if (!canvas.Fits(headingHeight + first))
        {
            canvas.NewPage();
        }

        DrawHeadings(canvas, headingHeights);
        var pageTop = true;
        var r = 0;
        while (r < count)
        {
            if (pageTop)
            {
                Stretch(r, lines, origin, end, heights);
            }

            var last = BlockEnd(r, pageTop, lines, origin, end, heights);
            if (!pageTop && !canvas.Fits(BlockHeight(r, last, heights)))
            {
                Close(canvas);
                canvas.NewPage();
                DrawHeadings(canvas, headingHeights);
                pageTop = true;
                continue;
            }

            for (var i = r; i <= last; i++)
            {
                DrawRow(canvas, i, pageTop && i == r, lines, origin, heights[i]);
            }

            r = last + 1;
            pageTop = false;
        }

        Close(canvas);
    }

    private static double[] Edges(double left, double[] widths)
    {
        var edges = new double[widths.Length + 1];
        edges[0] = left;
        for (var i = 0; i < widths.Length; i++)
        {
            edges[i + 1] = edges[i] + widths[i];
        }

        return edges;
    }

    private static double LineHeight(double size) => size * Leading;

    private static double TextHeight(List<string>? lines, double size) => lines is null || lines.Count == 0 ? 0 : (lines.Count * LineHeight(size)) + (2 * PaddingY);

    private double SpanWidth(int column, int span) => edges[Math.Min(column + span, widths.Length)] - edges[column];

    private double[] HeadingHeights(int rows)
    {
        var heights = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            heights[i] = LineHeight(HeadingSize) + (2 * PaddingY);
        }

        foreach (var heading in Headings.Where(h => h.RowSpan == 1))
        {
            heights[heading.Row] = Math.Max(heights[heading.Row], TextHeight(HeadingLines(heading), heading.Size));
        }

        foreach (var heading in Headings.Where(h => h.RowSpan > 1))
        {
            var needed = TextHeight(HeadingLines(heading), heading.Size);
            var have = 0.0;
            for (var i = heading.Row; i < heading.Row + heading.RowSpan; i++)
            {
                have += heights[i];
            }

            if (needed > have)
            {
                heights[heading.Row + heading.RowSpan - 1] += needed - have;
            }
        }

        return heights;
    }

    private List<string> HeadingLines(PdfHeading heading) =>
        Glyphs.Wrap(heading.Text, heading.Bold ? Face.Bold : Face.Regular, heading.Size, SpanWidth(heading.Column, heading.ColumnSpan) - (2 * PaddingX));

    private void DrawHeadings(PdfCanvas canvas, double[] heights)
    {
        if (heights.Length == 0)
        {
            return;
        }

        var tops = new double[heights.Length + 1];
        tops[0] = canvas.Y;
        for (var i = 0; i < heights.Length; i++)
        {
            tops[i + 1] = tops[i] - heights[i];
        }

        // Grey first, then text and rules over it. The importer ignores filled areas thicker than a rule.
        canvas.Fill(edges[0], tops[^1], Width, tops[0] - tops[^1], HeadingGrey);
        foreach (var heading in Headings)
        {
            var x0 = edges[heading.Column];
            var x1 = edges[heading.Column + heading.ColumnSpan];
            var top = tops[heading.Row];
            var bottom = tops[heading.Row + heading.RowSpan];
            var lines = HeadingLines(heading);
            var face = heading.Bold ? Face.Bold : Face.Regular;
            var lineHeight = LineHeight(heading.Size);
            var baseline = ((top + bottom) / 2) + (lines.Count * lineHeight / 2) - lineHeight + (0.25 * heading.Size);
            foreach (var line in lines)
            {
                canvas.TextCentred(line, face, heading.Size, x0, x1, baseline);
                baseline -= lineHeight;
            }

            canvas.Line(x0, top, x1, top);
            canvas.Line(x0, top, x0, bottom);
            canvas.Line(x1, top, x1, bottom);
            canvas.Line(x0, bottom, x1, bottom);
        }

        canvas.Y = tops[^1];
    }

    private void Measure(List<string>?[,] lines, int[,] origin, int[,] end, double[] heights)
    {
        var count = Rows.Count;
        var columns = widths.Length;
        for (var r = 0; r < count; r++)
        {
            var row = Rows[r];
            for (var c = 0; c < columns; c++)
            {
                var cell = row[c];
                if (cell is null)
                {
                    continue;
                }

                if (cell.Continued && r > 0 && Rows[r - 1][c] is not null)
                {
                    origin[r, c] = origin[r - 1, c];
                    lines[r, c] = lines[origin[r, c], c];
                }
                else
                {
                    origin[r, c] = r;
                    lines[r, c] = Glyphs.Wrap(cell.Text, cell.Face, cell.Size, SpanWidth(c, cell.Span) - (2 * PaddingX) - cell.Indent);
                }
            }
        }

        for (var r = count - 1; r >= 0; r--)
        {
            for (var c = 0; c < columns; c++)
            {
                end[r, c] = r + 1 < count && Rows[r + 1][c] is { Continued: true } && Rows[r][c] is not null ? end[r + 1, c] : r;
            }
        }

        for (var r = 0; r < count; r++)
        {
            var height = LineHeight(BodySize) + (2 * PaddingY);
            for (var c = 0; c < columns; c++)
            {
                var cell = Rows[r][c];
                if (cell is not null && origin[r, c] == r && end[r, c] == r)
                {
                    height = Math.Max(height, TextHeight(lines[r, c], cell.Size));
                }
            }

            heights[r] = height;
        }

        // A merged cell whose text is taller than its rows makes its last row taller, as a browser does.
        for (var r = 0; r < count; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (Rows[r][c] is { } cell && origin[r, c] == r && end[r, c] > r)
                {
                    Grow(r, end[r, c], TextHeight(lines[r, c], cell.Size), heights);
                }
            }
        }
    }

    private static void Grow(int from, int to, double needed, double[] heights)
    {
        var have = BlockHeight(from, to, heights);
        if (needed > have)
        {
            heights[to] += needed - have;
        }
    }

    /// <summary>At the top of a page a continued merged cell prints its text again: its remaining rows must hold it.</summary>
    private void Stretch(int r, List<string>?[,] lines, int[,] origin, int[,] end, double[] heights)
    {
        for (var c = 0; c < widths.Length; c++)
        {
            if (Rows[r][c] is { Continued: true } cell && origin[r, c] < r)
            {
                Grow(r, end[r, c], TextHeight(lines[r, c], cell.Size), heights);
            }
        }
    }

    /// <summary>The last row that must share a page with row <paramref name="r"/>: enough rows of every merged cell starting in the block to hold its text.</summary>
    private int BlockEnd(int r, bool atTop, List<string>?[,] lines, int[,] origin, int[,] end, double[] heights)
    {
        var last = r;
        for (var i = r; i <= last; i++)
        {
            for (var c = 0; c < widths.Length; c++)
            {
                var cell = Rows[i][c];
                var starts = cell is not null && end[i, c] > i && (origin[i, c] == i || (atTop && i == r));
                if (!starts)
                {
                    continue;
                }

                var needed = TextHeight(lines[i, c], cell!.Size);
                var have = 0.0;
                var j = i;
                for (; j < end[i, c]; j++)
                {
                    have += heights[j];
                    if (have >= needed)
                    {
                        break;
                    }
                }

                last = Math.Max(last, j);
            }
        }

        return last;
    }

    private static double BlockHeight(int from, int to, double[] heights)
    {
        var total = 0.0;
        for (var i = from; i <= to; i++)
        {
            total += heights[i];
        }

        return total;
    }

    private void DrawRow(PdfCanvas canvas, int r, bool pageTop, List<string>?[,] lines, int[,] origin, double height)
    {
        var top = canvas.Y;
        var bottom = top - height;
        var row = Rows[r];
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = row[c];
            if (cell is null)
            {
                continue;
            }

            var x0 = edges[c];
            var x1 = edges[Math.Min(c + cell.Span, widths.Length)];
            canvas.Line(x0, top, x0, bottom);
            var continues = origin[r, c] < r && !pageTop;
            if (continues)
            {
                continue;
            }

            canvas.Line(x0, top, x1, top);
            var cellLines = lines[r, c];
            if (cellLines is null)
            {
                continue;
            }

            var lineHeight = LineHeight(cell.Size);
            var baseline = top - PaddingY - (0.8 * cell.Size) - ((lineHeight - cell.Size) / 2);
            foreach (var line in cellLines)
            {
                switch (cell.Align)
                {
                    case CellAlign.Centre:
                        canvas.TextCentred(line, cell.Face, cell.Size, x0, x1, baseline);
                        break;
                    case CellAlign.Right:
                        canvas.TextRight(line, cell.Face, cell.Size, x1 - PaddingX, baseline);
                        break;
                    default:
                        canvas.Text(line, cell.Face, cell.Size, x0 + PaddingX + cell.Indent, baseline);
                        break;
                }

                baseline -= lineHeight;
            }
        }

        canvas.Line(edges[^1], top, edges[^1], bottom);
        canvas.Y = bottom;
    }

    private void Close(PdfCanvas canvas) => canvas.Line(edges[0], canvas.Y, edges[^1], canvas.Y);
}
