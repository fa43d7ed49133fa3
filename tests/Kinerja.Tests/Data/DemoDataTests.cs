using Kinerja.Demo;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Data;

public sealed class DemoDataTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_holds_every_plan_kind_both_schedule_styles_and_a_revised_budget(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Context())
        {
            var counts = await DemoData.LoadAsync(db);
            Assert.Equal(new DemoCounts(7, 42, 14), counts);
        }

        await using var read = database.Context();
        var units = await read.WorkUnits.AsNoTracking().ToListAsync();
        var plans = await PlanQueries.Loaded(read).AsNoTracking().ToListAsync();
        var budgets = await BudgetQueries.LatestAsync(read, DemoData.Year);

        Assert.Equal(1, units.Count(u => u.Level == WorkUnitLevel.National));
        Assert.Equal(2, units.Count(u => u.Level == WorkUnitLevel.Province));
        Assert.Equal(4, units.Count(u => u.Level == WorkUnitLevel.RegencyCity));
        Assert.All(units.Where(u => u.Level == WorkUnitLevel.RegencyCity), u => Assert.Equal(WorkUnitLevel.Province, units.Single(p => p.Id == u.ParentId).Level));
        Assert.All(units, u => Assert.NotNull(u.HeadOf(EntityKind.Secretariat)?.Nip));
        Assert.Equal([PlanKind.Rkt, PlanKind.Pk, PlanKind.Rak], plans.Select(p => p.Kind).Distinct().Order());
        Assert.Contains(plans, p => p.ScheduleStyle == ScheduleStyle.Quarterly);
        Assert.Contains(plans, p => p.ScheduleStyle == ScheduleStyle.Monthly);
        Assert.Contains(plans.SelectMany(p => p.Actions).SelectMany(a => a.Schedule), e => e.Value is not null);
        Assert.All(plans, p => Assert.NotNull(p.Signature));
        Assert.Equal(
            [TargetKind.Percentage, TargetKind.Quantity, TargetKind.Index, TargetKind.Range, TargetKind.Grade, TargetKind.AuditOpinion, TargetKind.CompoundCount],
            plans.SelectMany(p => p.Indicators).Select(i => i.Target!.Value.Kind).Distinct().Order());

        Assert.Equal(7, budgets.Count);
        Assert.All(budgets.Values, b => Assert.Equal(1, b.Number));
        var versions = await read.BudgetVersions.AsNoTracking().Include(b => b.Lines).Where(b => b.WorkUnitId == units[0].Id).OrderBy(b => b.Number).ToListAsync();
        Assert.Contains(BudgetComparison.Compare(versions[0], versions[1]), c => c.Kind == BudgetChangeKind.Added);
        Assert.True(versions[1].Total > versions[0].Total);

        // The demo is a good example: its plans and budgets pass every check.
        Assert.All(plans, p => Assert.Empty(PlanChecks.Run(p, budgets[p.WorkUnitId])));
        Assert.All(budgets.Values, b => Assert.Empty(BudgetChecks.Run(b)));
        Assert.All(plans.Where(p => p.Kind == PlanKind.Rak), p => Assert.True(p.BudgetCeilingTotal > Rupiah.Zero));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_longer_province_list_loads_every_unit_with_its_year_and_repeats_the_seven_patterns(string provider)
    {
        // Three provinces sharing eleven regencies/cities, as bench/'s synthetic nation builds 38 sharing 514.
        var provinces = Enumerable.Range(0, 3).Select(p => new DemoProvince(
            $"KPU Provinsi Uji {p}", $"({11 + p}) PROVINSI UJI {p}", $"Kota Uji {p}", $"{100 + p}100",
            [.. Enumerable.Range(0, p == 0 ? 5 : 3).Select(r => new DemoRegency($"KPU Kabupaten Uji {p}-{r}", $"({r + 1:00}) KABUPATEN UJI {p}-{r}", "Kota Uji", $"{100 + p}{r + 1:000}"))])).ToList();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Context())
        {
            Assert.Equal(new DemoCounts(15, 90, 30), await DemoData.LoadAsync(db, provinces));
        }

        await using var read = database.Context();
        var units = await read.WorkUnits.AsNoTracking().ToListAsync();
        Assert.Equal(11, units.Count(u => u.Level == WorkUnitLevel.RegencyCity));
        Assert.Equal(5, units.Count(u => u.ParentId == units.Single(x => x.Name == "KPU Provinsi Uji 0").Id));
        Assert.Equal(30, await read.Reports.CountAsync());
        Assert.Equal(15, await read.BudgetRealisations.CountAsync());
        // The unit at position 3 in each run of seven (Lebak's pattern) spends behind its RPD: positions 3 and 10 of fifteen.
        var spending = await read.BudgetRealisations.AsNoTracking().ToListAsync();
        // Positions 6 and 13 report their secretariat PK by month.
        Assert.Equal(2, await read.Reports.CountAsync(r => r.PeriodStyle == ScheduleStyle.Monthly));
        Assert.Equal(2, spending.Count(s => s.Months.Sum(m => m.Realised?.Value ?? 0) < s.Months.Sum(m => m.Planned.Value) * 80 / 100));
    }
}
