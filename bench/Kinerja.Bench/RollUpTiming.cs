using System.Diagnostics;
using System.Globalization;
using Kinerja.Access;
using Kinerja.Data;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Bench;

/// <summary>
/// How long the roll-ups take to load, without HTTP or rendering: <c>-- rollup &lt;data folder&gt; [runs (30)]</c> on a database
/// made by <see cref="NationalDataSet"/>. Prints the median and slowest of the national roll-up (provinces, with their
/// regencies/cities counted) and of the largest province's roll-up, each in one fresh context per run.
/// </summary>
public static class RollUpTiming
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Path.GetFullPath(args[1]), "kinerja.db")}");
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;
        var year = new FiscalYear(2026);
        List<(Guid Id, string Name)> provinces;
        List<(Guid Id, string Name)> largest;
        await using (var db = settings.CreateContext(WorkUnitScope.National))
        {
            var units = await db.WorkUnits.AsNoTracking().IgnoreAutoIncludes().Select(w => new { w.Id, w.Name, w.Level, w.ParentId }).ToListAsync();
            provinces = [.. units.Where(u => u.Level == WorkUnitLevel.Province).Select(u => (u.Id, u.Name))];
            largest = [.. units.Where(u => u.Level == WorkUnitLevel.RegencyCity).GroupBy(u => u.ParentId).OrderByDescending(g => g.Count()).First()
                .Select(u => (u.Id, u.Name))];
        }

        foreach (var (label, list, children) in new[] { ("national", provinces, true), ("largest province", largest, false) })
        {
            var times = new List<double>();
            for (var i = 0; i < runs + 3; i++)
            {
                await using var db = settings.CreateContext(WorkUnitScope.National);
                var clock = Stopwatch.StartNew();
                var rollUp = await RollUp.LoadAsync(db, list, year, 4, children, CancellationToken.None);
                if (i >= 3)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }

                if (i == 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {rollUp.Rows.Count} rows × {rollUp.Indicators.Count} shared indicators"));
                }
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: median {times[times.Count / 2]:0.0} ms, slowest {times[^1]:0.0} ms over {runs} runs"));
        }

        return 0;
    }
}
