namespace Kinerja.Documents.Import;

/// <summary>What the readers share: content buffered within the file-size limit, and, for the zip-based ones (DOCX, XLSX), the package limits and one answer for every way a damaged file fails.</summary>
internal static class SourceStreams
{
    /// <summary>
    /// Runs <paramref name="read"/> on the content as a seekable stream (the importer's own buffer when it already made
    /// one, a copy otherwise) once the archive has passed the <paramref name="limits"/>; anything a damaged file throws
    /// becomes an <see cref="ImportException"/> with <paramref name="code"/>.
    /// </summary>
    public static SourceText Read(string fileName, Stream content, string code, string format, ImportLimits limits, Func<Stream, SourceText> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            using var copy = content is MemoryStream ? null : Buffer(content, limits, cancellationToken);
            var buffer = (MemoryStream)(copy ?? content);
            if (buffer.Length == 0)
            {
                throw new ImportException(code, $"{fileName}: berkas {format} kosong.");
            }

            buffer.Position = 0;
            PackageGuard.Check(buffer, limits, cancellationToken);
            return read(buffer);
        }
        catch (Exception ex) when (ex is ImportException or OperationCanceledException)
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

    /// <summary>The content in memory, refused as soon as it passes the file-size limit (a stream's length may be unknown, so it is counted while copied).</summary>
    public static MemoryStream Buffer(Stream content, ImportLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        if (content.CanSeek && content.Length - content.Position > limits.MaxFileBytes)
        {
            throw TooLarge(limits);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + read > limits.MaxFileBytes)
            {
                buffer.Dispose();
                throw TooLarge(limits);
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static ImportException TooLarge(ImportLimits limits) =>
        ImportLimits.Exceeded("LIMIT_FILE_SIZE", $"ukuran berkas lebih dari {ImportLimits.Size(limits.MaxFileBytes)}");
}
