using System.Text.RegularExpressions;
using Kinerja.Data;
using Kinerja.Documents.Import;
using Kinerja.Domain.Organisation;
using Kinerja.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages.Import;

/// <summary>One file of a pending upload, as the preview or the result shows it.</summary>
public sealed record ImportRow(int Index, UploadedFile File, ImportedDocument? Document, StagedImport? Staged, string? ProvinceHint)
{
    public bool Storable => Staged?.Outcome == StoreOutcome.Stored;

    public bool AsksForProvince => Staged?.ProvinceNeeded == true || ProvinceHint is not null;

    /// <summary>Why the file is not stored, when it is not.</summary>
    public string? Reason => File.Refusal ?? (Storable ? null : Staged?.Result.Message);
}

/// <summary>
/// Import in the browser: upload files, see what each would create and every finding, then store all the storable ones
/// in one transaction or cancel. The upload waits on disk between the steps (<see cref="PendingUploads"/>).
/// </summary>
[RequestSizeLimit(PendingUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PendingUploads.MaxRequestBytes)]
public sealed partial class IndexModel(KinerjaDbContext db, TimeProvider clock, PendingUploads uploads, IConfiguration configuration, ILogger<IndexModel> logger) : PageModel
{
    /// <summary>How long a preview may read and check before it is given up (<c>Impor:BatasWaktuPratinjauDetik</c>).</summary>
    public static readonly TimeSpan DefaultPreviewBudget = TimeSpan.FromSeconds(30);

    private PendingUploads Uploads => uploads;

    private TimeSpan PreviewBudget =>
        configuration.GetValue<int?>("Impor:BatasWaktuPratinjauDetik") is { } seconds and >= 0 ? TimeSpan.FromSeconds(seconds) : DefaultPreviewBudget;

    public string? Token { get; private set; }

    public IReadOnlyList<ImportRow> Rows { get; private set; } = [];

    /// <summary>True once the upload is stored: the rows then say what was created.</summary>
    public bool Stored { get; private set; }

    public string? UploadError { get; private set; }

    public string? Notice { get; private set; }

    public string? Failure { get; private set; }

    /// <summary>The provinces a new work unit can be placed in, for the user to choose from.</summary>
    public IReadOnlyList<string> Provinces { get; private set; } = [];

    /// <summary>The overridable error codes accepted per file (by index).</summary>
    public IReadOnlyDictionary<int, HashSet<string>> Accepted { get; private set; } = new Dictionary<int, HashSet<string>>();

    /// <summary>The work unit chosen per file (by index) where the satker code and the name disagree.</summary>
    public IReadOnlyDictionary<int, string> UnitChoices { get; private set; } = new Dictionary<int, string>();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            return UploadRefused(StatusCodes.Status413PayloadTooLarge, $"Unggahan terlalu besar: paling banyak {PendingUploads.MaxFiles} berkas, masing-masing paling besar {PendingUploads.Megabytes(PendingUploads.MaxFileBytes)} dan semuanya paling besar {PendingUploads.Megabytes(PendingUploads.MaxUploadBytes)}.");
        }

        // A form posted with nothing chosen still carries one part, with an empty file name.
        var files = form.Files.GetFiles("berkas").Where(f => f.FileName.Length > 0).ToList();
        if (files.Count == 0)
        {
            return UploadRefused(StatusCodes.Status422UnprocessableEntity, "Pilih sekurang-kurangnya satu berkas.");
        }

        if (files.Count > PendingUploads.MaxFiles)
        {
            return UploadRefused(StatusCodes.Status422UnprocessableEntity, $"Paling banyak {PendingUploads.MaxFiles} berkas sekali unggah; yang dipilih {files.Count}. Unggah sisanya sesudah ini.");
        }

        if (PendingUploads.TooLarge(files) is { } tooLarge)
        {
            return UploadRefused(StatusCodes.Status413PayloadTooLarge, tooLarge);
        }

        if (Uploads.NoRoomFor(files) is { } full)
        {
            return UploadRefused(StatusCodes.Status503ServiceUnavailable, full);
        }

        Token = await Uploads.SaveAsync(files, cancellationToken);
        try
        {
            return await PreviewAsync(new Dictionary<int, string?>(), StatusCodes.Status200OK, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The user left before seeing the preview: nobody can come back to this upload.
            Uploads.Discard(Token);
            throw;
        }
    }

    /// <summary>The preview again, with the provinces the user named for new work units and the units chosen where a satker code and a name disagree.</summary>
    public Task<IActionResult> OnPostRecheckAsync(string? unggahan, Dictionary<int, string?>? provinsi, Dictionary<int, string?>? satuan, string?[]? terima, CancellationToken cancellationToken)
    {
        Token = unggahan;
        UnitChoices = Chosen(satuan);
        Accepted = AcceptedBy(terima);
        return PreviewAsync(provinsi, StatusCodes.Status200OK, cancellationToken);
    }

    /// <summary>
    /// Stores the files that were storable in the preview, and those the user has now named a province for, in one
    /// transaction: if any of them is refused now, none is stored and the page says which and why.
    /// </summary>
    public async Task<IActionResult> OnPostCommitAsync(string? unggahan, int[]? berkas, Dictionary<int, string?>? provinsi, Dictionary<int, string?>? satuan, string?[]? terima, CancellationToken cancellationToken)
    {
        // A form the framework could not read binds no choice at all: nothing is chosen, which the preview then says.
        berkas ??= [];
        Token = unggahan;
        UnitChoices = Chosen(satuan);
        Accepted = AcceptedBy(terima);
        var hints = Hints(provinsi);
        var read = await Uploads.ReadAsync(Token, cancellationToken);
        if (read is null)
        {
            return Expired();
        }

        var chosen = Enumerable.Range(0, read.Count)
            .Where(i => read[i].Document is not null && (berkas.Contains(i) || hints.ContainsKey(i) || UnitChoices.ContainsKey(i) || Accepted.ContainsKey(i)))
            .ToList();
        if (chosen.Count == 0)
        {
            Failure = "Tidak ada berkas yang dapat disimpan dari unggahan ini.";
            return await PreviewAsync(provinsi, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        var store = Store(read);
        // What the files left out would do, for the result's rows; staging a large document costs seconds, so only when there are any.
        IReadOnlyList<StagedImport> preview = ReadableIndexes(read).All(chosen.Contains) ? [] : await store.PreviewAsync(Readable(read, hints), cancellationToken);
        IReadOnlyList<StagedImport> stored;
        try
        {
            stored = await store.StoreAllAsync([.. chosen.Select(i => (read[i].Document!, hints.GetValueOrDefault(i)))], cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            LogRefusedSave(logger, ex, Token);
            db.ChangeTracker.Clear();
            Failure = "Tidak ada yang disimpan: basis data menolak penyimpanan, biasanya karena data yang sama berubah bersamaan (misalnya berkas yang sama disimpan dari tempat lain). Pratinjau di bawah sudah diperbarui; simpan lagi bila masih sesuai.";
            return await PreviewAsync(provinsi, StatusCodes.Status409Conflict, cancellationToken);
        }

        if (stored.Any(s => s.Outcome != StoreOutcome.Stored))
        {
            var refused = chosen.Zip(stored).Where(p => p.Second.Outcome != StoreOutcome.Stored && !p.Second.HeldBack);
            Failure = "Tidak ada yang disimpan, karena " + string.Join("; ", refused.Select(p => $"{read[p.First].File.Name}: {p.Second.Result.Message}")) + ". Pratinjau di bawah sudah diperbarui.";
            return await PreviewAsync(provinsi, StatusCodes.Status409Conflict, cancellationToken);
        }

        Uploads.Discard(Token);
        Stored = true;
        var byFile = chosen.Zip(stored).ToDictionary(p => p.First, p => p.Second);
        var previewed = ReadableIndexes(read).Zip(preview).ToDictionary(p => p.First, p => p.Second);
        Rows = [.. read.Select((r, i) => new ImportRow(i, r.File, r.Document, byFile.GetValueOrDefault(i) ?? NotChosen(previewed.GetValueOrDefault(i)), hints.GetValueOrDefault(i)))];
        Notice = $"{Rows.Count(r => r.Storable)} berkas disimpan bersama dalam satu transaksi.";
        return Page();
    }

    public IActionResult OnPostCancel(string? unggahan)
    {
        Uploads.Discard(unggahan);
        Notice = "Unggahan dibatalkan; tidak ada yang disimpan.";
        return Page();
    }

    public static string KindLabel(DocumentKind kind) => kind switch
    {
        DocumentKind.Rak => "RAK (Rencana Aksi Kinerja)",
        DocumentKind.Rkt => "RKT (Rencana Kinerja Tahunan)",
        DocumentKind.Pk => "PK (Perjanjian Kinerja)",
        DocumentKind.Rka => "RKA Satker Bagian A",
        _ => "tidak dikenali",
    };

    /// <summary>What the user can do about an error, as the preview says it.</summary>
    public static string RemedyLabel(ErrorRemedy remedy) => remedy switch
    {
        ErrorRemedy.Fix => "Menghalangi: perbaiki dokumennya lalu unggah lagi.",
        ErrorRemedy.Override => "Menghalangi, tetapi isi dokumen tetap utuh: dapat disimpan bila Anda menyetujuinya.",
        _ => string.Empty,
    };

    public static string SeverityLabel(Kinerja.Domain.Common.Severity severity) => severity switch
    {
        Kinerja.Domain.Common.Severity.Error => "Kesalahan",
        Kinerja.Domain.Common.Severity.Warning => "Peringatan",
        _ => "Catatan",
    };

    /// <summary>
    /// The preview, given up after <see cref="PreviewBudget"/>: then the upload is removed and the page says why, so that one
    /// huge document cannot hold the server (the reading stops with the token).
    /// </summary>
    private async Task<IActionResult> PreviewAsync(Dictionary<int, string?>? provinsi, int status, CancellationToken cancellationToken)
    {
        using var budget = new CancellationTokenSource(PreviewBudget, clock);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            return await PreviewWithinAsync(provinsi, status, bounded.Token);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            Uploads.Discard(Token);
            Token = null;
            Rows = [];
            return UploadRefused(StatusCodes.Status422UnprocessableEntity, $"Pratinjau dihentikan karena membaca dan memeriksa berkas melewati batas waktu {PreviewBudget.TotalSeconds:0} detik; unggahan dibuang dan tidak ada yang disimpan. Unggah lebih sedikit berkas sekaligus, atau pecah dokumen yang sangat besar.");
        }
    }

    private async Task<IActionResult> PreviewWithinAsync(Dictionary<int, string?>? provinsi, int status, CancellationToken cancellationToken)
    {
        var hints = Hints(provinsi);
        var read = await Uploads.ReadAsync(Token, cancellationToken);
        if (read is null)
        {
            return Expired();
        }

        var staged = await Store(read).PreviewAsync(Readable(read, hints), cancellationToken);
        var byFile = ReadableIndexes(read).Zip(staged).ToDictionary(p => p.First, p => p.Second);
        Rows = [.. read.Select((r, i) => new ImportRow(i, r.File, r.Document, byFile.GetValueOrDefault(i), hints.GetValueOrDefault(i)))];
        var provinces = await db.WorkUnits.AsNoTracking().Where(u => u.Level == WorkUnitLevel.Province).Select(u => u.Name).ToListAsync(cancellationToken);
        // The 38 provinces, and any registered under a name of its own (an older spelling) so that it can still be chosen.
        Provinces = [.. Domain.Organisation.Provinces.Names.Union(provinces.Select(p => LevelPrefix().Replace(p, string.Empty)).Where(p => Domain.Organisation.Provinces.Find(p) is null)).Order(StringComparer.Ordinal)];
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The store, with the work units the user chose by file for documents whose satker code and name disagree.</summary>
    private ImportStore Store(IReadOnlyList<(UploadedFile File, ImportedDocument? Document)> read) => new(db, clock)
    {
        UnitChoices = UnitChoices.Where(c => c.Key >= 0 && c.Key < read.Count && read[c.Key].Document is not null)
            .ToDictionary(c => read[c.Key].Document!.ContentHash, c => c.Value),
        Accepted = Accepted.Where(c => c.Key >= 0 && c.Key < read.Count && read[c.Key].Document is not null)
            .ToDictionary(c => read[c.Key].Document!.ContentHash, c => (IReadOnlySet<string>)c.Value),
    };

    /// <summary>"2:ACTION_WITHOUT_INDICATOR": the file's index and the code of an error the user chose to override.</summary>
    private static Dictionary<int, HashSet<string>> AcceptedBy(string?[]? terima) =>
        (terima ?? []).OfType<string>().Select(t => t.Split(':', 2)).Where(p => p.Length == 2 && int.TryParse(p[0], System.Globalization.CultureInfo.InvariantCulture, out _))
            .GroupBy(p => int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p => p[1])
            .ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal));

    /// <summary>A file left out of the commit: it could not be stored when the user saw the preview.</summary>
    private static StagedImport? NotChosen(StagedImport? previewed) =>
        previewed is { Outcome: StoreOutcome.Stored }
            ? new StagedImport(previewed.Document, new StoreResult(StoreOutcome.Refused, "Tidak disimpan: belum dapat disimpan pada pratinjau yang Anda setujui; unggah lagi untuk menyimpannya."))
            : previewed;

    private static List<(ImportedDocument Document, string? ProvinceHint)> Readable(IReadOnlyList<(UploadedFile File, ImportedDocument? Document)> read, Dictionary<int, string> hints) =>
        [.. ReadableIndexes(read).Select(i => (read[i].Document!, hints.GetValueOrDefault(i)))];

    private static IEnumerable<int> ReadableIndexes(IReadOnlyList<(UploadedFile File, ImportedDocument? Document)> read) =>
        Enumerable.Range(0, read.Count).Where(i => read[i].Document is not null);

    /// <summary>The provinces typed for new units, without the "KPU Provinsi" a user may have copied from a unit's name.</summary>
    private static Dictionary<int, string> Hints(Dictionary<int, string?>? provinsi) =>
        Chosen(provinsi).ToDictionary(p => p.Key, p => LevelPrefix().Replace(p.Value, string.Empty));

    /// <summary>What the user picked or typed per file, trimmed; a blank one is no choice.</summary>
    private static Dictionary<int, string> Chosen(Dictionary<int, string?>? perFile) =>
        (perFile ?? []).Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key, p => p.Value!.Trim());

    private PageResult UploadRefused(int status, string message)
    {
        UploadError = message;
        Response.StatusCode = status;
        return Page();
    }

    private PageResult Expired()
    {
        Token = null;
        Rows = [];
        Failure = "Unggahan ini tidak ada lagi: sudah disimpan, dibatalkan, atau kedaluwarsa. Unggah berkasnya lagi.";
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import of upload {Token} was refused by the database; nothing was stored.")]
    private static partial void LogRefusedSave(ILogger logger, Exception exception, string? token);

    [GeneratedRegex(@"^(?:(?:KPU|KIP)\s+)?Provinsi\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LevelPrefix();
}
