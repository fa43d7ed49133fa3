namespace Kinerja.Documents.Import.Pdf;

/// <summary>Placeholder until the PDF reader lands: refuses every PDF with a clear message.</summary>
public static class PdfSource
{
    public static SourceText Read(string fileName, Stream content) =>
        throw new ImportException("PDF_NOT_SUPPORTED", $"{fileName}: pembacaan PDF belum tersedia.");
}
