using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using PdfPageSize = UglyToad.PdfPig.Content.PageSize;
using WordPageSize = DocumentFormat.OpenXml.Wordprocessing.PageSize;

namespace Kinerja.Documents.Tests.Import;

/// <summary>
/// Writes PDF and DOCX files from rows of cells, as an office would print a plan table: the same rows go to both
/// writers, and <see cref="Expected"/> says what an importer should read back. A cell holding <see cref="SpanLeft"/>
/// is covered by the cell to its left (a merged header over the quarter columns); one holding <see cref="SpanUp"/> by
/// the cell above (a goal spanning several actions). A line equal to <see cref="PageBreak"/> in the text before or
/// after the table starts a new page.
/// </summary>
internal static class TestDocuments
{
    public const string SpanLeft = "\u2190";
    public const string SpanUp = "\u2191";
    public const string PageBreak = "\f";

    private const double Margin = 36;
    private const double Padding = 3;

    /// <summary>The cells an importer should find for these rows: merged cells read as empty ones.</summary>
    public static string[] Expected(string[] row) => [.. row.Select(c => c is SpanLeft or SpanUp ? string.Empty : c)];

    /// <summary>
    /// A landscape A4 PDF in Helvetica with the table drawn cell by cell, header rows repeated on every page, and a new
    /// page after <paramref name="rowsPerPage"/> body rows (or when the page is full). Without <paramref name="ruled"/>
    /// the same layout is printed without any lines. Helvetica here is WinAnsi only: marks like ■ or √ have no glyph,
    /// so tables written here mark quarters with "v".
    /// </summary>
    public static byte[] Pdf(
        IReadOnlyList<string[]> rows,
        IReadOnlyList<double> widths,
        int headerRows = 1,
        int rowsPerPage = int.MaxValue,
        IReadOnlyList<string>? before = null,
        IReadOnlyList<string>? after = null,
        bool ruled = true,
        double fontSize = 8)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(widths);
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var writer = new PdfWriter(builder, font, widths, fontSize, ruled);
        foreach (var line in before ?? [])
        {
            writer.Paragraph(line, Margin);
        }

        var header = rows.Take(headerRows).ToList();
        var body = rows.Skip(headerRows).ToList();
        writer.Rows(header, continuation: false);
        var onPage = 0;
        for (var i = 0; i < body.Count; i++)
        {
            if (onPage == rowsPerPage || !writer.Fits(body[i]))
            {
                writer.CloseTable();
                writer.NewPage();
                writer.Rows(header, continuation: false);
                onPage = 0;
            }

            writer.Rows([body[i]], continuation: onPage == 0 && i > 0);
            onPage++;
        }

        writer.CloseTable();
        writer.Skip(2 * fontSize);
        foreach (var line in after ?? [])
        {
            writer.Paragraph(line, Margin + (widths.Sum() * 0.6));
        }

        return builder.Build();
    }

    /// <summary>A page with a filled rectangle and no letters, as a scanned page looks to a text extractor.</summary>
    public static byte[] PdfWithoutText()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PdfPageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600, 1, fill: true);
        page.DrawLine(new PdfPoint(60, 700), new PdfPoint(400, 700), 1);
        return builder.Build();
    }

    /// <summary>
    /// A DOCX with paragraphs before and after one table: header rows marked to repeat, merged cells as gridSpan and
    /// vMerge, and a page break paragraph for each <see cref="PageBreak"/> line.
    /// </summary>
    public static byte[] Docx(IReadOnlyList<string[]> rows, int headerRows = 1, IReadOnlyList<string>? before = null, IReadOnlyList<string>? after = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in before ?? [])
            {
                body.Append(DocxParagraph(line));
            }

            body.Append(DocxTable(rows, headerRows));
            foreach (var line in after ?? [])
            {
                body.Append(DocxParagraph(line));
            }

            body.Append(new SectionProperties(new WordPageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph DocxParagraph(string text) =>
        text == PageBreak ? new Paragraph(new Run(new Break { Type = BreakValues.Page })) : new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table DocxTable(IReadOnlyList<string[]> rows, int headerRows)
    {
        var columns = rows.Max(r => r.Length);
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(
            new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" }, border),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "1200" })));
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new TableRow();
            if (r < headerRows)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            for (var c = 0; c < rows[r].Length; c++)
            {
                var text = rows[r][c];
                if (text == SpanLeft)
                {
                    continue;
                }

                var span = 1;
                while (c + span < rows[r].Length && rows[r][c + span] == SpanLeft)
                {
                    span++;
                }

                var properties = new TableCellProperties(new TableCellWidth { Width = (1200 * span).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                if (span > 1)
                {
                    properties.Append(new GridSpan { Val = span });
                }

                if (text == SpanUp)
                {
                    properties.Append(new VerticalMerge());
                }
                else if (r + 1 < rows.Count && c < rows[r + 1].Length && rows[r + 1][c] == SpanUp)
                {
                    properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                }

                row.Append(new TableCell(properties, DocxParagraph(text == SpanUp ? string.Empty : text)));
            }

            table.Append(row);
        }

        return table;
    }

    /// <summary>Lays out text and table rows top-down on landscape A4 pages, one PdfPig page builder at a time.</summary>
    private sealed class PdfWriter
    {
        private readonly PdfDocumentBuilder builder;
        private readonly PdfDocumentBuilder.AddedFont font;
        private readonly IReadOnlyList<double> widths;
        private readonly double size;
        private readonly bool ruled;
        private PdfPageBuilder page;
        private double y;
        private double? tableTop;

        public PdfWriter(PdfDocumentBuilder builder, PdfDocumentBuilder.AddedFont font, IReadOnlyList<double> widths, double size, bool ruled)
        {
            this.builder = builder;
            this.font = font;
            this.widths = widths;
            this.size = size;
            this.ruled = ruled;
            page = builder.AddPage(PdfPageSize.A4, false);
            y = page.PageSize.Height - Margin;
        }

        private double Leading => size * 1.2;

        public void NewPage()
        {
            page = builder.AddPage(PdfPageSize.A4, false);
            y = page.PageSize.Height - Margin;
        }

        public void Skip(double height) => y -= height;

        public void Paragraph(string text, double x)
        {
            if (text == PageBreak)
            {
                NewPage();
                return;
            }

            y -= Leading;
            page.AddText(text, size, new PdfPoint(x, y), font);
        }

        public bool Fits(string[] row) => y - Height(row) >= Margin;

        public void Rows(IReadOnlyList<string[]> rows, bool continuation)
        {
            tableTop ??= y;
            foreach (var row in rows)
            {
                Row(row, continuation);
                continuation = false;
            }
        }

        /// <summary>Draws the bottom rule of the table part on this page.</summary>
        public void CloseTable()
        {
            if (ruled && tableTop is not null)
            {
                page.DrawLine(new PdfPoint(Margin, y), new PdfPoint(Margin + widths.Sum(), y), 0.5);
            }

            tableTop = null;
        }

        private void Row(string[] row, bool continuation)
        {
            var height = Height(row);
            var x = Margin;
            for (var c = 0; c < widths.Count; c++)
            {
                var text = c < row.Length ? row[c] : string.Empty;
                var width = SpanWidth(row, c);
                if (ruled && text != SpanLeft)
                {
                    page.DrawLine(new PdfPoint(x, y), new PdfPoint(x, y - height), 0.5);
                }

                // A cell merged with the one above has no rule on top, except under a header repeated on a new page.
                if (ruled && (text != SpanUp || continuation))
                {
                    page.DrawLine(new PdfPoint(x, y), new PdfPoint(x + widths[c], y), 0.5);
                }

                if (text is not (SpanLeft or SpanUp))
                {
                    var baseline = y - Padding - size;
                    foreach (var line in Wrap(text, width - (2 * Padding)))
                    {
                        page.AddText(line, size, new PdfPoint(x + Padding, baseline), font);
                        baseline -= Leading;
                    }
                }

                x += widths[c];
            }

            if (ruled)
            {
                page.DrawLine(new PdfPoint(x, y), new PdfPoint(x, y - height), 0.5);
            }

            y -= height;
        }

        private double Height(string[] row) =>
            (2 * Padding) + (Leading * Enumerable.Range(0, Math.Min(row.Length, widths.Count))
                .Where(c => row[c] is not (SpanLeft or SpanUp))
                .Select(c => Wrap(row[c], SpanWidth(row, c) - (2 * Padding)).Count)
                .DefaultIfEmpty(1)
                .Max());

        private double SpanWidth(string[] row, int c)
        {
            var width = widths[c];
            for (var k = c + 1; k < Math.Min(row.Length, widths.Count) && row[k] == SpanLeft; k++)
            {
                width += widths[k];
            }

            return width;
        }

        private List<string> Wrap(string text, double width)
        {
            var lines = new List<string>();
            var current = string.Empty;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && Measure(candidate) > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            lines.Add(current);
            return lines;
        }

        private double Measure(string text)
        {
            IReadOnlyList<Letter> letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
            return letters.Count == 0 ? 0 : letters.Max(l => l.EndBaseLine.X);
        }
    }
}
