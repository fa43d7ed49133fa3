using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kinerja.Documents.Import;
using Kinerja.Domain.Common;

namespace Kinerja.Importing;

/// <summary>One uploaded file: its name, size, and why it was refused before reading (too big, wrong type), if it was.</summary>
public sealed record UploadedFile(string Name, long Size, string? Refusal);

/// <summary>
/// Uploads waiting between the preview and "Simpan semua", in a folder per upload named by a random token, under the
/// app's data folder: the bytes as uploaded until the preview reads them, then the documents as read
/// (<see cref="ParsedDocument"/>), so that a file is parsed once per upload. Files on disk rather than parsed documents
/// in memory: memory stays flat for large uploads, and a pending upload survives a restart. Uploads older than
/// <see cref="Lifetime"/> are removed by <see cref="Sweep"/>, which <see cref="PendingUploadSweeper"/> runs on a timer;
/// all pending uploads together hold at most <see cref="MaxPendingBytes"/>.
/// </summary>
public sealed partial class PendingUploads(string root, TimeProvider clock, long maxPendingBytes = PendingUploads.DefaultMaxPendingBytes)
{
    public const int MaxFiles = 10;
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>What the files of one upload may hold together.</summary>
    public const long MaxUploadBytes = 50L * 1024 * 1024;

    public const long DefaultMaxPendingBytes = 500L * 1024 * 1024;

    /// <summary>The largest request an upload can make: the upload at its limit, plus room for the form's own parts.</summary>
    public const long MaxRequestBytes = MaxUploadBytes + (1024 * 1024);

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static readonly IReadOnlyList<string> Extensions = [".pdf", ".docx", ".xlsx", ".txt"];

    private const int MaxNameLength = 200;

    private const string ManifestName = "unggahan.json";

    public long MaxPendingBytes => maxPendingBytes;

    /// <summary>
    /// The folder from <c>Impor:Folder</c>, else <c>impor</c> in the database's data folder (App_Data); the room for all
    /// pending uploads from <c>Impor:BatasTotalMB</c>.
    /// </summary>
    public static PendingUploads From(IConfiguration configuration, string contentRoot, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var root = configuration["Impor:Folder"] is { Length: > 0 } folder
            ? folder
            : Path.Combine(contentRoot, configuration["Database:DataFolder"] ?? "App_Data", "impor");
        var room = configuration.GetValue<long?>("Impor:BatasTotalMB") is { } megabytes and > 0 ? megabytes * 1024 * 1024 : DefaultMaxPendingBytes;
        return new PendingUploads(root, clock, room);
    }

    /// <summary>Why these files are too large to be one upload together, or null.</summary>
    public static string? TooLarge(IReadOnlyList<IFormFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var size = Kept(files);
        return size > MaxUploadBytes
            ? $"Unggahan terlalu besar: berkasnya berjumlah {Megabytes(size)}; satu unggahan paling besar {Megabytes(MaxUploadBytes)}. Unggah sebagian dahulu, sisanya sesudah disimpan."
            : null;
    }

    /// <summary>Why there is no room now for these files beside the other pending uploads, or null.</summary>
    public string? NoRoomFor(IReadOnlyList<IFormFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        Sweep();
        return HeldBytes() + Kept(files) > maxPendingBytes
            ? $"Ruang unggahan sementara sedang penuh oleh unggahan lain yang belum disimpan atau dibatalkan (batasnya {Megabytes(maxPendingBytes)}). Coba lagi nanti; unggahan yang ditinggalkan dihapus sesudah {Lifetime.TotalMinutes:0} menit."
            : null;
    }

    /// <summary>Keeps the files and returns the upload's token. A file refused before reading is listed with its reason and not kept.</summary>
    public async Task<string> SaveAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var folder = Directory.CreateDirectory(Path.Combine(root, token)).FullName;
        var listed = files.Select(f => NameOf(f.FileName)).Zip(files, (name, f) => new UploadedFile(name, f.Length, Refusal(name, f.Length))).ToList();
        // The manifest first: a folder with one is never half-made for the sweep of a concurrent upload.
        await File.WriteAllBytesAsync(Path.Combine(folder, ManifestName), JsonSerializer.SerializeToUtf8Bytes(new Manifest(clock.GetUtcNow(), listed)), cancellationToken);
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                if (listed[i].Refusal is null)
                {
                    await using var target = File.Create(Path.Combine(folder, Part(i)));
                    await files[i].CopyToAsync(target, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
            Discard(token);
            throw;
        }

        return token;
    }

    /// <summary>
    /// The upload's files, each read as a document (null for a file refused before reading); null when the token is unknown
    /// or expired. A file is parsed the first time (off the request's thread, stopping when the token is cancelled) and its
    /// bytes are then replaced by what was read; later calls read that.
    /// </summary>
    public async Task<IReadOnlyList<(UploadedFile File, ImportedDocument? Document)>?> ReadAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (FolderOf(token) is not { } folder || !File.Exists(Path.Combine(folder, ManifestName)))
        {
            return null;
        }

        var manifest = JsonSerializer.Deserialize<Manifest>(await File.ReadAllBytesAsync(Path.Combine(folder, ManifestName), cancellationToken));
        if (manifest is null || manifest.Created + Lifetime < clock.GetUtcNow())
        {
            Discard(token);
            return null;
        }

        var read = new List<(UploadedFile, ImportedDocument?)>();
        for (var i = 0; i < manifest.Files.Count; i++)
        {
            var file = manifest.Files[i];
            if (file.Refusal is not null)
            {
                read.Add((file, null));
                continue;
            }

            if (await DocumentAsync(folder, i, file.Name, cancellationToken) is not { } document)
            {
                return null;
            }

            read.Add((file, document));
        }

        return read;
    }

    /// <summary>Removes the upload; an unknown token is no error (it may have been stored or cancelled already).</summary>
    public void Discard(string? token)
    {
        if (FolderOf(token) is { } folder && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What the file was read as: kept from an earlier read, else parsed now and kept; null when neither form is there any more.</summary>
    private static async Task<ImportedDocument?> DocumentAsync(string folder, int index, string name, CancellationToken cancellationToken)
    {
        var parsed = Path.Combine(folder, Parsed(index));
        if (File.Exists(parsed) && ParsedDocument.Deserialize(await File.ReadAllBytesAsync(parsed, cancellationToken)) is { } kept)
        {
            return kept;
        }

        var raw = Path.Combine(folder, Part(index));
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(raw, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            // A concurrent read of the same upload parsed it first.
            return File.Exists(parsed) ? ParsedDocument.Deserialize(await File.ReadAllBytesAsync(parsed, cancellationToken)) : null;
        }

        // The reading is CPU work of up to seconds: off the request's thread, and given up with the request.
        var document = await Task.Run(() => DocumentImporter.Import(name, new MemoryStream(bytes, writable: false), cancellationToken), cancellationToken);
        var staging = parsed + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)) + ".tmp";
        await File.WriteAllBytesAsync(staging, ParsedDocument.Serialize(document), cancellationToken);
        File.Move(staging, parsed, overwrite: true);
        File.Delete(raw);
        return document;
    }

    public static string? Refusal(string name, long size)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            return "Jenis berkas tidak diterima: gunakan PDF, DOCX, XLSX atau TXT.";
        }

        if (size > MaxFileBytes)
        {
            return $"Berkas terlalu besar ({Megabytes(size)}); batasnya {Megabytes(MaxFileBytes)} per berkas.";
        }

        return size == 0 ? "Berkas kosong (0 bita)." : null;
    }

    public static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024 ? $"{Kinerja.Domain.Common.IdFormat.Number(Math.Round(bytes / (1024m * 1024m), 1))} MB" : $"{Kinerja.Domain.Common.IdFormat.Number(Math.Max(1, bytes / 1024))} KB";

    /// <summary>The name without any folder a browser sent or characters unsafe in a name, short enough for the import record (260).</summary>
    private static string NameOf(string uploaded) => SafeFileName.From(uploaded, MaxNameLength);

    private static string Part(int index) => index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".bin";

    /// <summary>The bytes of the files that would be kept (not those refused before reading).</summary>
    private static long Kept(IReadOnlyList<IFormFile> files) => files.Where(f => Refusal(NameOf(f.FileName), f.Length) is null).Sum(f => f.Length);

    private static string Parsed(int index) => index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".json";

    /// <summary>
    /// What the pending uploads hold: each its bytes as uploaded, or what it takes on disk when that is more (the form
    /// kept after reading can be larger than the file), so that the room does not depend on how far each one got.
    /// </summary>
    private long HeldBytes() =>
        Directory.Exists(root) ? Directory.EnumerateDirectories(root).Sum(HeldBy) : 0;

    private static long HeldBy(string folder)
    {
        try
        {
            var disk = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
            var manifest = Path.Combine(folder, ManifestName);
            var listed = File.Exists(manifest) && JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(manifest)) is { } read
                ? read.Files.Where(f => f.Refusal is null).Sum(f => f.Size)
                : 0;
            return Math.Max(disk, listed);
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            // Removed or being written meanwhile: the sweep deals with it; it holds nothing to count now.
            return 0;
        }
    }

    /// <summary>The upload's folder, or null for anything that is not a token we could have made (so no path can be smuggled in).</summary>
    private string? FolderOf(string? token) =>
        token is not null && TokenPattern().IsMatch(token) ? Path.Combine(root, token) : null;

    /// <summary>
    /// Removes expired uploads (left by users who neither stored nor cancelled), and folders that never got a manifest
    /// (an upload that failed half-way) once they are as old as an expired upload. Returns how many were removed.
    /// </summary>
    public int Sweep()
    {
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            try
            {
                if (Expired(folder))
                {
                    Directory.Delete(folder, recursive: true);
                    removed++;
                }
            }
            catch (IOException)
            {
                // Another request is using it or already removed it: the next sweep tries again.
            }
            catch (UnauthorizedAccessException)
            {
                // The same, on a file still open elsewhere.
            }
        }

        return removed;
    }

    private bool Expired(string folder)
    {
        var manifest = Path.Combine(folder, ManifestName);
        if (!File.Exists(manifest))
        {
            return Directory.GetCreationTimeUtc(folder) + Lifetime < clock.GetUtcNow().UtcDateTime;
        }

        try
        {
            return JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(manifest)) is not { } read || read.Created + Lifetime < clock.GetUtcNow();
        }
        catch (JsonException)
        {
            return true;
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenPattern();

    private sealed record Manifest(DateTimeOffset Created, List<UploadedFile> Files);
}
