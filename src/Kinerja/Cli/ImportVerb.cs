using System.Text;
using Kinerja.Access;
using Kinerja.Data;
using Kinerja.Documents.Import;
using Kinerja.Domain.Common;
using Kinerja.Importing;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Cli;

/// <summary>
/// <c>import &lt;files or folders&gt;… [--dry-run] [--json] [--province NAME]</c>: reads planning documents and stores each
/// whole or not at all. A folder is read recursively (.txt, .pdf, .docx), with progress and a closing summary table.
/// </summary>
public static class ImportVerb
{
    private static readonly string[] Extensions = [".txt", ".pdf", ".docx"];

    public static async Task<int> RunAsync(string[] args, DatabaseSettings settings, TimeProvider clock, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var dryRun = args.Contains("--dry-run");
        var json = args.Contains("--json");
        var at = Array.IndexOf(args, "--province");
        var province = at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        var unitAt = Array.IndexOf(args, "--unit");
        var unit = unitAt >= 0 && unitAt + 1 < args.Length ? args[unitAt + 1] : null;
        // --accept CODE (repeatable) stores a document despite an error the user may override (ImportFinding.Overridable).
        var accepted = args.Select((a, i) => (a, i)).Where(p => p.a == "--accept" && p.i + 1 < args.Length).Select(p => args[p.i + 1]).ToHashSet(StringComparer.Ordinal);
        var values = args.Select((a, i) => (a, i)).Where(p => p.a is "--province" or "--unit" or "--accept").Select(p => p.i + 1).ToHashSet();
        var paths = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && !values.Contains(i)).ToList();
        if (paths.Count == 0)
        {
            await output.WriteLineAsync("Penggunaan: import <berkas atau folder>… [--dry-run] [--json] [--province \"Nama Provinsi\"] [--unit <kode satker atau nama>] [--accept <kode temuan>]…");
            return 2;
        }

        var files = new List<string>();
        foreach (var path in paths.Select(Resolve))
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                await output.WriteLineAsync($"Gagal: {path} tidak ditemukan.");
                return 2;
            }
        }

        var showProgress = !json && files.Count > 1;
        KinerjaDbContext? db = null;
        if (!dryRun)
        {
            db = settings.CreateContext(WorkUnitScope.National);
            await db.Database.MigrateAsync();
        }

        var rows = new List<(ImportedDocument Document, string Outcome)>();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                var document = DocumentImporter.ImportFile(files[i]);
                var outcome = "diperiksa (--dry-run)";
                if (db is not null)
                {
                    var choices = unit is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [document.ContentHash] = unit };
                    var result = await new ImportStore(db, clock)
                    {
                        UnitChoices = choices,
                        Accepted = new Dictionary<string, IReadOnlySet<string>> { [document.ContentHash] = accepted },
                    }.StoreAsync(document, province);
                    outcome = result.Message
                        + (result.ProvinceNeeded ? " Ulangi dengan --province \"Nama Provinsi\"." : string.Empty)
                        + (result.UnitConflict ? " Ulangi dengan --unit <kode satker atau nama satuan kerja yang dimaksud>." : string.Empty);
                    if (result.Outcome == StoreOutcome.Refused)
                    {
                        document.Add(Severity.Error, "STORE_REFUSED", result.Message);
                    }
                }

                rows.Add((document, outcome));
                if (showProgress)
                {
                    await output.WriteLineAsync($"[{i + 1}/{files.Count}] {Path.GetFileName(files[i])}: {Summary(document)} · {outcome}");
                }
                else if (!json)
                {
                    await WriteDetailAsync(output, document, outcome);
                }
            }
        }
        finally
        {
            if (db is not null)
            {
                await db.DisposeAsync();
            }
        }

        if (json)
        {
            await output.WriteLineAsync(ImportReport.Json(rows.Select(r => r.Document)));
        }
        else if (files.Count > 1)
        {
            await WriteTableAsync(output, rows);
        }

        return rows.Any(r => r.Document.Findings.Any(f => f.Remedy == ErrorRemedy.Fix || (f.Remedy == ErrorRemedy.Override && !accepted.Contains(f.Code)))) ? 1 : 0;
    }

    /// <summary>
    /// A relative path is the user's: <c>dotnet run</c> starts a web project in its own folder, so a path that is not
    /// there is looked up from the shell's directory ($PWD), which the process inherits unchanged.
    /// </summary>
    private static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }

        var shell = Environment.GetEnvironmentVariable("PWD");
        var fromShell = string.IsNullOrEmpty(shell) ? path : Path.Combine(shell, path);
        return File.Exists(fromShell) || Directory.Exists(fromShell) ? fromShell : path;
    }

    private static string Summary(ImportedDocument document)
    {
        var errors = document.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = document.Findings.Count(f => f.Severity == Severity.Warning);
        return $"{(document.Kind == DocumentKind.Unknown ? "?" : document.Kind.ToString().ToUpperInvariant())} {document.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} {document.WorkUnit?.Name ?? "?"}, {errors} kesalahan, {warnings} peringatan, {document.Lines.Unaccounted} baris tak terjelaskan";
    }

    private static async Task WriteDetailAsync(TextWriter output, ImportedDocument document, string outcome)
    {
        await output.WriteLineAsync($"{document.File}: {Summary(document)}");
        foreach (var plan in document.Plans)
        {
            await output.WriteLineAsync($"  {plan.Kind.ToString().ToUpperInvariant()} {(plan.Entity == Domain.Organisation.EntityKind.Commission ? "KPU" : "Sekretariat")}: {plan.Goals.Count} sasaran, {plan.Indicators.Count()} indikator, {plan.Actions.Count()} aksi, pagu {IdFormat.Rupiah(plan.BudgetCeilingTotal.Value)}");
        }

        if (document.Budget is { } budget)
        {
            await output.WriteLineAsync($"  Anggaran: {budget.Lines.Count} baris kode, jumlah output {IdFormat.Rupiah(ImportReport.OutputsTotal(budget).Value)}, {budget.Revisions.Count} pagu tercatat");
        }

        foreach (var finding in document.Findings)
        {
            await output.WriteLineAsync($"  {Label(finding.Severity)} {finding.Code}{(finding.Line > 0 ? $" (baris {finding.Line})" : string.Empty)}: {finding.Message}");
        }

        await output.WriteLineAsync($"  Baris: {document.Lines.Total} berisi, {document.Lines.Used} dipakai, {document.Lines.Ignored} diabaikan dengan alasan, {document.Lines.Unaccounted} tak terjelaskan.");
        await output.WriteLineAsync($"  → {outcome}");
    }

    private static async Task WriteTableAsync(TextWriter output, List<(ImportedDocument Document, string Outcome)> rows)
    {
        var table = new StringBuilder();
        table.AppendLine();
        table.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{"Berkas",-40} {"Jenis",-5} {"Tahun",-5} {"Rencana",7} {"Kesalahan",9} {"Peringatan",10} {"Tak terjelaskan",15}");
        foreach (var (document, _) in rows)
        {
            var name = document.File.Length > 40 ? document.File[..37] + "…" : document.File;
            table.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{name,-40} {(document.Kind == DocumentKind.Unknown ? "?" : document.Kind.ToString().ToUpperInvariant()),-5} {document.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?",-5} {document.Plans.Count,7} {document.Findings.Count(f => f.Severity == Severity.Error),9} {document.Findings.Count(f => f.Severity == Severity.Warning),10} {document.Lines.Unaccounted,15}");
        }

        table.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{rows.Count} dokumen, {rows.Count(r => !r.Document.HasErrors)} tanpa kesalahan.");
        await output.WriteAsync(table.ToString());
    }

    private static string Label(Severity severity) => severity switch
    {
        Severity.Error => "KESALAHAN",
        Severity.Warning => "Peringatan",
        _ => "Catatan",
    };
}
