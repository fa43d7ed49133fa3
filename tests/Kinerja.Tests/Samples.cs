using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Tests;

/// <summary>Small, complete aggregates built through the domain verbs, for the data and web tests.</summary>
public static class Samples
{
    public static readonly FiscalYear Year = new(2025);

    public sealed record Hierarchy(WorkUnit Nation, WorkUnit ProvinceA, WorkUnit CityA1, WorkUnit CityA2, WorkUnit ProvinceB, WorkUnit CityB1)
    {
        public IEnumerable<WorkUnit> All => [Nation, ProvinceA, CityA1, CityA2, ProvinceB, CityB1];
    }

    public static Hierarchy Units()
    {
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        var provinceA = WorkUnit.CreateProvince("KPU Provinsi Alfa", nation, Region.Parse("(91) ALFA"), "Kota Alfa");
        var cityA1 = WorkUnit.CreateRegencyCity("KPU Kota Alfa Satu", provinceA, Region.Parse("(01) KOTA ALFA SATU"), "Alfa Satu");
        cityA1.AssignSatkerCode("910101");
        var cityA2 = WorkUnit.CreateRegencyCity("KPU Kabupaten Alfa Dua", provinceA, Region.Parse("(02) KABUPATEN ALFA DUA"), "Alfa Dua");
        cityA2.AssignSatkerCode("910102");
        var provinceB = WorkUnit.CreateProvince("KPU Provinsi Beta", nation, Region.Parse("(92) BETA"), "Kota Beta");
        var cityB1 = WorkUnit.CreateRegencyCity("KPU Kota Beta Satu", provinceB, Region.Parse("(01) KOTA BETA SATU"), "Beta Satu");
        cityB1.AssignSatkerCode("920101");
        return new Hierarchy(nation, provinceA, cityA1, cityA2, provinceB, cityB1);
    }

    /// <summary>A quarterly RAK with every kind of target, marks and values in its schedule, ceilings and a signature.</summary>
    public static PerformancePlan Rak(WorkUnit unit, ScheduleStyle style = ScheduleStyle.Quarterly)
    {
        var official = (unit.Officials.Count > 0 ? unit.Officials[0] : null) ?? unit.AddOfficial("Sri Handayani", "Sekretaris", Nip.Parse("19710703 199903 2 007"));
        var finance = unit.OrganisationalUnitNamed(EntityKind.Secretariat, "Subbagian Keuangan");
        var plan = PerformancePlan.Create(unit.Id, EntityKind.Secretariat, Year, PlanKind.Rak, style);
        var goal = plan.AddGoal("Meningkatnya akuntabilitas keuangan", GoalLevel.Program, BudgetCode.Parse("076.01.WA"), "1");
        var opinion = plan.AddIndicator(goal, "Opini atas laporan keuangan", Target.Parse("WTP"));
        var share = plan.AddIndicator(goal, "Persentase laporan tepat waktu", Target.Parse("97.5 %"), Direction.HigherIsBetter, "3355.003");
        var disputes = plan.AddIndicator(goal, "Jumlah sengketa", Target.Parse("2 perkara"), Direction.LowerIsBetter);
        var band = plan.AddIndicator(goal, "Persentase pegawai terlatih", Target.Parse("80–90%"), Direction.Range);
        var second = plan.AddGoal("Terbentuknya badan ad hoc", GoalLevel.Strategic, null, "2");
        var adhoc = plan.AddIndicator(second, "Jumlah badan ad hoc", Target.Parse("6 kec. 29 kel"));
        plan.AddIndicator(second, "Nilai maturitas", Target.Parse("3,4"));
        plan.AddIndicator(second, "Keterangan", Target.Parse("sesuai jadwal nasional"));

        var first = Period.All(style)[0];
        var last = Period.All(style)[^1];
        var review = plan.AddAction(opinion, "Reviu laporan keuangan", Target.Parse("4 lap"), finance.Id, new Rupiah(43_934_000), BudgetCode.Parse("3355.003"));
        plan.Schedule(review, first);
        plan.Schedule(review, last, "36 Pegawai");
        var report = plan.AddAction(share, "Penyusunan laporan", Target.Parse("100 %"), finance.Id, new Rupiah(1_159_691_000));
        plan.Schedule(report, last);
        plan.AddAction(disputes, "Pendampingan sengketa", null, null, null);
        plan.AddAction(band, "Pelatihan teknis", Target.Parse("12 Pegawai"), finance.Id, new Rupiah(2_100_000));
        plan.AddAction(adhoc, "Seleksi PPK dan PPS", Target.Parse("B"), null, new Rupiah(999_999_999_999));
        plan.Sign(new SignatureBlock(unit.SignatureCity, new DateOnly(2025, 1, 28), "Pt. Sekretaris,", official.Name, official.Nip, unit.Name.ToUpperInvariant()));
        return plan;
    }

    public static BudgetVersion Budget(WorkUnit unit)
    {
        var budget = BudgetVersion.CreateOriginal(unit.Id, Year, "SP DIPA-076.01.2.910101/2025", new DateOnly(2024, 11, 17));
        var program = budget.AddLine(null, BudgetCode.Parse("076.01.WA"), "Program Dukungan Manajemen", null, new Rupiah(100_000_000), null, new Rupiah(73_820_000));
        budget.AddStatement(program, StatementKind.ProgramGoal, "01", "Sasaran program uji");
        budget.AddStatement(program, StatementKind.ProgramIndicator, "01.01", "Indikator program uji");
        var activity = budget.AddLine(program, BudgetCode.Parse("3355"), "Kegiatan uji");
        budget.AddLine(activity, BudgetCode.Parse("3355.003"), "Output uji", Volume.Parse("1.00 Laporan"), new Rupiah(23_368_000), new Rupiah(5_000_000));
        budget.AddLine(activity, BudgetCode.Parse("3355.007"), "Output kedua", Volume.Parse("3 Laporan"), new Rupiah(10_004_000));
        budget.StateCeiling(new Rupiah(38_372_000));
        return budget;
    }
}
