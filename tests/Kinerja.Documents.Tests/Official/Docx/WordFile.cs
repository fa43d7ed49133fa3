using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Docx;

namespace Kinerja.Documents.Tests.Official.Docx;

/// <summary>A rendered Word file held in memory, with the few readings the tests make of it.</summary>
internal sealed class WordFile : IDisposable
{
    private readonly MemoryStream _stream;

    private WordFile(byte[] bytes)
    {
        Bytes = bytes;
        _stream = new MemoryStream(bytes, writable: false);
        Package = WordprocessingDocument.Open(_stream, false);
    }

    public byte[] Bytes { get; }

    public WordprocessingDocument Package { get; }

    public Body Body => Package.MainDocumentPart!.Document.Body!;

    public IReadOnlyList<Table> Tables => [.. Body.Elements<Table>()];

    /// <summary>The texts of the paragraphs outside tables, in order.</summary>
    public IReadOnlyList<string> Paragraphs => [.. Body.Elements<Paragraph>().Select(p => p.InnerText)];

    public SectionProperties Section => Body.GetFirstChild<SectionProperties>()!;

    public static WordFile Of(PlanDocument document, DocumentOptions? options = null) =>
        Render(stream => DocxRenderer.Write(document, options ?? DocumentOptions.Default, stream));

    public static WordFile Of(RkaDocument document, DocumentOptions? options = null) =>
        Render(stream => DocxRenderer.Write(document, options ?? DocumentOptions.Default, stream));

    /// <summary>The schema errors Word would object to, one line each (empty when the file is valid).</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        [.. new OpenXmlValidator(FileFormatVersions.Office2010).Validate(Package).Select(e => $"{e.Path?.XPath}: {e.Description}")];

    public static string Text(TableCell cell) => string.Join(" ", cell.Elements<Paragraph>().Select(p => p.InnerText));

    public static IReadOnlyList<string> Texts(TableRow row) => [.. row.Elements<TableCell>().Select(Text)];

    public static bool IsHeader(TableRow row) => row.TableRowProperties?.GetFirstChild<TableHeader>() is not null;

    public static MergedCellValues? VerticalMerge(TableCell cell) =>
        cell.TableCellProperties?.VerticalMerge is { } merge ? merge.Val?.Value ?? MergedCellValues.Continue : null;

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }

    private static WordFile Render(Action<Stream> write)
    {
        using var output = new MemoryStream();
        write(output);
        return new WordFile(output.ToArray());
    }
}
