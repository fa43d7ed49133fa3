namespace Kinerja.Documents.Import;

/// <summary>What the zip-based readers (DOCX, XLSX) share: seekable content, and one answer for every way a damaged file fails.</summary>
internal static class SourceStreams
{
    /// <summary>
    /// Runs <paramref name="read"/> on the content as a seekable stream (the importer's own buffer when it already made
    /// one, a copy otherwise); anything a damaged file throws becomes an <see cref="ImportException"/> with <paramref name="code"/>.
    /// </summary>
    public static SourceText Read(string fileName, Stream content, string code, string format, Func<Stream, SourceText> read)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var copy = content is MemoryStream ? null : new MemoryStream();
            var buffer = copy ?? content;
            if (copy is not null)
            {
                content.CopyTo(copy);
            }

            if (buffer.Length == 0)
            {
                throw new ImportException(code, $"{fileName}: berkas {format} kosong.");
            }

            buffer.Position = 0;
            return read(buffer);
        }
        catch (ImportException)
        {
            throw;
        }
#pragma warning disable CA1031 // A damaged archive fails in zip, XML, OpenXml or ClosedXML code, each with its own exception types; none may reach the caller.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw new ImportException(code, $"{fileName}: berkas bukan {(format == "XLSX" ? "buku kerja Excel (XLSX)" : "dokumen Word (DOCX)")} yang sah atau rusak ({ex.Message}).");
        }
    }
}
