using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kinerja.Documents.Import.Docx;

/// <summary>
/// Reads a Word document's body in order: a paragraph is a line of one cell, a table row a line of its cells. Merged
/// cells keep the grid: a cell spanning n grid columns is followed by n-1 empty cells, and the continuation of a
/// vertically merged cell is empty, so every row of a table has its cells at the same indexes as its header.
/// Page numbers count explicit breaks only (page breaks, page-break-before, section breaks that start a new page):
/// where Word's own pagination put the rest is not in the file.
/// </summary>
public static class DocxSource
{
    public static SourceText Read(string fileName, Stream content) => Read(fileName, content, ImportLimits.Default, CancellationToken.None);

    public static SourceText Read(string fileName, Stream content, ImportLimits limits, CancellationToken cancellationToken) =>
        SourceStreams.Read(fileName, content, "DOCX_UNREADABLE", "DOCX", limits, buffer =>
        {
            using var document = WordprocessingDocument.Open(buffer, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new ImportException("DOCX_UNREADABLE", $"{fileName}: berkas ini bukan dokumen Word (tidak ada isi dokumen di dalamnya).");
            var reader = new BodyReader(cancellationToken);
            reader.Blocks(body);
            return new SourceText(fileName, SourceFormat.Docx, reader.Lines);
        }, cancellationToken);

    /// <summary>Recursive in content controls and custom XML: <see cref="PackageGuard"/> has bounded the depth before the document was opened.</summary>
    private sealed class BodyReader(CancellationToken cancellationToken)
    {
        private int page = 1;

        public List<SourceLine> Lines { get; } = [];

        public void Blocks(OpenXmlElement container)
        {
            foreach (var element in container.Elements())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (element)
                {
                    case Paragraph paragraph:
                        Paragraph(paragraph);
                        break;
                    case Table table:
                        foreach (var row in table.Elements<TableRow>())
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            Row(row);
                        }

                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } inner:
                        Blocks(inner);
                        break;
                    case CustomXmlBlock custom:
                        Blocks(custom);
                        break;
                }
            }
        }

        private void Paragraph(Paragraph paragraph)
        {
            if (paragraph.ParagraphProperties?.PageBreakBefore is { } before && (before.Val is null || before.Val.Value) && Lines.Count > 0)
            {
                page++;
            }

            var text = new StringBuilder();
            var emitted = false;
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar or CarriageReturn:
                        text.Append(' ');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                    case Break br when br.Type?.Value == BreakValues.Page:
                        if (text.ToString().Trim().Length > 0)
                        {
                            Add(text.ToString());
                            emitted = true;
                        }

                        text.Clear();
                        page++;
                        break;
                    case Break:
                        text.Append(' ');
                        break;
                }
            }

            if (text.ToString().Trim().Length > 0 || !emitted)
            {
                Add(text.ToString());
            }

            // A paragraph carrying section properties ends a section; the next one starts a page unless it is continuous.
            if (paragraph.ParagraphProperties?.SectionProperties is { } section
                && section.GetFirstChild<SectionType>()?.Val?.Value != SectionMarkValues.Continuous)
            {
                page++;
            }
        }

        private void Row(TableRow row)
        {
            var cells = new List<string>();
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            cells.AddRange(Enumerable.Repeat(string.Empty, Math.Max(before, 0)));
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var merge = properties?.VerticalMerge;
                var continued = (merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue))
                    || properties?.HorizontalMerge?.Val?.Value == MergedCellValues.Continue;
                cells.Add(continued ? string.Empty : string.Join(' ', cell.Descendants<Paragraph>().Select(Plain)));
                var span = properties?.GridSpan?.Val?.Value ?? 1;
                cells.AddRange(Enumerable.Repeat(string.Empty, Math.Max(span - 1, 0)));
            }

            Lines.Add(SourceText.Line(Lines.Count + 1, page, string.Join('\t', cells), cells));
        }

        private void Add(string text) => Lines.Add(SourceText.Line(Lines.Count + 1, page, text, [text]));

        /// <summary>A paragraph inside a cell: page breaks there are rare and would split a row, so they count as spaces.</summary>
        private static string Plain(Paragraph paragraph)
        {
            var text = new StringBuilder();
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar or Break or CarriageReturn:
                        text.Append(' ');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                }
            }

            return text.ToString();
        }
    }
}
