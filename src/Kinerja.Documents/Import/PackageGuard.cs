using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Import;

/// <summary>
/// Holds a DOCX or XLSX archive to the <see cref="ImportLimits"/> before OpenXml or ClosedXML open it: both build the
/// whole document in memory and walk it recursively, so a part that unzips to a gigabyte, or XML nested tens of
/// thousands deep, would take the process down rather than throw. The central directory's declared sizes are checked
/// first; then every part is inflated through a counting stream (a header may lie) and every XML part read once
/// with a streaming <see cref="XmlReader"/>, which keeps no tree and needs no stack, for its depth and element count
/// and, in a worksheet, the rectangle its cells span.
/// </summary>
internal static class PackageGuard
{
    private const uint EndOfCentralDirectory = 0x06054b50;

    public static void Check(MemoryStream zip, ImportLimits limits, CancellationToken cancellationToken)
    {
        CheckEntryCount(zip, limits);
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        var entries = archive.Entries;
        if (entries.Count > limits.MaxZipEntries)
        {
            throw TooManyEntries(limits);
        }

        var declared = 0L;
        foreach (var entry in entries)
        {
            CheckSize(entry.FullName, entry.Length, limits);
            declared += entry.Length;
            CheckTotal(declared, limits);
            CheckRatio(entry.FullName, entry.Length, entry.CompressedLength, limits);
        }

        var total = new Counter();
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var part = new LimitedStream(entry.Open(), entry.FullName, limits, total, cancellationToken);
            if (IsXml(entry.FullName))
            {
                CheckXml(part, entry.FullName, limits, cancellationToken);
            }

            part.Drain();
            CheckRatio(entry.FullName, part.Inflated, entry.CompressedLength, limits);
        }

        zip.Position = 0;
    }

    /// <summary>The entry count and the central directory's size as the end record declares them, before <see cref="ZipArchive"/> reads one entry.</summary>
    public static void CheckEntryCount(MemoryStream zip, ImportLimits limits)
    {
        const int RecordLength = 22;
        var tail = new byte[(int)Math.Min(zip.Length, RecordLength + ushort.MaxValue)];
        zip.Position = zip.Length - tail.Length;
        zip.ReadExactly(tail);
        zip.Position = 0;
        var bytes = tail.AsSpan();
        for (var i = bytes.Length - RecordLength; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes[i..]) != EndOfCentralDirectory)
            {
                continue;
            }

            var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(i + 10)..]);
            var directoryBytes = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i + 12)..]);

            // A central directory record takes 46 bytes and its name; 0xFFFF entries means a ZIP64 count, more than any document needs.
            if (count > limits.MaxZipEntries || directoryBytes > (long)limits.MaxZipEntries * 1024)
            {
                throw TooManyEntries(limits);
            }

            return;
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static void CheckXml(Stream part, string name, ImportLimits limits, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxPartBytes,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        var sheet = name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) ? new SheetSpan() : null;
        var elements = 0L;
        using var reader = XmlReader.Create(part, settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (++elements > limits.MaxXmlElements)
            {
                throw ImportLimits.Exceeded("LIMIT_XML_ELEMENTS", $"bagian {name} berisi lebih dari {IdFormat.Whole(limits.MaxXmlElements)} elemen XML");
            }

            if (reader.Depth >= limits.MaxXmlDepth)
            {
                throw ImportLimits.Exceeded("LIMIT_XML_DEPTH", $"bagian {name} bersarang lebih dari {limits.MaxXmlDepth} tingkat (tabel di dalam tabel, kontrol isi, XML khusus atau tautan)");
            }

            if ((elements & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            sheet?.Visit(reader, name, limits);
        }

        sheet?.Check(name, limits);
    }

    private static void CheckSize(string name, long inflated, ImportLimits limits)
    {
        if (inflated > limits.MaxPartBytes)
        {
            throw ImportLimits.Exceeded("LIMIT_PART_SIZE", $"bagian {name} terurai menjadi lebih dari {ImportLimits.Size(limits.MaxPartBytes)}");
        }
    }

    private static void CheckTotal(long inflated, ImportLimits limits)
    {
        if (inflated > limits.MaxTotalBytes)
        {
            throw ImportLimits.Exceeded("LIMIT_TOTAL_SIZE", $"seluruh bagian berkas terurai menjadi lebih dari {ImportLimits.Size(limits.MaxTotalBytes)}");
        }
    }

    private static void CheckRatio(string name, long inflated, long compressed, ImportLimits limits)
    {
        if (inflated > limits.RatioExemptBytes && inflated / Math.Max(compressed, 1) > limits.MaxCompressionRatio)
        {
            throw ImportLimits.Exceeded("LIMIT_COMPRESSION_RATIO", $"bagian {name} terurai lebih dari {limits.MaxCompressionRatio} kali ukurannya yang termampat");
        }
    }

    private static ImportException TooManyEntries(ImportLimits limits) =>
        ImportLimits.Exceeded("LIMIT_ZIP_ENTRIES", $"arsip berisi lebih dari {IdFormat.Whole(limits.MaxZipEntries)} bagian");

    private sealed class Counter
    {
        public long Value { get; set; }
    }

    /// <summary>A part's content as it inflates, counted against the part's and the archive's limits whatever its header declared.</summary>
    private sealed class LimitedStream(Stream inner, string name, ImportLimits limits, Counter total, CancellationToken cancellationToken) : Stream
    {
        public long Inflated { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => Inflated;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = inner.Read(buffer);
            Inflated += read;
            total.Value += read;
            CheckSize(name, Inflated, limits);
            CheckTotal(total.Value, limits);
            return read;
        }

        public void Drain()
        {
            var scratch = new byte[81920];
            while (Read(scratch, 0, scratch.Length) > 0)
            {
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>
    /// The rectangle a worksheet's cells span, and the cells its merged ranges cover: the sheet reader turns every cell of
    /// both into a cell of a line, so a sheet with one value in A1 and one in XFD1048576 is as costly as a full one.
    /// </summary>
    private sealed class SheetSpan
    {
        private long row;
        private long column;
        private long top = long.MaxValue;
        private long bottom;
        private long left = long.MaxValue;
        private long right;
        private long merged;

        public void Visit(XmlReader reader, string name, ImportLimits limits)
        {
            switch (reader.LocalName)
            {
                case "row":
                    row = reader.GetAttribute("r") is { } r && long.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : row + 1;
                    column = 0;
                    break;
                case "c":
                    if (reader.GetAttribute("r") is { } reference && Cell(reference) is { } cell)
                    {
                        (row, column) = cell;
                    }
                    else
                    {
                        column++;
                    }

                    (top, bottom) = (Math.Min(top, row), Math.Max(bottom, row));
                    (left, right) = (Math.Min(left, column), Math.Max(right, column));
                    break;
                case "mergeCell" when reader.GetAttribute("ref") is { } range:
                    var corners = range.Split(':');
                    if (corners.Length == 2 && Cell(corners[0]) is { } from && Cell(corners[1]) is { } to)
                    {
                        merged += (Math.Abs(to.Row - from.Row) + 1) * (Math.Abs(to.Column - from.Column) + 1);
                        if (merged > limits.MaxSheetCells)
                        {
                            throw ImportLimits.Exceeded("LIMIT_SHEET_CELLS", $"sel gabungan di lembar kerja {name} mencakup lebih dari {IdFormat.Whole(limits.MaxSheetCells)} sel");
                        }
                    }

                    break;
            }
        }

        public void Check(string name, ImportLimits limits)
        {
            if (bottom == 0)
            {
                return;
            }

            var (rows, columns) = (bottom - top + 1, right - left + 1);
            if (rows > limits.MaxSheetRows)
            {
                throw ImportLimits.Exceeded("LIMIT_SHEET_ROWS", $"lembar kerja {name} merentang lebih dari {IdFormat.Whole(limits.MaxSheetRows)} baris");
            }

            if (columns > limits.MaxSheetColumns)
            {
                throw ImportLimits.Exceeded("LIMIT_SHEET_COLUMNS", $"lembar kerja {name} merentang lebih dari {IdFormat.Whole(limits.MaxSheetColumns)} kolom");
            }

            if (rows * columns > limits.MaxSheetCells)
            {
                throw ImportLimits.Exceeded("LIMIT_SHEET_CELLS", $"lembar kerja {name} merentang lebih dari {IdFormat.Whole(limits.MaxSheetCells)} sel");
            }
        }

        /// <summary>"XFD1048576" as (row, column); a reference too long to be a real cell counts as one far past every limit.</summary>
        private static (long Row, long Column)? Cell(string reference)
        {
            var letters = 0;
            while (letters < reference.Length && char.IsAsciiLetter(reference[letters]))
            {
                letters++;
            }

            if (letters == 0 || letters == reference.Length)
            {
                return null;
            }

            if (letters > 4 || reference.Length - letters > 9)
            {
                return (int.MaxValue, int.MaxValue);
            }

            var column = 0L;
            foreach (var letter in reference.AsSpan(0, letters))
            {
                column = (column * 26) + (char.ToUpperInvariant(letter) - 'A' + 1);
            }

            return long.TryParse(reference.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var row)
                ? (row, column)
                : null;
        }
    }
}
