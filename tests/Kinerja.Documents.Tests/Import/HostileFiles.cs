using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Documents.Import;

namespace Kinerja.Documents.Tests.Import;

/// <summary>
/// The hostile corpus: files an uploader could send to take the importer (and with it the process) down, each
/// generated here in memory (no committed binaries) with the finding the importer must answer with. Valid packages
/// are written by OpenXml and ClosedXML and then have one part replaced, so that what is hostile is only that part.
/// </summary>
internal static class HostileFiles
{
    private const long Megabyte = 1024 * 1024;
    private const int DeepLevels = 100_000;

    /// <summary>A hostile file: its name, its content, the code of the one error finding it must give, and the limits it is read with (null: the defaults).</summary>
    public sealed record Case(string Name, byte[] Content, string Code, ImportLimits? Limits = null);

    public static IEnumerable<string> Names => Makers.Keys;

    public static Case Make(string name) => Makers[name]();

    private static readonly Dictionary<string, Func<Case>> Makers = new(StringComparer.Ordinal)
    {
        ["deep-tables.docx"] = () => new("deep-tables.docx", Word(Nested("<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>", DeepLevels / 3)), "LIMIT_XML_DEPTH"),
        ["deep-content-controls.docx"] = () => new("deep-content-controls.docx", Word(Nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", DeepLevels / 2)), "LIMIT_XML_DEPTH"),
        ["deep-custom-xml.docx"] = () => new("deep-custom-xml.docx", Word(Nested("<w:customXml w:element=\"x\">", "</w:customXml>", DeepLevels)), "LIMIT_XML_DEPTH"),
        ["deep-hyperlinks.docx"] = () => new("deep-hyperlinks.docx", Word("<w:p>" + Nested("<w:hyperlink w:anchor=\"a\">", "</w:hyperlink>", DeepLevels) + "</w:p>"), "LIMIT_XML_DEPTH"),
        ["gigabyte-text.docx"] = () => new("gigabyte-text.docx", WordStreamed(1024 * Megabyte), "LIMIT_PART_SIZE"),
        ["lying-sizes.docx"] = () => new("lying-sizes.docx", Declare(WordStreamed(400 * Megabyte), "word/document.xml", 4_000), "DOCX_UNREADABLE"),
        ["declared-huge.docx"] = () => new("declared-huge.docx", Declare(Word("<w:p/>"), "word/document.xml", 0xF000_0000), "LIMIT_PART_SIZE"),
        ["high-ratio.docx"] = () => new("high-ratio.docx", WithPart(Word("<w:p/>"), "word/media/blank.bin", new byte[40 * Megabyte]), "LIMIT_COMPRESSION_RATIO"),
        ["many-entries.docx"] = () => new("many-entries.docx", WithParts(Word("<w:p/>"), Enumerable.Range(0, 5_000).Select(i => ($"word/media/p{i}.bin", new byte[] { 1 }))), "LIMIT_ZIP_ENTRIES"),
        ["total-size.docx"] = () => new(
            "total-size.docx",
            WithParts(Word("<w:p/>"), Enumerable.Range(0, 3).Select(i => ($"word/media/noise{i}.bin", Noise(4 * Megabyte, i)))),
            "LIMIT_TOTAL_SIZE",
            ImportLimits.Default with { MaxTotalBytes = 10 * Megabyte }),
        ["many-elements.docx"] = () => new("many-elements.docx", Word(ManyParagraphs(200_000)), "LIMIT_XML_ELEMENTS", ImportLimits.Default with { MaxXmlElements = 100_000 }),
        ["entity-expansion.docx"] = () => new("entity-expansion.docx", Replace(Word("<w:p/>"), "word/document.xml", Encoding.UTF8.GetBytes(Laughs)), "DOCX_UNREADABLE"),
        ["truncated.docx"] = () => new("truncated.docx", Word("<w:p><w:r><w:t>Rencana Aksi</w:t></w:r></w:p>")[..300], "DOCX_UNREADABLE"),
        ["full-sparse-sheet.xlsx"] = () => new("full-sparse-sheet.xlsx", Sheet(Cells(("A1", "RENCANA AKSI"), ("XFD10000", "x"))), "LIMIT_SHEET_COLUMNS"),
        ["wide-sparse-sheet.xlsx"] = () => new("wide-sparse-sheet.xlsx", Sheet(Cells(("A1", "RENCANA AKSI"), ("ALL10000", "x"))), "LIMIT_SHEET_CELLS"),
        ["million-row-sparse-sheet.xlsx"] = () => new("million-row-sparse-sheet.xlsx", Sheet(Cells(("A1", "RENCANA AKSI"), ("B1048576", "x"))), "LIMIT_SHEET_ROWS"),
        ["million-row-sheet.xlsx"] = () => new("million-row-sheet.xlsx", Sheet(MillionRows()), "LIMIT_SHEET_ROWS"),
        ["merged-sheet.xlsx"] = () => new("merged-sheet.xlsx", Sheet(Cells(("A1", "RENCANA AKSI")) + "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>"), "LIMIT_SHEET_CELLS"),
        ["gigabyte-strings.xlsx"] = () => new("gigabyte-strings.xlsx", SharedStringsBomb(), "LIMIT_PART_SIZE"),
        ["flate-bomb.pdf"] = () => new("flate-bomb.pdf", Pdf(1, Flate(1024 * Megabyte)), "LIMIT_PDF_STREAM"),
        ["indirect-filter.pdf"] = () => new("indirect-filter.pdf", Pdf(1, Flate(1024 * Megabyte), filter: PdfFilter.Indirect), "LIMIT_PDF_STREAM"),
        ["chained-filters.pdf"] = () => new("chained-filters.pdf", Pdf(1, Flate(64 * Megabyte), filter: PdfFilter.HexThenFlate), "LIMIT_PDF_FILTER"),
        ["flate-total.pdf"] = () => new("flate-total.pdf", Pdf(3, Flate(2 * Megabyte), streams: 3), "LIMIT_PDF_TOTAL", ImportLimits.Default with { MaxPdfTotalBytes = 5 * Megabyte }),
        ["many-pages.pdf"] = () => new("many-pages.pdf", Pdf(20_000, null), "LIMIT_PDF_PAGES"),
        ["truncated.pdf"] = () => new("truncated.pdf", Pdf(1, null)[..200], "PDF_UNREADABLE"),
        ["oversized.txt"] = () => new("oversized.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("RENCANA AKSI KINERJA\n", 200_000))), "LIMIT_FILE_SIZE", ImportLimits.Default with { MaxFileBytes = 1 * Megabyte }),
        ["no-time.docx"] = () => new("no-time.docx", Word("<w:p/>"), "LIMIT_TIME", ImportLimits.Default with { TimeBudget = TimeSpan.Zero }),
    };

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string Laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
        + "<w:document xmlns:w=\"" + WordNamespace + "\"><w:body><w:p><w:r><w:t>&d;&d;&d;&d;</w:t></w:r></w:p></w:body></w:document>";

    private static string Nested(string open, string close, int levels) =>
        string.Concat(Enumerable.Repeat(open, levels)) + "<w:p/>" + string.Concat(Enumerable.Repeat(close, levels));

    /// <summary>A valid DOCX whose body is <paramref name="body"/>.</summary>
    private static byte[] Word(string body) =>
        Replace(EmptyWord(), "word/document.xml", Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{WordNamespace}\"><w:body>{body}</w:body></w:document>"));

    /// <summary>Empty paragraphs with random revision ids, which compress about as well as real text.</summary>
    private static string ManyParagraphs(int count)
    {
        var random = new Random(3);
        return string.Concat(Enumerable.Range(0, count).Select(_ => $"<w:p w:rsidR=\"{random.Next():X8}\"/>"));
    }

    /// <summary>A DOCX whose document part, of <paramref name="bytes"/> once unzipped, is written in chunks: one text run of "a"s.</summary>
    private static byte[] WordStreamed(long bytes) =>
        Replace(EmptyWord(), "word/document.xml", part =>
        {
            var head = Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p><w:r><w:t>");
            var tail = Encoding.UTF8.GetBytes("</w:t></w:r></w:p></w:body></w:document>");
            part.Write(head);
            var chunk = Enumerable.Repeat((byte)'a', 1024 * 1024).ToArray();
            for (var written = 0L; written < bytes; written += chunk.Length)
            {
                part.Write(chunk);
            }

            part.Write(tail);
        });

    private static byte[] EmptyWord()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph()));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A valid XLSX whose first sheet's data is <paramref name="sheetData"/> (what goes after &lt;sheetData&gt;… up to the end of the worksheet).</summary>
    private static byte[] Sheet(string sheetData) =>
        Replace(EmptyWorkbook(), "xl/worksheets/sheet1.xml", Encoding.UTF8.GetBytes(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + sheetData + "</worksheet>"));

    private static string Cells(params (string Reference, string Text)[] cells) =>
        "<sheetData>" + string.Concat(cells.Select(c =>
            $"<row r=\"{c.Reference.TrimStart('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z')}\"><c r=\"{c.Reference}\" t=\"inlineStr\"><is><t>{c.Text}</t></is></c></row>")) + "</sheetData>";

    private static string MillionRows()
    {
        var xml = new StringBuilder("<sheetData>");
        for (var r = 1; r <= 1_048_576; r++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<row><c><v>{r}</v></c></row>");
        }

        return xml.Append("</sheetData>").ToString();
    }

    private static byte[] SharedStringsBomb() =>
        Replace(EmptyWorkbook(), "xl/sharedStrings.xml", part =>
        {
            part.Write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"u8);
            var chunk = Enumerable.Repeat((byte)'a', 1024 * 1024).ToArray();
            for (var i = 0; i < 1024; i++)
            {
                part.Write(chunk);
            }

            part.Write("</t></si></sst>"u8);
        });

    private static byte[] EmptyWorkbook()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("RAK");
        sheet.Cell(1, 1).Value = "RENCANA AKSI";
        sheet.Cell(2, 1).Value = "siapa";
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static byte[] Replace(byte[] zip, string name, byte[] content) => Replace(zip, name, part => part.Write(content));

    /// <summary>The archive with its part <paramref name="name"/> written (or added) by <paramref name="write"/>; every other part copied as it was.</summary>
    private static byte[] Replace(byte[] zip, string name, Action<Stream> write)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => e.FullName != name))
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }

            using var part = target.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            write(part);
        }

        return output.ToArray();
    }

    private static byte[] WithPart(byte[] zip, string name, byte[] content) => Replace(zip, name, content);

    private static byte[] WithParts(byte[] zip, IEnumerable<(string Name, byte[] Content)> parts)
    {
        using var output = new MemoryStream();
        output.Write(zip);
        using (var archive = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var part = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                part.Write(content);
            }
        }

        return output.ToArray();
    }

    /// <summary>Bytes that barely compress (a ratio near 1), so that only the total size can stop them.</summary>
    private static byte[] Noise(long bytes, int seed)
    {
        var noise = new byte[bytes];
        new Random(seed).NextBytes(noise);
        return noise;
    }

    /// <summary>
    /// The archive with the uncompressed size of <paramref name="name"/> rewritten to <paramref name="declared"/> in its
    /// local header and its central directory record, the way a crafted file lies about what it holds.
    /// </summary>
    private static byte[] Declare(byte[] zip, string name, uint declared)
    {
        var bytes = zip.ToArray();
        var encoded = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30).StartsWith(encoded) && BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 26)) == encoded.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), declared);
            }
            else if (signature == 0x02014b50 && bytes.AsSpan(i + 46).StartsWith(encoded) && BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 28)) == encoded.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), declared);
            }
        }

        return bytes;
    }

    /// <summary>A zlib stream of <paramref name="bytes"/> spaces: a page content stream that inflates to that much.</summary>
    private static byte[] Flate(long bytes)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = Enumerable.Repeat((byte)' ', 1024 * 1024).ToArray();
            for (var written = 0L; written < bytes; written += chunk.Length)
            {
                zlib.Write(chunk);
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// A PDF of <paramref name="pages"/> pages drawing <paramref name="content"/> (a FlateDecode stream, written as
    /// <paramref name="streams"/> objects the pages take in turn) or nothing, with a correct cross-reference table.
    /// </summary>
    private static byte[] Pdf(int pages, byte[]? content, int streams = 1, PdfFilter filter = PdfFilter.Direct)
    {
        if (filter == PdfFilter.HexThenFlate && content is not null)
        {
            content = Encoding.ASCII.GetBytes(Convert.ToHexString(content) + ">");
        }

        var filterEntry = filter switch
        {
            PdfFilter.Indirect => $"/Filter {3 + streams + pages} 0 R",
            PdfFilter.HexThenFlate => "/Filter [/ASCIIHexDecode /FlateDecode]",
            _ => "/Filter /FlateDecode",
        };
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Text(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body, byte[]? stream = null)
        {
            offsets.Add(pdf.Position);
            Text($"{offsets.Count} 0 obj\n{body}\n");
            if (stream is not null)
            {
                Text("stream\n");
                pdf.Write(stream);
                Text("\nendstream\n");
            }

            Text("endobj\n");
        }

        Text("%PDF-1.7\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(p => $"{3 + streams + p} 0 R"));
        Object($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>");
        for (var s = 0; s < streams; s++)
        {
            Object(content is null ? "<< /Length 0 >>" : $"<< /Length {content.Length} {filterEntry} >>", content ?? []);
        }

        for (var p = 0; p < pages; p++)
        {
            Object($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {3 + (p % streams)} 0 R >>");
        }

        if (filter == PdfFilter.Indirect)
        {
            Object("/FlateDecode");
        }

        var xref = pdf.Position;
        Text($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Text($"{offset:D10} 00000 n \n");
        }

        Text($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>How a PDF's content streams name their filter: directly, through an indirect object, or chained after another decoder.</summary>
    private enum PdfFilter
    {
        Direct,
        Indirect,
        HexThenFlate,
    }
}
