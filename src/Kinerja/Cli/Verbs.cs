using System.Globalization;
using Kinerja.Access;
using Kinerja.Data;
using Kinerja.Demo;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Cli;

/// <summary>
/// Command-line verbs beside the web server: <c>dotnet run --project src/Kinerja -- &lt;verb&gt;</c>.
/// They use the same configuration (Database:Provider, ConnectionStrings:Kinerja) as the web app.
/// </summary>
public static class Verbs
{
    private static readonly Dictionary<string, string> Help = new(StringComparer.Ordinal)
    {
        ["migrate"] = "membuat atau memperbarui basis data ke migrasi terakhir",
        ["demo"] = "memuat data demo ke basis data yang masih kosong",
        ["units"] = "menampilkan daftar satuan kerja",
        ["checks"] = "memeriksa semua rencana suatu tahun: checks [--year 2026]",
        ["import"] = "mengimpor dokumen RAK/RKT/PK/RKA: import <berkas atau folder>… [--dry-run] [--json] [--province NAMA] [--unit KODE|NAMA] [--accept KODE]…",
        ["user"] = "mengelola pengguna dan perannya: " + UserVerb.Usage,
        ["export"] = "menulis dokumen resmi: export <rkt|pk|rak|rka|monev|lkj> --unit <satker|nama> --year <tahun> [--entity commission|secretariat] [--quarter 1-4] --format <pdf|xlsx|docx|html> --out <berkas> (atau --all --out <folder>)",
        ["help"] = "menampilkan bantuan ini",
    };

    public static bool IsVerb(string arg) => Help.ContainsKey(arg);

    /// <summary>
    /// Runs one verb. <paramref name="input"/> is standard input, for <c>user add --password-stdin</c> (the console's when not given);
    /// <paramref name="configuration"/> gives <c>PublicUrl</c>, the address the set-up links of <c>user</c> start with.
    /// </summary>
    public static async Task<int> RunAsync(string verb, string[] args, DatabaseSettings settings, TimeProvider clock, TextWriter output, TextReader? input = null, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(clock);
        try
        {
            switch (verb)
            {
                case "migrate":
                    await using (var db = settings.CreateContext(WorkUnitScope.National))
                    {
                        await db.Database.MigrateAsync();
                    }

                    await output.WriteLineAsync($"Basis data ({settings.Provider}) sudah pada migrasi terakhir.");
                    return 0;
                case "demo":
                    return await DemoAsync(settings, clock, output);
                case "units":
                    return await UnitsAsync(settings, output);
                case "export":
                    return await ExportVerb.RunAsync(args, settings, clock, output);
                case "user":
                    return await UserVerb.RunAsync(args, settings, clock, input ?? Console.In, configuration?["PublicUrl"] ?? UserVerb.DefaultPublicUrl, output);
                case "import":
                    return await ImportVerb.RunAsync(args, settings, clock, output);
                case "checks":
                    return await ChecksAsync(settings, Year(args, clock), output);
                default:
                    await output.WriteLineAsync("Penggunaan: Kinerja [perintah] (tanpa perintah: menjalankan server web)");
                    foreach (var (name, text) in Help)
                    {
                        await output.WriteLineAsync($"  {name,-8} {text}");
                    }

                    return 0;
            }
        }
        catch (RuleViolationException ex)
        {
            await output.WriteLineAsync($"Gagal: {ex.Message} [{ex.Code}]");
            return 2;
        }
    }

    private static FiscalYear Year(string[] args, TimeProvider clock)
    {
        var at = Array.IndexOf(args, "--year");
        if (at < 0)
        {
            return new FiscalYear(clock.GetLocalNow().Year);
        }

        return at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? new FiscalYear(year)
            : throw new RuleViolationException("CLI_YEAR", "--year memerlukan tahun, contoh: --year 2026.");
    }

    private static async Task<int> DemoAsync(DatabaseSettings settings, TimeProvider clock, TextWriter output)
    {
        await using var db = settings.CreateContext(WorkUnitScope.National);
        await db.Database.MigrateAsync();
        if (await db.WorkUnits.AnyAsync())
        {
            await output.WriteLineAsync("Basis data sudah berisi satuan kerja; data demo tidak dimuat agar tidak tercampur.");
            return 1;
        }

        var counts = await DemoData.LoadAsync(db);
        await output.WriteLineAsync($"Data demo dimuat: {counts.WorkUnits} satuan kerja, {counts.Plans} rencana, {counts.BudgetVersions} versi anggaran.");
        foreach (var (user, unit) in await DemoUsers.CreateAsync(settings, clock))
        {
            await output.WriteLineAsync(DemoUsers.Line(user, unit));
        }

        return 0;
    }

    private static async Task<int> UnitsAsync(DatabaseSettings settings, TextWriter output)
    {
        await using var db = settings.CreateContext(WorkUnitScope.National);
        var units = await WorkUnitQueries.TreeAsync(db);
        foreach (var unit in units)
        {
            await output.WriteLineAsync($"{new string(' ', unit.Depth * 2)}{unit.SatkerCode ?? "------"}  {unit.Name}");
        }

        return 0;
    }

    private static async Task<int> ChecksAsync(DatabaseSettings settings, FiscalYear year, TextWriter output)
    {
        await using var db = settings.CreateContext(WorkUnitScope.National);
        var plans = await PlanQueries.Loaded(db).Where(p => p.Year == year).ToListAsync();
        var budgets = await BudgetQueries.LatestAsync(db, year);
        var names = await db.WorkUnits.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Name);
        var total = 0;
        foreach (var plan in plans.OrderBy(p => names[p.WorkUnitId], StringComparer.Ordinal).ThenBy(p => p.Kind).ThenBy(p => p.Entity))
        {
            var findings = PlanChecks.Run(plan, budgets.GetValueOrDefault(plan.WorkUnitId));
            total += findings.Count;
            foreach (var finding in findings)
            {
                await output.WriteLineAsync($"{names[plan.WorkUnitId]} · {plan.Kind.ToString().ToUpperInvariant()} {PlanLabels.Entity(plan.Entity)} · {finding.Severity} {finding.Code} · {finding.Location}: {finding.Message}");
            }
        }

        foreach (var budget in budgets.Values)
        {
            foreach (var finding in BudgetChecks.Run(budget))
            {
                total++;
                await output.WriteLineAsync($"{names[budget.WorkUnitId]} · anggaran · {finding.Severity} {finding.Code} · {finding.Location}: {finding.Message}");
            }
        }

        await output.WriteLineAsync($"{plans.Count} rencana tahun {year} diperiksa, {total} temuan.");
        return 0;
    }
}
