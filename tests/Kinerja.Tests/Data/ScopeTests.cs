using Kinerja.Access;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Data;

/// <summary>Plan data is read and written only inside the current user's work-unit scope.</summary>
public sealed class ScopeTests
{
    private static async Task<(TestDatabase Database, Samples.Hierarchy Units)> SeededAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var units = Samples.Units();
        await using var db = database.Context();
        db.WorkUnits.AddRange(units.All);
        foreach (var unit in new[] { units.CityA1, units.CityA2, units.CityB1, units.ProvinceA })
        {
            db.Plans.Add(Samples.Rak(unit));
            db.BudgetVersions.Add(Samples.Budget(unit));
        }

        await db.SaveChangesAsync();
        return (database, units);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_regency_city_sees_only_its_own_data(string provider)
    {
        var (database, units) = await SeededAsync(provider);
        await using var _ = database;
        await using var national = database.Context();
        var scope = await WorkUnitScopes.ForWorkUnitAsync(national, units.CityA1.Id);

        await using var db = database.Context(scope);

        Assert.Equal([units.CityA1.Id], await db.Plans.Select(p => p.WorkUnitId).Distinct().ToListAsync());
        Assert.Equal([units.CityA1.Id], await db.BudgetVersions.Select(b => b.WorkUnitId).ToListAsync());
        Assert.Equal([units.CityA1.Id], await db.WorkUnits.Select(w => w.Id).ToListAsync());
        Assert.Null(await PlanQueries.Loaded(db).FirstOrDefaultAsync(p => p.WorkUnitId == units.CityA2.Id));
        Assert.Single(await WorkUnitQueries.TreeAsync(db));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_province_sees_its_regencies_and_cities_but_not_another_province(string provider)
    {
        var (database, units) = await SeededAsync(provider);
        await using var _ = database;
        await using var national = database.Context();
        var scope = await WorkUnitScopes.ForWorkUnitAsync(national, units.ProvinceA.Id);

        await using var db = database.Context(scope);

        var visible = await db.Plans.Select(p => p.WorkUnitId).ToListAsync();
        Assert.Equal(new[] { units.ProvinceA.Id, units.CityA1.Id, units.CityA2.Id }.Order(), visible.Order());
        Assert.DoesNotContain(units.CityB1.Id, await db.BudgetVersions.Select(b => b.WorkUnitId).ToListAsync());
        Assert.Equal(["KPU Provinsi Alfa", "KPU Kabupaten Alfa Dua", "KPU Kota Alfa Satu"], (await WorkUnitQueries.TreeAsync(db)).Select(n => n.Name));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_nation_sees_everything(string provider)
    {
        var (database, units) = await SeededAsync(provider);
        await using var _ = database;
        await using var national = database.Context();
        var scope = await WorkUnitScopes.ForWorkUnitAsync(national, units.Nation.Id);

        await using var db = database.Context(scope);

        Assert.True(scope.IsNational);
        Assert.Equal(4, await db.Plans.CountAsync());
        Assert.Equal(6, await db.WorkUnits.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Writing_another_units_plan_is_refused_and_nothing_is_stored(string provider)
    {
        var (database, units) = await SeededAsync(provider);
        await using var _ = database;
        await using var national = database.Context();
        var scope = await WorkUnitScopes.ForWorkUnitAsync(national, units.CityA1.Id);

        await using (var db = database.Context(scope))
        {
            var intruder = Kinerja.Domain.Planning.PerformancePlan.Create(
                units.CityB1.Id, Kinerja.Domain.Organisation.EntityKind.Commission, Samples.Year, Kinerja.Domain.Planning.PlanKind.Rkt);
            intruder.AddGoal("Sasaran yang disisipkan");
            db.Plans.Add(intruder);
            var own = Kinerja.Domain.Planning.PerformancePlan.Create(
                units.CityA1.Id, Kinerja.Domain.Organisation.EntityKind.Commission, Samples.Year, Kinerja.Domain.Planning.PlanKind.Rkt);
            db.Plans.Add(own);

            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using var check = database.Context();
        Assert.Equal(4, await check.Plans.CountAsync());
    }
}
