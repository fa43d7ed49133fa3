using System.Globalization;
using Kinerja.Access;
using Kinerja.Data;
using Kinerja.Documents;
using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Pdf;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Monitoring;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Cli;

/// <summary>
/// <c>export &lt;rkt|pk|rak|rka|monev|lkj&gt; --unit &lt;satker, id or name&gt; --year yyyy [--entity commission|secretariat] [--quarter 1-4] --format pdf|xlsx|docx|html --out file</c>,
/// or with <c>--all</c> instead of <c>--unit</c> and a folder as <c>--out</c>: one document for every work unit in scope, with a progress bar.
/// Options: <c>--paper a4|f4</c>, <c>--no-letterhead</c>, <c>--pdf-engine chromium|direct</c> (Chromium prints the preview's HTML;
/// direct lays the PDF out itself, about a hundred times faster, for batches). The monitoring documents (monev, lkj) need
/// <c>--quarter</c>; they are signed with the date of the day at the unit's place, as the web's downloads are.
/// </summary>
public static class ExportVerb
{
    public static async Task<int> RunAsync(string[] args, DatabaseSettings settings, TimeProvider clock, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(output);
        string? Option(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

        if (args.Length == 0 || !Enum.TryParse<DocumentKindArgument>(args[0], ignoreCase: true, out var kind))
        {
            await output.WriteLineAsync("Penggunaan: export <rkt|pk|rak|rka> --unit <kode satker|id|nama> --year <tahun> [--entity commission|secretariat] --format <pdf|xlsx|docx|html> --out <berkas> [--paper a4|f4] [--no-letterhead] [--pdf-engine chromium|direct]");
            await output.WriteLineAsync("           export monev --unit <…> --year <tahun> --quarter <1-4> --format <…> --out <berkas>");
            await output.WriteLineAsync("           export lkj --unit <…> --year <tahun> --entity <commission|secretariat> --quarter <1-4> --format <…> --out <berkas>");
            await output.WriteLineAsync("           export <rkt|pk|rak|rka|monev|lkj> --all --year <tahun> [--quarter <1-4>] --format <…> --out <folder>");
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

        var monitoring = kind is DocumentKindArgument.Monev or DocumentKindArgument.Lkj;
        var quarter = 0;
        if (monitoring && !(int.TryParse(Option("--quarter"), NumberStyles.None, CultureInfo.InvariantCulture, out quarter) && quarter is >= 1 and <= 4))
        {
            await output.WriteLineAsync("Gagal: --quarter memerlukan triwulan 1 sampai 4, contoh: --quarter 2.");
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
        var request = new Request(kind, year, entity, quarter, clock.GetUtcNow());
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
                var source = await SourceAsync(db, request, unit);
                if (source is null)
                {
                    missing++;
                }
                else
                {
                    var file = Path.Combine(target, FileName(request, unit, format));
                    await using var stream = File.Create(file);
                    await writer.WriteAsync(source, format, options, stream);
                    written++;
                }

                await output.WriteAsync($"\r[{new string('#', (i + 1) * 30 / nodes.Count),-30}] {i + 1}/{nodes.Count} {Shorten(unit.Name),-40}");
            }

            await output.WriteLineAsync();
            await output.WriteLineAsync($"{written} dokumen ditulis ke {target}; {missing} satuan kerja tanpa {Missing(request)}.");
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

        var document = await SourceAsync(db, request, found);
        if (document is null)
        {
            await output.WriteLineAsync($"Gagal: {found.Name} belum memiliki {Missing(request)}.");
            return 1;
        }

        await using (var stream = File.Create(target))
        {
            await writer.WriteAsync(document, format, options, stream);
        }

        await output.WriteLineAsync($"Ditulis: {target} ({new FileInfo(target).Length.ToString("#,0", IdFormat.Numbers)} bita).");
        return 0;
    }

    private static async Task<object?> SourceAsync(KinerjaDbContext db, Request request, WorkUnit unit)
    {
        switch (request.Kind)
        {
            case DocumentKindArgument.Rka:
                return await DocumentQueries.RkaAsync(db, unit, request.Year);
            case DocumentKindArgument.Monev or DocumentKindArgument.Lkj:
                var view = await QuarterView.LoadAsync(db, unit.Id, request.Year, request.Quarter, CancellationToken.None);
                var signedOn = LocalTime.Date(request.At, unit);
                if (view is null)
                {
                    return null;
                }

                if (request.Kind == DocumentKindArgument.Monev)
                {
                    return MonitoringDocuments.Report(view, signedOn);
                }

                return view.Sections.FirstOrDefault(s => s.Entity == request.Entity) is { } section ? MonitoringDocuments.Lkj(view, section, signedOn) : null;
            default:
                var plan = request.Kind switch
                {
                    DocumentKindArgument.Rkt => PlanKind.Rkt,
                    DocumentKindArgument.Pk => PlanKind.Pk,
                    _ => PlanKind.Rak,
                };
                return await DocumentQueries.PlanAsync(db, unit, request.Year, plan, request.Entity);
        }
    }

    /// <summary>"rak-2026-670701-kpu.pdf", "monev-2026-tw2-670701.pdf", "lkj-2026-tw4-670701-sekretariat.xlsx".</summary>
    private static string FileName(Request request, WorkUnit unit, OutputFormat format)
    {
        var who = unit.SatkerCode ?? unit.Id.ToString("N")[..8];
        var part = request.Kind is DocumentKindArgument.Rka or DocumentKindArgument.Monev ? string.Empty : request.Entity == EntityKind.Commission ? "-kpu" : "-sekretariat";
        var quarter = request.Quarter > 0 ? string.Create(CultureInfo.InvariantCulture, $"-tw{request.Quarter}") : string.Empty;
        return $"{request.Kind.ToString().ToLowerInvariant()}-{request.Year}{quarter}-{who}{part}.{format.ToString().ToLowerInvariant()}";
    }

    /// <summary>What a unit lacks when there is nothing to write: "RAK Sekretariat tahun 2026", "PK KPU tahun 2026 (untuk LKj TW II)".</summary>
    private static string Missing(Request request)
    {
        var who = request.Entity == EntityKind.Commission ? "KPU" : "Sekretariat";
        return request.Kind switch
        {
            DocumentKindArgument.Rka => $"RKA tahun {request.Year}",
            DocumentKindArgument.Monev => $"data monitoring tahun {request.Year}",
            DocumentKindArgument.Lkj => $"PK {who} tahun {request.Year} (untuk LKj {MonitoringLabels.Quarter(request.Quarter)})",
            _ => $"{request.Kind.ToString().ToUpperInvariant()} {who} tahun {request.Year}",
        };
    }

    /// <summary>What is asked for: the document, its year, entity and quarter (monitoring documents only), and when (the signature's date).</summary>
    private sealed record Request(DocumentKindArgument Kind, FiscalYear Year, EntityKind Entity, int Quarter, DateTimeOffset At);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
