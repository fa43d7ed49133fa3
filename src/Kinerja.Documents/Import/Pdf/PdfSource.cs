using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Kinerja.Documents.Import.Pdf;

/// <summary>
/// Reads a PDF's text layer into lines of cells. PdfPig gives letters and drawn paths with their positions; the layout
/// (lines, cells, table rows) is recovered by <see cref="PdfLayout"/>, which sees only plain geometry.
/// </summary>
public static class PdfSource
{
    public static SourceText Read(string fileName, Stream content) => Read(fileName, content, ImportLimits.Default, CancellationToken.None);

    public static SourceText Read(string fileName, Stream content, ImportLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        var bytes = Bytes(fileName, content, limits, cancellationToken);
        Check(fileName, bytes);
        PdfGuard.Check(bytes, limits, cancellationToken);
        var pages = new List<List<string[]>>();
        var glyphCount = 0;
        var imageCount = 0;
        try
        {
            using var document = PdfDocument.Open(bytes);
            PdfGuard.CheckPageCount(document.NumberOfPages, limits);
            foreach (var page in document.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                PdfGuard.CheckPageCount(pages.Count + 1, limits);
                var glyphs = Glyphs(page);
                glyphCount += glyphs.Count(g => !string.IsNullOrWhiteSpace(g.Value));
                imageCount += page.NumberOfImages;
                pages.Add(PdfLayout.Rows(glyphs, Rules(page)));
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ImportException("PDF_UNREADABLE", $"{fileName}: PDF dikunci dengan kata sandi atau enkripsi dan tidak dapat dibaca. Unggah salinan tanpa kata sandi.");
        }
#pragma warning disable CA1031 // PdfPig throws many exception types for damaged files (format, index, cast, null); none may reach the caller.
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException or ImportException))
#pragma warning restore CA1031
        {
            throw new ImportException("PDF_UNREADABLE", $"{fileName}: PDF rusak atau tidak dapat dibaca ({ex.Message}).");
        }

        if (glyphCount == 0)
        {
            var why = imageCount > 0 ? "halamannya hanya berisi gambar (hasil pindaian/scan)" : "tidak ada huruf di halamannya";
            throw new ImportException(
                "PDF_NO_TEXT",
                $"{fileName}: PDF tidak memiliki lapisan teks: {why}. Jalankan OCR pada berkas ini atau unggah berkas aslinya (DOCX atau PDF hasil ekspor).");
        }

        return Source(fileName, pages);
    }

    private static byte[] Bytes(string fileName, Stream content, ImportLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            using var buffer = SourceStreams.Buffer(content, limits, cancellationToken);
            return buffer.ToArray();
        }
        catch (IOException ex)
        {
            throw new ImportException("PDF_UNREADABLE", $"{fileName}: berkas tidak dapat dibaca ({ex.Message}).");
        }
    }

    /// <summary>
    /// Refuses what PdfPig's lenient parser would half-read: a file without the PDF signature, and a file cut short
    /// (no end-of-file marker), whose missing pages would otherwise vanish without a word.
    /// </summary>
    private static void Check(string fileName, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new ImportException("PDF_UNREADABLE", $"{fileName}: berkas PDF kosong.");
        }

        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        if (!head.Contains("%PDF-", StringComparison.Ordinal))
        {
            throw new ImportException("PDF_UNREADABLE", $"{fileName}: berkas bukan PDF (tanda \"%PDF-\" tidak ditemukan di awal berkas).");
        }

        if (bytes.AsSpan().LastIndexOf("%%EOF"u8) < 0)
        {
            throw new ImportException("PDF_UNREADABLE", $"{fileName}: berkas PDF terpotong (penanda akhir \"%%EOF\" tidak ada); unduh atau salin ulang berkasnya.");
        }
    }

    private static List<PdfLayout.Glyph> Glyphs(Page page) =>
        [.. page.Letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal && l.PointSize > 0)
            .Select(l => new PdfLayout.Glyph(l.Value, l.StartBaseLine.X, l.StartBaseLine.Y, Math.Max(l.Width, 0), l.PointSize))];

    /// <summary>
    /// Horizontal and vertical rules: the axis-parallel edges of stroked paths, and filled paths thin enough to be a
    /// line (browsers and Word often draw cell borders as hairline filled rectangles). Clipping paths draw nothing.
    /// </summary>
    private static List<PdfLayout.Rule> Rules(Page page)
    {
        var rules = new List<PdfLayout.Rule>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsStroked && !path.IsFilled))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (path.IsStroked)
                {
                    Edges(subpath, rules);
                }
                else
                {
                    var box = subpath.GetBoundingRectangle();
                    if (box is { } b)
                    {
                        Thin(b, rules);
                    }
                }
            }
        }

        return rules;
    }

    private static void Edges(PdfSubpath subpath, List<PdfLayout.Rule> rules)
    {
        PdfPoint? start = null;
        PdfPoint? last = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = last = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Edge(line.From, line.To, rules);
                    last = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && last is { } l:
                    Edge(l, s, rules);
                    last = s;
                    break;
                case PdfSubpath.BezierCurve curve:
                    last = curve.EndPoint;
                    break;
            }
        }
    }

    private static void Edge(PdfPoint from, PdfPoint to, List<PdfLayout.Rule> rules)
    {
        const double Straight = 1;
        const double Shortest = 3;
        if (Math.Abs(from.Y - to.Y) <= Straight && Math.Abs(from.X - to.X) >= Shortest)
        {
            rules.Add(new PdfLayout.Rule(true, (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        }
        else if (Math.Abs(from.X - to.X) <= Straight && Math.Abs(from.Y - to.Y) >= Shortest)
        {
            rules.Add(new PdfLayout.Rule(false, (from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
    }

    private static void Thin(PdfRectangle box, List<PdfLayout.Rule> rules)
    {
        const double Thickest = 3;
        if (box.Height <= Thickest && box.Width > Thickest)
        {
            rules.Add(new PdfLayout.Rule(true, (box.Bottom + box.Top) / 2, box.Left, box.Right));
        }
        else if (box.Width <= Thickest && box.Height > Thickest)
        {
            rules.Add(new PdfLayout.Rule(false, (box.Left + box.Right) / 2, box.Bottom, box.Top));
        }
    }

    private static SourceText Source(string fileName, List<List<string[]>> pages)
    {
        var lines = new List<SourceLine>();
        for (var p = 0; p < pages.Count; p++)
        {
            if (p > 0 && lines.Count > 0)
            {
                lines.Add(SourceText.Line(lines.Count + 1, p, string.Empty, [string.Empty]));
            }

            foreach (var cells in pages[p])
            {
                lines.Add(SourceText.Line(lines.Count + 1, p + 1, string.Join('\t', cells), cells));
            }
        }

        return new SourceText(fileName, SourceFormat.Pdf, lines);
    }
}
