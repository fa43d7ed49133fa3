using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kinerja.Documents.Import;

namespace Kinerja.Importing;

/// <summary>One uploaded file: its name, size, and why it was refused before reading (too big, wrong type), if it was.</summary>
public sealed record UploadedFile(string Name, long Size, string? Refusal);

/// <summary>
/// Uploads waiting between the preview and "Simpan semua": the bytes as uploaded, in a folder per upload named by a
/// random token, under the app's data folder. Files on disk rather than parsed documents in memory: memory stays flat
/// for large uploads, and a pending upload survives a restart. Uploads older than <see cref="Lifetime"/> are removed.
/// </summary>
public sealed partial class PendingUploads(string root, TimeProvider clock)
{
    public const int MaxFiles = 10;
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>The largest request an upload can make: every file at its limit, plus room for the form's own parts.</summary>
    public const long MaxRequestBytes = (MaxFiles * MaxFileBytes) + (1024 * 1024);

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    public static readonly IReadOnlyList<string> Extensions = [".pdf", ".docx", ".xlsx", ".txt"];

    private const int MaxNameLength = 200;

    private const string ManifestName = "unggahan.json";

    /// <summary>The folder from <c>Impor:Folder</c>, else <c>impor</c> in the database's data folder (App_Data).</summary>
    public static PendingUploads From(IConfiguration configuration, string contentRoot, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var root = configuration["Impor:Folder"] is { Length: > 0 } folder
            ? folder
            : Path.Combine(contentRoot, configuration["Database:DataFolder"] ?? "App_Data", "impor");
        return new PendingUploads(root, clock);
    }

    /// <summary>Keeps the files and returns the upload's token. A file refused before reading is listed with its reason and not kept.</summary>
    public async Task<string> SaveAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        Sweep();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var folder = Directory.CreateDirectory(Path.Combine(root, token)).FullName;
        var listed = files.Select(f => NameOf(f.FileName)).Zip(files, (name, f) => new UploadedFile(name, f.Length, Refusal(name, f.Length))).ToList();
        // The manifest first: a folder with one is never half-made for the sweep of a concurrent upload.
        await File.WriteAllBytesAsync(Path.Combine(folder, ManifestName), JsonSerializer.SerializeToUtf8Bytes(new Manifest(clock.GetUtcNow(), listed)), cancellationToken);
        for (var i = 0; i < files.Count; i++)
        {
            if (listed[i].Refusal is null)
            {
                await using var target = File.Create(Path.Combine(folder, Part(i)));
                await files[i].CopyToAsync(target, cancellationToken);
            }
        }

        return token;
    }

    /// <summary>The upload's files, each read as a document (null for a file refused before reading); null when the token is unknown or expired.</summary>
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

            await using var content = File.OpenRead(Path.Combine(folder, Part(i)));
            read.Add((file, DocumentImporter.Import(file.Name, content)));
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

    /// <summary>The name without any folder a browser sent, short enough for the import record (260), keeping its extension.</summary>
    private static string NameOf(string uploaded)
    {
        var name = Path.GetFileName(uploaded.Replace('\\', '/'));
        if (name.Length <= MaxNameLength)
        {
            return name;
        }

        var extension = Path.GetExtension(name) is { Length: <= 10 } kept ? kept : string.Empty;
        return string.Concat(name.AsSpan(0, MaxNameLength - extension.Length - 1), "…", extension);
    }

    private static string Part(int index) => index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".bin";

    /// <summary>The upload's folder, or null for anything that is not a token we could have made (so no path can be smuggled in).</summary>
    private string? FolderOf(string? token) =>
        token is not null && TokenPattern().IsMatch(token) ? Path.Combine(root, token) : null;

    /// <summary>Removes expired uploads (left by users who neither stored nor cancelled).</summary>
    private void Sweep()
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var manifest = Path.Combine(folder, ManifestName);
            if (!File.Exists(manifest))
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(manifest)) is not { } read || read.Created + Lifetime < clock.GetUtcNow())
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException)
            {
                // Another request is using it or already removed it: the next sweep tries again.
            }
            catch (JsonException)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenPattern();

    private sealed record Manifest(DateTimeOffset Created, List<UploadedFile> Files);
}
