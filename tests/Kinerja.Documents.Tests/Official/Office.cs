using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Tests.Official;

/// <summary>
/// KPU Kota Serang under KPU Provinsi Banten, with its heads, units, plans and budget built through the domain's verbs,
/// as the planning staff would enter them. Every call builds fresh objects, so tests share nothing.
/// </summary>
internal sealed class Office
{
    public const string SecretaryNip = "196602021987121007";
    public const string ChairNip = "197512192002121005";

    public Office()
    {
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        Province = WorkUnit.CreateProvince("KPU Provinsi Banten", nation, Region.Parse("(29) BANTEN"), "Serang");
        var provinceChair = Province.AddOfficial("Mohamad Ikhwanudin", "Ketua");
        Province.AppointHead(EntityKind.Commission, provinceChair, "Ketua KPU Provinsi Banten");

        Unit = WorkUnit.CreateRegencyCity("KPU Kota Serang", Province, Region.Parse("(53) KOTA SERANG"), "Serang");
        Unit.AssignSatkerCode("670714");
        Unit.SetLetterhead(new Letterhead("Jl. Ahmad Yani No. 84, Serang, Banten 42118", "(0254) 200201", null, "kpu.kotaserang@kpu.go.id", "kota-serang.kpu.go.id"));
        var chair = Unit.AddOfficial("Ahmad Syahrul Rizal", "Ketua", Nip.Parse(ChairNip));
        var secretary = Unit.AddOfficial("Hayaudin", "Sekretaris", Nip.Parse(SecretaryNip));
        Unit.AppointHead(EntityKind.Commission, chair, "Ketua KPU Kota Serang");
        Unit.AppointHead(EntityKind.Secretariat, secretary, "Sekretaris");
        Logistics = Unit.AddOrganisationalUnit(EntityKind.Secretariat, "Subbag Umum dan Logistik");
        Programme = Unit.AddOrganisationalUnit(EntityKind.Secretariat, "Subbag Program dan Data");
        Finance = Unit.AddOrganisationalUnit(EntityKind.Secretariat, "Subbag Keuangan");
    }

    public WorkUnit Province { get; }

    public WorkUnit Unit { get; }

    public OrganisationalUnit Logistics { get; }

    public OrganisationalUnit Programme { get; }

    public OrganisationalUnit Finance { get; }

    public static SignatureBlock SecretarySigns => new("Serang", new DateOnly(2026, 1, 5), "Sekretaris", "Hayaudin", Nip.Parse(SecretaryNip), "Sekretariat KPU Kota Serang");

    /// <summary>The secretariat's RAK: merged goals and indicators, marks and values in the schedule, pagu, units.</summary>
    public PerformancePlan Rak(ScheduleStyle style)
    {
        var plan = PerformancePlan.Create(Unit.Id, EntityKind.Secretariat, new FiscalYear(2026), PlanKind.Rak, style);
        var periods = Period.All(style);
        var support = plan.AddGoal("Terwujudnya Dukungan Sarana dan Prasarana Guna Meningkatkan Kelancaran Tugas KPU");
        var facilities = plan.AddIndicator(support, "Persentase Tersedianya Sarana dan Prasarana yang Berfungsi dengan Baik", Target.Parse("97,5%"));
        var office = plan.AddAction(facilities, "Operasional Kantor", Target.Parse("100%"), Logistics.Id, new Rupiah(1_159_691_000));
        foreach (var period in periods)
        {
            plan.Schedule(office, period);
        }

        var assets = plan.AddAction(facilities, "Penatausahaan BMN", Target.Parse("4 lap"), Logistics.Id, new Rupiah(12_500_000));
        plan.Schedule(assets, periods[^1]);
        plan.AddAction(facilities, "Pengelolaan dan Penerapan Kearsipan", Target.Parse("100%"), Logistics.Id);

        var accountability = plan.AddGoal("Meningkatnya Akuntabilitas Keuangan dan Kinerja KPU", budgetCode: BudgetCode.Parse("076.01.WA"));
        var evaluation = plan.AddIndicator(accountability, "Nilai Evaluasi atas Akuntabilitas Kinerja KPU", Target.Parse("B"));
        var review = plan.AddAction(evaluation, "Penilaian akuntabilitas kinerja oleh Inspektorat", Target.Parse("B"), Programme.Id, new Rupiah(2_190_000));
        plan.Schedule(review, periods[1], "36 Pegawai");
        var opinion = plan.AddIndicator(accountability, "Opini BPK atas Laporan Keuangan KPU", Target.Parse("WTP"));
        var quarterly = plan.AddAction(opinion, "Reviu atas laporan keuangan triwulan", Target.Parse("4 lap"), Finance.Id, new Rupiah(43_934_000));
        plan.Schedule(quarterly, periods[0]);
        plan.Schedule(quarterly, periods[2]);

        var data = plan.AddGoal("Terwujudnya Data Pemilih secara Berkelanjutan");
        plan.AddIndicator(data, "Persentase Pemutakhiran Data Pemilih Tepat Waktu", Target.Parse("100%"));
        plan.Sign(SecretarySigns);
        return plan;
    }

    public PerformancePlan Rkt()
    {
        var plan = PerformancePlan.Create(Unit.Id, EntityKind.Secretariat, new FiscalYear(2026), PlanKind.Rkt);
        var planning = plan.AddGoal("Terwujudnya rencana kerja dan anggaran KPU Kota Serang yang efektif dan efisien");
        plan.AddIndicator(planning, "Jumlah revisi yang dilakukan terhadap rencana kerja yang telah ditetapkan", Target.Parse("4 Kali"));
        plan.AddIndicator(planning, "Nilai Evaluasi atas Akuntabilitas Kinerja KPU", Target.Parse("B"));
        var law = plan.AddGoal("Terlaksananya penyelesaian sengketa dan pelayanan pertimbangan hukum");
        plan.AddIndicator(law, "Penurunan jumlah sengketa hukum", Target.Parse("2 perkara"), Direction.LowerIsBetter);
        var voters = plan.AddGoal("Terwujudnya Data Pemilih secara Berkelanjutan");
        plan.AddIndicator(voters, "Persentase pemutakhiran data pemilih", Target.Parse("6 kec. 29 kel"));
        plan.Sign(SecretarySigns);
        return plan;
    }

    /// <summary>The commission's PK, agreed with the province's chair.</summary>
    public PerformancePlan Pk()
    {
        var plan = PerformancePlan.Create(Unit.Id, EntityKind.Commission, new FiscalYear(2026), PlanKind.Pk);
        var goal = plan.AddGoal("Terwujudnya Tahapan Pemilu/Pemilihan Sesuai Jadwal");
        plan.AddIndicator(goal, "Persentase penyelenggaraan Pemilu/Pemilihan sesuai dengan jadwal", Target.Parse("100%"));
        plan.Sign(new SignatureBlock("Serang", new DateOnly(2026, 1, 5), "Ketua KPU Kota Serang", "Ahmad Syahrul Rizal", Nip.Parse(ChairNip)));
        return plan;
    }

    public BudgetVersion Budget()
    {
        var budget = BudgetVersion.CreateOriginal(Unit.Id, new FiscalYear(2026));
        var program = budget.AddLine(null, BudgetCode.Parse("076.01.WA"), "Program Dukungan Manajemen");
        budget.AddStatement(program, StatementKind.ProgramGoal, "01", "Meningkatnya Kualitas Perencanaan dan Informasi Pemilu");
        budget.AddStatement(program, StatementKind.ProgramIndicator, "01.01", "Persentase KPU Provinsi/Kabupaten/Kota yang tepat waktu");
        var activity = budget.AddLine(program, BudgetCode.Parse("4290"), "Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya KPU");
        var outputClass = budget.AddLine(activity, BudgetCode.Parse("4290.EBA"), "Layanan Dukungan Manajemen Internal");
        var output = budget.AddLine(outputClass, BudgetCode.Parse("4290.EBA.994"), "Layanan Perkantoran", Volume.Parse("1 Layanan"), new Rupiah(1_159_691_000), new Rupiah(20_000_000));
        budget.AddStatement(output, StatementKind.OutputIndicator, "01", "Terpenuhinya layanan perkantoran");
        var elections = budget.AddLine(null, BudgetCode.Parse("076.01.CQ"), "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi");
        var conduct = budget.AddLine(elections, BudgetCode.Parse("3364"), "Pelaksanaan Pemilu");
        var conductClass = budget.AddLine(conduct, BudgetCode.Parse("3364.QDC"), "Layanan Penyelenggaraan Pemilu");
        budget.AddLine(conductClass, BudgetCode.Parse("3364.QDC.001"), "Pendidikan Pemilih", Volume.Parse("1 Layanan"), new Rupiah(27_000_000));
        budget.Sign(SecretarySigns);
        return budget;
    }

    /// <summary>An RAK of <paramref name="actions"/> actions: goals of 10 actions, indicators of 5, some texts long enough to wrap.</summary>
    public PerformancePlan LongRak(int actions, ScheduleStyle style, Func<int, string>? actionName = null)
    {
        var plan = PerformancePlan.Create(Unit.Id, EntityKind.Secretariat, new FiscalYear(2026), PlanKind.Rak, style);
        var periods = Period.All(style);
        Goal? goal = null;
        Indicator? indicator = null;
        for (var i = 0; i < actions; i++)
        {
            if (i % 10 == 0)
            {
                goal = plan.AddGoal($"Sasaran nomor {i / 10 + 1} tentang peningkatan kualitas layanan dan tata kelola penyelenggaraan pemilu yang berintegritas");
            }

            if (i % 5 == 0)
            {
                indicator = plan.AddIndicator(goal!, $"Indikator {i / 5 + 1} persentase capaian layanan yang diselesaikan tepat waktu", Target.Parse("95%"));
            }

            var action = plan.AddAction(indicator!, actionName?.Invoke(i) ?? $"Kegiatan {i + 1} penyusunan laporan dan dokumen pendukung", Target.Parse("1 lap"), Logistics.Id, new Rupiah(1_000_000 + i));
            plan.Schedule(action, periods[i % periods.Count]);
        }

        plan.Sign(SecretarySigns);
        return plan;
    }
}
