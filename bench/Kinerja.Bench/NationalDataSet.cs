using System.Diagnostics;
using System.Globalization;
using Kinerja.Access;
using Kinerja.Data;
using Kinerja.Demo;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Bench;

/// <summary>
/// The synthetic nation for the monitoring load tests: the national unit, 38 provinces and 514 regencies/cities (as many as the
/// KPU has), each with the demo's year of plans, budget, four quarters of realisation and monthly RPD and spending.
/// <c>dotnet run -c Release --project bench/Kinerja.Bench -- national &lt;data folder&gt; [regencies/cities (514)] [provinces (38)]</c>
/// writes <c>kinerja.db</c> (SQLite) in the folder; with <c>KINERJA_BENCH_POSTGRES</c> set to a connection string it fills that
/// database instead. Names and codes are made up ("KPU Kabupaten Sintetis 0001"); the regencies are spread evenly over the provinces.
/// </summary>
public static class NationalDataSet
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var folder = Path.GetFullPath(args[1]);
        var regencies = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 514;
        var provinces = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 38;
        Directory.CreateDirectory(folder);
        var postgres = Environment.GetEnvironmentVariable("KINERJA_BENCH_POSTGRES");
        var settings = postgres is { Length: > 0 }
            ? new DatabaseSettings(DatabaseProvider.Postgres, postgres)
            : new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "kinerja.db")}");

        var clock = Stopwatch.StartNew();
        await using var db = settings.CreateContext(WorkUnitScope.National);
        await db.Database.MigrateAsync();
        if (await db.WorkUnits.AnyAsync())
        {
            await Console.Error.WriteLineAsync($"national: the database in {folder} already holds work units; give an empty folder.");
            return 2;
        }

        var counts = await DemoData.LoadAsync(db, Provinces(provinces, regencies));
        var realisations = await db.Reports.SelectMany(r => r.Realisations).CountAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"national: {counts.WorkUnits} work units, {counts.Plans} plans, {counts.BudgetVersions} budget versions, {realisations} realisations in {clock.Elapsed.TotalSeconds:0.0} s ({settings.Provider})"));
        return 0;
    }

    /// <summary><paramref name="provinces"/> provinces sharing <paramref name="regencies"/> regencies/cities as evenly as they go.</summary>
    public static IReadOnlyList<DemoProvince> Provinces(int provinces, int regencies)
    {
        var list = new List<DemoProvince>();
        var next = 0;
        for (var p = 0; p < provinces; p++)
        {
            var count = (regencies / provinces) + (p < regencies % provinces ? 1 : 0);
            var children = Enumerable.Range(next, count).Select(r => new DemoRegency(
                string.Create(CultureInfo.InvariantCulture, $"KPU {(r % 5 == 0 ? "Kota" : "Kabupaten")} Sintetis {r + 1:0000}"),
                string.Create(CultureInfo.InvariantCulture, $"({(r - next) + 1:00}) {(r % 5 == 0 ? "KOTA" : "KABUPATEN")} SINTETIS {r + 1:0000}"),
                string.Create(CultureInfo.InvariantCulture, $"Kota Sintetis {r + 1:0000}"),
                string.Create(CultureInfo.InvariantCulture, $"{100 + p:000}{(r - next) + 1:000}"))).ToList();
            next += count;
            list.Add(new DemoProvince(
                string.Create(CultureInfo.InvariantCulture, $"KPU Provinsi Sintetis {p + 1:00}"),
                string.Create(CultureInfo.InvariantCulture, $"({p + 11:00}) PROVINSI SINTETIS {p + 1:00}"),
                string.Create(CultureInfo.InvariantCulture, $"Ibu Kota Sintetis {p + 1:00}"),
                string.Create(CultureInfo.InvariantCulture, $"{100 + p:000}100"),
                children));
        }

        return list;
    }
}
