using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Kinerja.Documents.Official.Pdf;

/// <summary>
/// A PDF file written top-down, page by page: text in the standard Helvetica faces with WinAnsiEncoding, lines and
/// filled rectangles, the current position <see cref="Y"/> and the page margins. The file format is written here, not
/// through PdfPig's builder, because PdfPig 0.1.16 declares its standard fonts with StandardEncoding (é would print as
/// Ø, € would throw) and looks up every character by scanning the font's whole metrics table.
/// </summary>
internal sealed class PdfCanvas
{
    private const double PointsPerMillimetre = 72 / 25.4;
    private static readonly byte[][] FontNames = ["/F1 "u8.ToArray(), "/F2 "u8.ToArray(), "/F3 "u8.ToArray()];

    private readonly List<Content> pages = [];
    private Content page = null!;

    public PdfCanvas(DocumentOptions options)
    {
        var (width, height) = options.PageMillimetres;
        Width = Math.Round(width * PointsPerMillimetre, 2);
        Height = Math.Round(height * PointsPerMillimetre, 2);
        Left = 10 * PointsPerMillimetre;
        Right = Width - Left;
        Top = Height - (12 * PointsPerMillimetre);
        Bottom = 14 * PointsPerMillimetre;
        NewPage();
    }

    public double Width { get; }

    public double Height { get; }

    public double Left { get; }

    public double Right { get; }

    public double Top { get; }

    public double Bottom { get; }

    public double ContentWidth => Right - Left;

    /// <summary>The top of the space left on the current page; text and rows are placed below it.</summary>
    public double Y { get; set; }

    public int PageCount => pages.Count;

    /// <summary>Drawn at the top of every page after the first (the RKA's header block); it moves <see cref="Y"/> down.</summary>
    public Action? PagePreamble { get; set; }

    public bool Fits(double height) => Y - height >= Bottom;

    public void NewPage()
    {
        page = new Content();
        pages.Add(page);
        Y = Top;
        if (pages.Count > 1)
        {
            PagePreamble?.Invoke();
        }
    }

    /// <summary>Selects a page already written, to add what is known only at the end (page numbers).</summary>
    public void Select(int index) => page = pages[index];

    /// <summary>Cleaned text (see <see cref="Glyphs.Clean"/>) on one baseline; a ■ is drawn as a filled square.</summary>
    public void Text(string text, Face face, double size, double x, double baseline)
    {
        var start = 0;
        while (start < text.Length)
        {
            var square = text.IndexOf(Glyphs.Square, start);
            var end = square < 0 ? text.Length : square;
            if (end > start)
            {
                Run(text.AsSpan(start, end - start), face, size, x, baseline);
                x += Glyphs.Width(text[start..end], face, size);
            }

            if (square < 0)
            {
                break;
            }

            var side = 0.5 * size;
            Fill(x + (0.05 * size), baseline, side, side, 0);
            x += Glyphs.Width(Glyphs.Square.ToString(), face, size);
            start = square + 1;
        }
    }

    public void TextCentred(string text, Face face, double size, double left, double right, double baseline) =>
        Text(text, face, size, ((left + right) / 2) - (Glyphs.Width(text, face, size) / 2), baseline);

    public void TextRight(string text, Face face, double size, double right, double baseline) =>
        Text(text, face, size, right - Glyphs.Width(text, face, size), baseline);

    public void Line(double x1, double y1, double x2, double y2, double width = 0.5)
    {
        var content = page;
        if (width != 0.5)
        {
            content.Number(width).Ascii(" w ");
        }

        content.Number(x1).Ascii(" ").Number(y1).Ascii(" m ").Number(x2).Ascii(" ").Number(y2).Ascii(" l S\n");
        if (width != 0.5)
        {
            content.Ascii("0.5 w\n");
        }
    }

    /// <summary>A filled rectangle in a grey level (0 black, 1 white); text and lines stay black.</summary>
    public void Fill(double x, double y, double width, double height, double grey)
    {
        var content = page;
        if (grey != 0)
        {
            content.Number(grey).Ascii(" g ");
        }

        content.Number(x).Ascii(" ").Number(y).Ascii(" ").Number(width).Ascii(" ").Number(height).Ascii(" re f");
        content.Ascii(grey != 0 ? " 0 g\n" : "\n");
    }

    /// <summary>
    /// A coloured line through <paramref name="points"/> (a chart's series or grid line), dashed if asked. The graphics
    /// state is saved and restored around it, so later text and rules stay black and solid.
    /// </summary>
    public void Stroke(IReadOnlyList<(double X, double Y)> points, (double R, double G, double B) colour, double width, bool dashed = false)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 2)
        {
            return;
        }

        var content = page;
        content.Ascii("q ").Number(colour.R).Ascii(" ").Number(colour.G).Ascii(" ").Number(colour.B).Ascii(" RG ").Number(width).Ascii(" w ");
        if (dashed)
        {
            content.Ascii("[4 2] 0 d ");
        }

        content.Number(points[0].X).Ascii(" ").Number(points[0].Y).Ascii(" m");
        for (var i = 1; i < points.Count; i++)
        {
            content.Ascii(" ").Number(points[i].X).Ascii(" ").Number(points[i].Y).Ascii(" l");
        }

        content.Ascii(" S Q\n");
    }

    /// <summary>A rectangle filled in a colour (a chart's bar or point mark), the graphics state kept around it.</summary>
    public void FillColour(double x, double y, double width, double height, (double R, double G, double B) colour)
    {
        var content = page;
        content.Ascii("q ").Number(colour.R).Ascii(" ").Number(colour.G).Ascii(" ").Number(colour.B).Ascii(" rg ")
            .Number(x).Ascii(" ").Number(y).Ascii(" ").Number(width).Ascii(" ").Number(height).Ascii(" re f Q\n");
    }

    public byte[] Build(string title)
    {
        using var file = new MemoryStream(16 * 1024 * pages.Count);
        var offsets = new List<long>();
        Write(file, "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");

        // Objects: 1 catalog, 2 page tree, 3 info, 4–6 fonts, then a page and its content per page.
        const int FirstPage = 7;
        Begin(file, offsets);
        Write(file, "<< /Type /Catalog /Pages 2 0 R >>");
        End(file);
        Begin(file, offsets);
        var kids = new StringBuilder();
        for (var i = 0; i < pages.Count; i++)
        {
            kids.Append(CultureInfo.InvariantCulture, $"{FirstPage + (2 * i)} 0 R ");
        }

        Write(file, string.Create(CultureInfo.InvariantCulture, $"<< /Type /Pages /Kids [{kids}] /Count {pages.Count} >>"));
        End(file);
        Begin(file, offsets);
        Write(file, "<< /Title ");
        file.Write(PdfString(title));
        Write(file, " /Producer (Kinerja) >>");
        End(file);
        foreach (var font in (string[])["Helvetica", "Helvetica-Bold", "Helvetica-Oblique"])
        {
            Begin(file, offsets);
            Write(file, $"<< /Type /Font /Subtype /Type1 /BaseFont /{font} /Encoding /WinAnsiEncoding >>");
            End(file);
        }

        var box = string.Create(CultureInfo.InvariantCulture, $"[0 0 {Width:0.##} {Height:0.##}]");
        for (var i = 0; i < pages.Count; i++)
        {
            Begin(file, offsets);
            Write(file, string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent 2 0 R /MediaBox {box} /Resources << /Font << /F1 4 0 R /F2 5 0 R /F3 6 0 R >> >> /Contents {FirstPage + (2 * i) + 1} 0 R >>"));
            End(file);
            Begin(file, offsets);
            var compressed = pages[i].Compressed();
            Write(file, string.Create(CultureInfo.InvariantCulture, $"<< /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n"));
            file.Write(compressed);
            Write(file, "\nendstream");
            End(file);
        }

        var xref = file.Position;
        var table = new StringBuilder(20 * (offsets.Count + 1));
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(file, table.ToString());
        return file.ToArray();
    }

    private void Run(ReadOnlySpan<char> text, Face face, double size, double x, double baseline)
    {
        var content = page;
        content.Ascii("BT ").Bytes(FontNames[(int)face]).Number(size).Ascii(" Tf ").Number(x).Ascii(" ").Number(baseline).Ascii(" Td (");
        foreach (var c in text)
        {
            var code = Glyphs.Code(c);
            if (code is (byte)'(' or (byte)')' or (byte)'\\')
            {
                content.Byte((byte)'\\');
            }

            content.Byte(code);
        }

        content.Ascii(") Tj ET\n");
    }

    private static byte[] PdfString(string text)
    {
        var clean = Glyphs.Clean(text);
        var bytes = new List<byte>(clean.Length + 2) { (byte)'(' };
        foreach (var c in clean)
        {
            var code = c == Glyphs.Square ? (byte)'*' : Glyphs.Code(c);
            if (code is (byte)'(' or (byte)')' or (byte)'\\')
            {
                bytes.Add((byte)'\\');
            }

            bytes.Add(code);
        }

        bytes.Add((byte)')');
        return [.. bytes];
    }

    private static void Begin(MemoryStream file, List<long> offsets)
    {
        offsets.Add(file.Position);
        Write(file, string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n"));
    }

    private static void End(MemoryStream file) => Write(file, "\nendobj\n");

    private static void Write(MemoryStream file, string text) => file.Write(Encoding.Latin1.GetBytes(text));

    /// <summary>One page's content stream, as bytes, with numbers written without allocating.</summary>
    private sealed class Content
    {
        private byte[] buffer = new byte[32 * 1024];
        private int length = "0.5 w 0 g\n"u8.Length;

        public Content() => "0.5 w 0 g\n"u8.CopyTo(buffer);

        public Content Ascii(string text)
        {
            Room(text.Length);
            foreach (var c in text)
            {
                buffer[length++] = (byte)c;
            }

            return this;
        }

        public Content Bytes(byte[] bytes)
        {
            Room(bytes.Length);
            bytes.CopyTo(buffer, length);
            length += bytes.Length;
            return this;
        }

        public Content Byte(byte value)
        {
            Room(1);
            buffer[length++] = value;
            return this;
        }

        public Content Number(double value)
        {
            Room(24);
            var rounded = Math.Round(value, 2);
            if (!rounded.TryFormat(buffer.AsSpan(length), out var written, "0.##", CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException("A number did not fit its buffer.");
            }

            length += written;
            return this;
        }

        public byte[] Compressed()
        {
            using var output = new MemoryStream(length / 3);
            using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
            {
                zlib.Write(buffer, 0, length);
            }

            return output.ToArray();
        }

        private void Room(int more)
        {
            if (length + more > buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
            }
        }
    }
}
