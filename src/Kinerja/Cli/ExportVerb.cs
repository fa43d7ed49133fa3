using System.Globalization;
using Kinerja.Access;
using Kinerja.Data;
using Kinerja.Documents;
using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Pdf;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Cli;

/// <summary>
/// <c>export &lt;rkt|pk|rak|rka&gt; --unit &lt;satker, id or name&gt; --year yyyy [--entity commission|secretariat] --format pdf|xlsx|docx|html --out file</c>,
/// or with <c>--all</c> instead of <c>--unit</c> and a folder as <c>--out</c>: one document for every work unit in scope, with a progress bar.
/// Options: <c>--paper a4|f4</c>, <c>--no-letterhead</c>, <c>--pdf-engine chromium|direct</c> (Chromium prints the preview's HTML;
/// direct lays the PDF out itself, about a hundred times faster, for batches).
/// </summary>
public static class ExportVerb
{
    public static async Task<int> RunAsync(string[] args, DatabaseSettings settings, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        string? Option(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

        if (args.Length == 0 || !Enum.TryParse<DocumentKindArgument>(args[0], ignoreCase: true, out var kind))
        {
            await output.WriteLineAsync("Penggunaan: export <rkt|pk|rak|rka> --unit <kode satker|id|nama> --year <tahun> [--entity commission|secretariat] --format <pdf|xlsx|docx|html> --out <berkas> [--paper a4|f4] [--no-letterhead] [--pdf-engine chromium|direct]");
            await output.WriteLineAsync("           export <rkt|pk|rak|rka> --all --year <tahun> --format <…> --out <folder>");
            return 2;
        }

        if (!int.TryParse(Option("--year"), NumberStyles.None, CultureInfo.InvariantCulture, out var yearValue) || yearValue is < FiscalYear.First or > FiscalYear.Last)
        {
            await output.WriteLineAsync("Gagal: --year memerlukan tahun anggaran, contoh: --year 2026.");
            return 2;
        }

        if (!Enum.TryParse<OutputFormat>(Option("--format") ?? string.Empty, ignoreCase: true, out var format))
        {
            await output.WriteLineAsync("Gagal: --format harus pdf, xlsx, docx atau html.");
            return 2;
        }

        var entityText = Option("--entity") ?? "commission";
        if (entityText is not ("commission" or "secretariat"))
        {
            await output.WriteLineAsync("Gagal: --entity harus commission atau secretariat.");
            return 2;
        }

        var target = Option("--out");
        if (target is null)
        {
            await output.WriteLineAsync("Gagal: --out wajib diisi (berkas, atau folder untuk --all).");
            return 2;
        }

        var entity = entityText == "secretariat" ? EntityKind.Secretariat : EntityKind.Commission;
        var options = new DocumentOptions(string.Equals(Option("--paper"), "f4", StringComparison.OrdinalIgnoreCase) ? PaperSize.F4 : PaperSize.A4, !args.Contains("--no-letterhead"));
        var year = new FiscalYear(yearValue);
        await using var db = settings.CreateContext(WorkUnitScope.National);
        var engine = Option("--pdf-engine") ?? "chromium";
        if (engine is not ("chromium" or "direct"))
        {
            await output.WriteLineAsync("Gagal: --pdf-engine harus chromium atau direct.");
            return 2;
        }

        await using var writer = new DocumentWriter(format == OutputFormat.Pdf && engine == "chromium" ? await ChromiumPdf.StartAsync(2) : null);

        if (args.Contains("--all"))
        {
            Directory.CreateDirectory(target);
            var nodes = await WorkUnitQueries.TreeAsync(db);
            var units = await db.WorkUnits.AsNoTracking().ToDictionaryAsync(w => w.Id);
            var written = 0;
            var missing = 0;
            for (var i = 0; i < nodes.Count; i++)
            {
                var unit = units[nodes[i].Id];
                var source = await SourceAsync(db, kind, unit, year, entity);
                if (source is null)
                {
                    missing++;
                }
                else
                {
                    var file = Path.Combine(target, FileName(kind, unit, year, entity, format));
                    await using var stream = File.Create(file);
                    await writer.WriteAsync(source, format, options, stream);
                    written++;
                }

                await output.WriteAsync($"\r[{new string('#', (i + 1) * 30 / nodes.Count),-30}] {i + 1}/{nodes.Count} {Shorten(unit.Name),-40}");
            }

            await output.WriteLineAsync();
            await output.WriteLineAsync($"{written} dokumen ditulis ke {target}; {missing} satuan kerja tanpa {kind.ToString().ToUpperInvariant()} tahun {year}.");
            return 0;
        }

        var unitName = Option("--unit");
        if (unitName is null)
        {
            await output.WriteLineAsync("Gagal: sebut --unit (kode satker, id, atau nama seperti \"KPU Provinsi Banten\") atau --all.");
            return 2;
        }

        var found = await DocumentQueries.FindUnitAsync(db, unitName);
        if (found is null)
        {
            await output.WriteLineAsync($"Gagal: satuan kerja \"{unitName}\" tidak ditemukan.");
            return 1;
        }

        var document = await SourceAsync(db, kind, found, year, entity);
        if (document is null)
        {
            await output.WriteLineAsync($"Gagal: {found.Name} belum memiliki {kind.ToString().ToUpperInvariant()}{(kind == DocumentKindArgument.Rka ? string.Empty : " " + (entity == EntityKind.Commission ? "KPU" : "Sekretariat"))} tahun {year}.");
            return 1;
        }

        await using (var stream = File.Create(target))
        {
            await writer.WriteAsync(document, format, options, stream);
        }

        await output.WriteLineAsync($"Ditulis: {target} ({new FileInfo(target).Length.ToString("#,0", IdFormat.Numbers)} bita).");
        return 0;
    }

    private static async Task<object?> SourceAsync(KinerjaDbContext db, DocumentKindArgument kind, WorkUnit unit, FiscalYear year, EntityKind entity) => kind switch
    {
        DocumentKindArgument.Rka => await DocumentQueries.RkaAsync(db, unit, year),
        DocumentKindArgument.Rkt => await DocumentQueries.PlanAsync(db, unit, year, PlanKind.Rkt, entity),
        DocumentKindArgument.Pk => await DocumentQueries.PlanAsync(db, unit, year, PlanKind.Pk, entity),
        _ => await DocumentQueries.PlanAsync(db, unit, year, PlanKind.Rak, entity),
    };

    private static string FileName(DocumentKindArgument kind, WorkUnit unit, FiscalYear year, EntityKind entity, OutputFormat format)
    {
        var who = unit.SatkerCode ?? unit.Id.ToString("N")[..8];
        var part = kind == DocumentKindArgument.Rka ? string.Empty : entity == EntityKind.Commission ? "-kpu" : "-sekretariat";
        return $"{kind.ToString().ToLowerInvariant()}-{year}-{who}{part}.{format.ToString().ToLowerInvariant()}";
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
