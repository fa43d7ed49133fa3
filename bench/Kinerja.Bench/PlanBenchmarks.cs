using BenchmarkDotNet.Attributes;
using Kinerja.Access;
using Kinerja.Data;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Bench;

/// <summary>
/// The planning model's hot paths at the size of a real RAK (60 action rows): reading targets, checking a plan,
/// and loading a whole plan from SQLite. Figures go to docs/performance.md.
/// </summary>
[MemoryDiagnoser]
public class PlanBenchmarks
{
    private static readonly string[] TargetTexts =
        ["95%", "100 %", "97.5 %", "B", "WTP", "4 lap", "8 Kali", "3,4", "35", "1 Dok", "6 kec. 29 kel", "80–90%", "sesuai jadwal"];

    private PerformancePlan _plan = null!;
    private BudgetVersion _budget = null!;
    private DatabaseSettings _settings = null!;
    private string _folder = null!;

    [GlobalSetup]
    public void Setup()
    {
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        var province = WorkUnit.CreateProvince("KPU Provinsi Uji", nation, Region.Parse("(99) UJI"), "Uji");
        var unit = WorkUnit.CreateRegencyCity("KPU Kota Uji", province, Region.Parse("(01) KOTA UJI"), "Uji");
        _budget = BudgetVersion.CreateOriginal(unit.Id, new FiscalYear(2026));
        var program = _budget.AddLine(null, BudgetCode.Parse("076.01.WA"), "Program");
        var activity = _budget.AddLine(program, BudgetCode.Parse("3355"), "Kegiatan");
        for (var o = 1; o <= 20; o++)
        {
            _budget.AddLine(activity, BudgetCode.Parse($"3355.{o:000}"), $"Output {o}", Volume.Parse("1 Laporan"), new Rupiah(50_000_000));
        }

        _plan = SixtyRowRak(unit);
        _folder = Directory.CreateTempSubdirectory("kinerja-bench-").FullName;
        _settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "bench.db")}");
        using var db = _settings.CreateContext(WorkUnitScope.National);
        db.Database.Migrate();
        db.WorkUnits.AddRange(nation, province, unit);
        db.Plans.Add(_plan);
        db.SaveChanges();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "Target.Parse, 13 forms")]
    public int ParseTargets()
    {
        var typed = 0;
        foreach (var text in TargetTexts)
        {
            typed += Target.Parse(text).IsTyped ? 1 : 0;
        }

        return typed;
    }

    [Benchmark(Description = "PlanChecks.Run, 60-row RAK with budget")]
    public int CheckPlan() => PlanChecks.Run(_plan, _budget).Count;

    [Benchmark(Description = "Load a 60-row RAK from SQLite")]
    public async Task<int> LoadPlan()
    {
        await using var db = _settings.CreateContext(WorkUnitScope.National);
        var plan = await PlanQueries.FindAsync(db, _plan.Id);
        return plan!.Actions.Count();
    }

    public static PerformancePlan SixtyRowRak(WorkUnit unit)
    {
        var plan = PerformancePlan.Create(unit.Id, EntityKind.Secretariat, new FiscalYear(2026), PlanKind.Rak, ScheduleStyle.Quarterly);
        for (var g = 1; g <= 20; g++)
        {
            var goal = plan.AddGoal($"Sasaran uji nomor {g} yang cukup panjang seperti di dokumen", GoalLevel.Strategic, null, g.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var indicator = plan.AddIndicator(goal, $"Persentase capaian indikator uji {g}", Target.Parse(TargetTexts[g % TargetTexts.Length]));
            for (var a = 1; a <= 3; a++)
            {
                var action = plan.AddAction(indicator, $"Aksi {a} untuk sasaran {g}", Target.Parse("100%"), null, new Rupiah(10_000_000), BudgetCode.Parse($"3355.{g:000}"));
                plan.Schedule(action, Period.Quarter(a));
                plan.Schedule(action, Period.Quarter(4), "12 Pegawai");
            }
        }

        return plan;
    }
}
