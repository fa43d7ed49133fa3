using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Data;

/// <summary>What is stored comes back whole, on each provider.</summary>
public sealed class PersistenceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_plan_comes_back_with_every_field(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var units = Samples.Units();
        var plan = Samples.Rak(units.CityA1);
        await using (var db = database.Context())
        {
            db.WorkUnits.AddRange(units.All);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
        }

        await using var read = database.Context();
        var loaded = await PlanQueries.FindAsync(read, plan.Id);

        Assert.NotNull(loaded);
        Assert.Equal(Describe(plan), Describe(loaded));
        Assert.Equal(new Rupiah(1_000_000_000_000 - 1 + 43_934_000 + 1_159_691_000 + 2_100_000), loaded.BudgetCeilingTotal);
        var compound = loaded.Indicators.Single(i => i.Target?.Kind == TargetKind.CompoundCount).Target!.Value;
        Assert.Equal([new CountPart(6, "kec."), new CountPart(29, "kel")], compound.Parts);
        Assert.Equal("19710703 199903 2 007", loaded.Signature!.Nip!.Value.Grouped);
        Assert.Equal("Alfa Satu, 28 Januari 2025", loaded.Signature.PlaceAndDate);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_work_unit_comes_back_with_its_entities_units_and_officials(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var units = Samples.Units();
        var head = units.CityA1.AddOfficial("Budi Santoso", "Ketua");
        units.CityA1.AppointHead(Kinerja.Domain.Organisation.EntityKind.Commission, head, "KETUA");
        units.CityA1.SetLetterhead(new Kinerja.Domain.Organisation.Letterhead("Jl. Uji No. 1", "(024) 111", "(024) 112", "uji@kpu.go.id", "uji.kpu.go.id"));
        units.CityA1.AddOrganisationalUnit(Kinerja.Domain.Organisation.EntityKind.Commission, "Divisi Hukum");
        await using (var db = database.Context())
        {
            db.WorkUnits.AddRange(units.All);
            await db.SaveChangesAsync();
        }

        await using var read = database.Context();
        var loaded = await read.WorkUnits.AsNoTracking().SingleAsync(w => w.Id == units.CityA1.Id);

        Assert.Equal("910101", loaded.SatkerCode);
        Assert.Equal("(91) ALFA", loaded.Province.ToString());
        Assert.Equal("(01) KOTA ALFA SATU", loaded.Location.ToString());
        Assert.Equal(units.ProvinceA.Id, loaded.ParentId);
        Assert.Equal("Budi Santoso", loaded.HeadOf(Kinerja.Domain.Organisation.EntityKind.Commission)!.Name);
        Assert.Equal("KETUA", loaded.Entity(Kinerja.Domain.Organisation.EntityKind.Commission).HeadPosition);
        Assert.Equal("Sekretariat KPU Kota Alfa Satu", loaded.Entity(Kinerja.Domain.Organisation.EntityKind.Secretariat).Name);
        Assert.Equal("uji@kpu.go.id", loaded.Letterhead!.Email);
        Assert.Equal(["Divisi Hukum"], loaded.OrganisationalUnits.Select(u => u.Name));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_revision_is_a_separate_snapshot_and_the_original_stays_as_it_was(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var units = Samples.Units();
        var original = Samples.Budget(units.CityA1);
        var revision = original.Revise("SP DIPA-076.01.2.910101/2025", new DateOnly(2025, 5, 2));
        revision.ChangeAmounts(revision.Find(BudgetCode.Parse("3355.007"))!, new Rupiah(20_000_000), null);
        await using (var db = database.Context())
        {
            db.WorkUnits.AddRange(units.All);
            db.BudgetVersions.AddRange(original, revision);
            await db.SaveChangesAsync();
        }

        await using var read = database.Context();
        var versions = await read.BudgetVersions.AsNoTracking().Include(b => b.Lines).OrderBy(b => b.Number).ToListAsync();

        Assert.Equal(["DIPA Awal", "Revisi ke-1"], versions.Select(v => v.Label));
        Assert.Equal(original.Lines.Select(l => l.Code), versions[0].Lines.Select(l => l.Code));
        Assert.Equal(original.Lines.Select(l => l.Code), versions[1].Lines.Select(l => l.Code));
        Assert.Equal(new Rupiah(38_372_000), versions[0].Total);
        Assert.Equal(new Rupiah(48_368_000), versions[1].Total);
        Assert.Equal(new Rupiah(38_372_000), versions[0].StatedCeiling);
        Assert.Equal(new DateOnly(2025, 5, 2), versions[1].DipaDate);
        var program = versions[0].Find(BudgetCode.Parse("076.01.WA"))!;
        Assert.Equal(["01 Sasaran program uji", "01.01 Indikator program uji"], program.Statements.Select(s => $"{s.Number} {s.Text}"));
        Assert.Equal("1 Laporan", versions[0].Find(BudgetCode.Parse("3355.003"))!.Volume!.Value.ToString());
        var change = Assert.Single(BudgetComparison.Compare(versions[0], versions[1]), c => c.Code.Level == BudgetLevel.Output);
        Assert.Equal(new Rupiah(9_996_000), change.Difference);
        Assert.Contains(BudgetChecks.Run(versions[0]), f => f.Code == BudgetChecks.JumlahMismatch);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_same_plan_cannot_be_stored_twice_for_an_entity_and_year(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var units = Samples.Units();
        await using (var db = database.Context())
        {
            db.WorkUnits.AddRange(units.All);
            db.Plans.Add(Samples.Rak(units.CityA1));
            await db.SaveChangesAsync();
        }

        await using (var db = database.Context())
        {
            db.Plans.Add(Samples.Rak((await db.WorkUnits.SingleAsync(w => w.Id == units.CityA1.Id))));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var read = database.Context();
        Assert.Equal(1, await read.Plans.CountAsync());
    }

    /// <summary>Every field of the plan tree as text, in document order, so that two plans compare as wholes.</summary>
    private static List<string> Describe(PerformancePlan plan)
    {
        var lines = new List<string> { $"{plan.WorkUnitId} {plan.Entity} {plan.Year} {plan.Kind} {plan.ScheduleStyle} {plan.Status} {plan.Signature}" };
        foreach (var goal in plan.Goals)
        {
            lines.Add($"G {goal.Id} {goal.Position} {goal.Number} {goal.Statement} {goal.Level} {goal.BudgetCode}");
            foreach (var indicator in goal.Indicators)
            {
                lines.Add($"I {indicator.Id} {indicator.Position} {indicator.Text} {indicator.Code} [{indicator.Target}] {indicator.Target?.Kind} {indicator.Direction}");
                foreach (var action in indicator.Actions)
                {
                    lines.Add($"A {action.Id} {action.Position} {action.Name} [{action.Target}] {action.ResponsibleUnitId} {action.BudgetCeiling} {action.BudgetOutput} "
                        + string.Join(",", action.Schedule.Select(e => $"{e.Period}={e.Value}")));
                }
            }
        }

        return lines;
    }
}
