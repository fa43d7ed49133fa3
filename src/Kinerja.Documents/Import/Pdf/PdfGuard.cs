using System.IO.Compression;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Import.Pdf;

/// <summary>
/// Holds a PDF to the <see cref="ImportLimits"/> before PdfPig opens it. PdfPig inflates a FlateDecode stream whole
/// into memory, with no bound, when a page's content is read; so every stream is inflated here first, the way PdfPig
/// does it (the two zlib header bytes skipped, then raw deflate), into a scratch buffer that counts and keeps nothing.
/// Flate chained with another decoder is refused, since what would be inflated is not what is stored. Page objects
/// are counted in the file and in its object streams, so that a page tree lying about its /Count cannot pass either.
/// </summary>
internal static class PdfGuard
{
    private const int DictionaryReach = 64 * 1024;

    public static void Check(byte[] pdf, ImportLimits limits, CancellationToken cancellationToken)
    {
        var pages = new PageCounter(limits);
        pages.Whole(pdf);
        var total = 0L;
        var at = 0;
        while (at < pdf.Length)
        {
            var found = pdf.AsSpan(at).IndexOf("stream"u8);
            if (found < 0)
            {
                break;
            }

            var keyword = at + found;
            at = keyword + 6;
            if (StreamStart(pdf, keyword) is not { } start)
            {
                continue;
            }

            // Every stream is tried, not only those whose dictionary names FlateDecode: the filter may be an indirect object.
            var dictionary = Dictionary(pdf, keyword);
            if ((dictionary.IndexOf("/FlateDecode"u8) >= 0 || HasShortFlate(dictionary)) && Chained(dictionary))
            {
                throw ImportLimits.Exceeded("LIMIT_PDF_FILTER", "aliran (stream) PDF dimampatkan berlapis (FlateDecode bersama ASCII85, ASCIIHex, LZW atau RunLength), sehingga ukurannya setelah diurai tidak dapat diperiksa");
            }

            cancellationToken.ThrowIfCancellationRequested();
            var objectStream = dictionary.IndexOf("/ObjStm"u8) >= 0;
            total += Inflate(pdf, start, limits, total, objectStream ? pages : null, cancellationToken);
        }
    }

    public static void CheckPageCount(int pages, ImportLimits limits)
    {
        if (pages > limits.MaxPdfPages)
        {
            throw TooManyPages(limits);
        }
    }

    private static ImportException TooManyPages(ImportLimits limits) =>
        ImportLimits.Exceeded("LIMIT_PDF_PAGES", $"PDF berisi lebih dari {IdFormat.Whole(limits.MaxPdfPages)} halaman");

    /// <summary>The "stream" keyword of a stream object: after its dictionary's "&gt;&gt;", followed by an end of line; its data starts after that.</summary>
    private static int? StreamStart(byte[] pdf, int keyword)
    {
        var before = keyword - 1;
        while (before >= 0 && IsWhite(pdf[before]))
        {
            before--;
        }

        if (before < 1 || pdf[before] != '>' || pdf[before - 1] != '>')
        {
            return null;
        }

        var start = keyword + 6;
        if (start < pdf.Length && pdf[start] == '\r')
        {
            start++;
        }

        if (start < pdf.Length && pdf[start] == '\n')
        {
            start++;
        }

        return start == keyword + 6 ? null : start;
    }

    /// <summary>The object's text from its "obj" keyword to the stream: its dictionary, nested ones included.</summary>
    private static ReadOnlySpan<byte> Dictionary(byte[] pdf, int keyword)
    {
        var from = Math.Max(0, keyword - DictionaryReach);
        var window = pdf.AsSpan(from, keyword - from);
        var obj = window.LastIndexOf("obj"u8);
        return obj < 0 ? window : window[obj..];
    }

    /// <summary>Another decoder before or after Flate: the bytes inflated here would not be the bytes PdfPig inflates.</summary>
    private static bool Chained(ReadOnlySpan<byte> dictionary) =>
        dictionary.IndexOf("/ASCII85Decode"u8) >= 0 || dictionary.IndexOf("/ASCIIHexDecode"u8) >= 0
        || dictionary.IndexOf("/LZWDecode"u8) >= 0 || dictionary.IndexOf("/RunLengthDecode"u8) >= 0;

    /// <summary>/Fl, the abbreviation inline images use and some writers use in stream dictionaries.</summary>
    private static bool HasShortFlate(ReadOnlySpan<byte> dictionary)
    {
        var at = dictionary.IndexOf("/Fl"u8);
        return at >= 0 && (at + 3 == dictionary.Length || !char.IsAsciiLetterOrDigit((char)dictionary[at + 3]));
    }

    private static long Inflate(byte[] pdf, int start, ImportLimits limits, long before, PageCounter? pages, CancellationToken cancellationToken)
    {
        if (pdf.Length - start < 2)
        {
            return 0;
        }

        pages?.Start();
        var inflated = 0L;
        var scratch = new byte[81920];
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(pdf, start + 2, pdf.Length - start - 2, writable: false), CompressionMode.Decompress);
            int read;
            while ((read = deflate.Read(scratch, 0, scratch.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                inflated += read;
                if (inflated > limits.MaxPdfStreamBytes)
                {
                    throw ImportLimits.Exceeded("LIMIT_PDF_STREAM", $"satu aliran (stream) PDF terurai menjadi lebih dari {ImportLimits.Size(limits.MaxPdfStreamBytes)}");
                }

                if (before + inflated > limits.MaxPdfTotalBytes)
                {
                    throw ImportLimits.Exceeded("LIMIT_PDF_TOTAL", $"seluruh aliran (stream) PDF terurai menjadi lebih dari {ImportLimits.Size(limits.MaxPdfTotalBytes)}");
                }

                pages?.Chunk(scratch.AsSpan(0, read));
            }
        }
        catch (InvalidDataException)
        {
            // Not deflate after all, or damaged: PdfPig decides what it makes of it, and can decode no more than was counted here.
        }

        return inflated;
    }

    private static bool IsWhite(byte b) => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0;

    /// <summary>Counts "/Page" names (not /Pages, /PageLabels…) in a file, or in a stream read in chunks where a name at a chunk's end waits for the next chunk.</summary>
    private sealed class PageCounter(ImportLimits limits)
    {
        private const int NameLength = 5;
        private byte[] carry = [];
        private int count;

        public void Start() => carry = [];

        public void Whole(ReadOnlySpan<byte> text) => Count(text, text.Length);

        public void Chunk(ReadOnlySpan<byte> chunk)
        {
            var text = new byte[carry.Length + chunk.Length];
            carry.CopyTo(text, 0);
            chunk.CopyTo(text.AsSpan(carry.Length));
            var decided = Math.Max(0, text.Length - NameLength);
            Count(text, decided);
            carry = text[decided..];
        }

        /// <summary>Counts the names that start before <paramref name="decided"/>; a name followed by the end of <paramref name="text"/> ends there.</summary>
        private void Count(ReadOnlySpan<byte> text, int decided)
        {
            var at = 0;
            while (at < decided)
            {
                var found = text[at..].IndexOf("/Page"u8);
                if (found < 0 || at + found >= decided)
                {
                    return;
                }

                at += found + NameLength;
                if ((at == text.Length || !char.IsAsciiLetterOrDigit((char)text[at])) && ++count > limits.MaxPdfPages)
                {
                    throw TooManyPages(limits);
                }
            }
        }
    }
}
