using Kinerja.Documents.Import;
using Kinerja.Documents.Import.Plans;
using Kinerja.Documents.Official;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Tests.Official.Xlsx;

/// <summary>The offline edit path: a plan exported as XLSX imports back into the same plan.</summary>
public sealed class XlsxRoundTripTests
{
    [Theory]
    [InlineData(PaperSize.A4, true)]
    [InlineData(PaperSize.F4, false)]
    public void A_plan_built_through_the_model_comes_back_the_same(PaperSize paper, bool letterhead)
    {
        var (unit, plan) = XlsxRendererTests.Serang();

        var (document, back) = XlsxPlans.RoundTrip(plan, unit, new DocumentOptions(paper, letterhead));

        XlsxPlans.AssertClean(document, "Serang");
        Assert.Equal((DocumentKind.Rak, 2026, "KPU Kota Serang", SourceFormat.Xlsx), (document.Kind, document.Year, document.WorkUnit?.Name, document.Format));
        Assert.NotNull(back);
        XlsxPlans.AssertSame(plan, back, unit, "Serang");
    }

    [Theory]
    [InlineData(WorkUnitLevel.National, PlanKind.Rak, ScheduleStyle.Monthly)]
    [InlineData(WorkUnitLevel.Province, PlanKind.Rkt, ScheduleStyle.None)]
    [InlineData(WorkUnitLevel.RegencyCity, PlanKind.Rak, ScheduleStyle.Quarterly)]
    public void Every_level_kind_and_schedule_comes_back(WorkUnitLevel level, PlanKind kind, ScheduleStyle style)
    {
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        var province = WorkUnit.CreateProvince("KPU Provinsi Kalimantan Barat", nation, null, "Pontianak");
        var unit = level switch
        {
            WorkUnitLevel.National => nation,
            WorkUnitLevel.Province => province,
            _ => WorkUnit.CreateRegencyCity("KPU Kabupaten Kubu Raya", province, null, "Sungai Raya"),
        };
        var division = unit.AddOrganisationalUnit(EntityKind.Commission, "Divisi Hukum & Pengawasan");
        var plan = PerformancePlan.Create(unit.Id, EntityKind.Commission, new FiscalYear(2025), kind, style);
        var goal = plan.AddGoal("Meningkatnya kualitas penyelenggaraan \"Pemilu\" <2024>", number: "I");
        var indicator = plan.AddIndicator(goal, "Indeks kepuasan & partisipasi", Target.Parse("80–90%"), Direction.Range);
        plan.AddIndicator(goal, "Tingkat sengketa", null);
        if (kind == PlanKind.Rak)
        {
            var action = plan.AddAction(indicator, "Sosialisasi 🗳️ di 12 kecamatan", Target.Parse("12 Kali"), division.Id, new Rupiah(Rupiah.Max));
            foreach (var period in Period.All(style).Where(p => p.Number % 2 == 0))
            {
                plan.Schedule(action, period, period.Number == 2 ? "3 lap" : null);
            }

            plan.AddAction(indicator, "Rapat koordinasi", null, division.Id);
        }

        plan.Sign(new SignatureBlock("Pontianak", new DateOnly(2025, 1, 2), "KETUA", "H. Muhammad Yusuf", Nip.Parse("196602021987121007"), "KOMISI PEMILIHAN UMUM"));

        var (document, back) = XlsxPlans.RoundTrip(plan, unit);

        XlsxPlans.AssertClean(document, $"{level} {kind}");
        Assert.Equal(unit.Name, document.WorkUnit?.Name);
        XlsxPlans.AssertSame(plan, back!, unit, $"{level} {kind}");
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void The_seed_plans_come_back_the_same(string seed)
    {
        var source = DocumentImporter.Import(Seeds.Source(seed));
        var unit = UnitOf(source.WorkUnit!);
        Assert.NotEmpty(source.Plans);
        foreach (var imported in source.Plans)
        {
            var mapped = PlanMapper.ToPlan(imported, unit.Id, new FiscalYear(source.Year!.Value), (entity, name) => unit.OrganisationalUnitNamed(entity, name).Id, []);
            Assert.NotNull(mapped);
            var plan = mapped.Plan;

            var (document, back) = XlsxPlans.RoundTrip(plan, unit);

            var context = $"seed {seed} {plan.Entity}";
            XlsxPlans.AssertClean(document, context);
            Assert.Equal((source.Kind, source.Year, source.WorkUnit!.Name), (document.Kind, document.Year, document.WorkUnit?.Name));
            Assert.NotNull(back);
            XlsxPlans.AssertSame(plan, back, unit, context);
        }
    }

    private static WorkUnit UnitOf(ImportedWorkUnit imported)
    {
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        if (imported.Level == WorkUnitLevel.Province)
        {
            return WorkUnit.CreateProvince(imported.Name, nation, null, "Kota");
        }

        var province = WorkUnit.CreateProvince("KPU Provinsi Jawa Tengah", nation, null, "Semarang");
        return WorkUnit.CreateRegencyCity(imported.Name, province, null, "Kota");
    }
}
