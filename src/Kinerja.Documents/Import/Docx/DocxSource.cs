namespace Kinerja.Documents.Import.Docx;

/// <summary>Placeholder until the DOCX reader lands: refuses every DOCX with a clear message.</summary>
public static class DocxSource
{
    public static SourceText Read(string fileName, Stream content) =>
        throw new ImportException("DOCX_NOT_SUPPORTED", $"{fileName}: pembacaan DOCX belum tersedia.");
}
