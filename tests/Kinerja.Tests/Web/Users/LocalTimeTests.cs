using Kinerja.Changes;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Users;

/// <summary>Times on the pages are the unit's local time with its zone (WIB, WITA, WIT), never UTC.</summary>
public sealed class LocalTimeTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 7, 5, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_plans_change_list_shows_the_time_at_the_units_place(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var plans = new Dictionary<string, Guid>();
        await using (var db = app.Database.Context())
        {
            var nation = await db.WorkUnits.SingleAsync(w => w.Level == WorkUnitLevel.National);
            var bali = WorkUnit.CreateProvince("KPU Provinsi Bali", nation, Region.Parse("(22) BALI"), "Denpasar");
            var papua = WorkUnit.CreateProvince("KPU Provinsi Papua", nation, Region.Parse("(25) PAPUA"), "Jayapura");
            var jayapura = WorkUnit.CreateRegencyCity("KPU Kota Jayapura", papua, Region.Parse("(71) KOTA JAYAPURA"), "Jayapura");
            db.WorkUnits.AddRange(bali, papua, jayapura);
            var serang = await db.WorkUnits.SingleAsync(w => w.Name == "KPU Kota Serang");
            foreach (var unit in new[] { serang, bali, jayapura })
            {
                var plan = PerformancePlan.Create(unit.Id, EntityKind.Commission, new FiscalYear(2027), PlanKind.Rkt);
                db.Plans.Add(plan);
                ChangeLog.Record(db, ChangeSubject.Plan, plan.Id, unit.Id, 1, At, "Rencana dibuat.");
                plans[unit.Name] = plan.Id;
            }

            await db.SaveChangesAsync();
        }

        using var client = app.CreateClient();
        foreach (var (unit, shown) in new[] { ("KPU Kota Serang", "5 Januari 2026 14.05 WIB"), ("KPU Provinsi Bali", "5 Januari 2026 15.05 WITA"), ("KPU Kota Jayapura", "5 Januari 2026 16.05 WIT") })
        {
            var html = await client.GetStringAsync(new Uri($"/Rencana/{plans[unit]}", UriKind.Relative));
            Assert.Contains(shown, html, StringComparison.Ordinal);
            Assert.DoesNotContain(" UTC", html, StringComparison.Ordinal);
        }
    }
}
