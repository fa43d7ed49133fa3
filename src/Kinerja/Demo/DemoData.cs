using Kinerja.Data;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Demo;

public sealed record DemoCounts(int WorkUnits, int Plans, int BudgetVersions);

/// <summary>A regency or city of the demo: its name, region "(53) KOTA SERANG", city of signature and satker code.</summary>
public sealed record DemoRegency(string Name, string Region, string City, string Satker);

/// <summary>A province of the demo with its regencies and cities.</summary>
public sealed record DemoProvince(string Name, string Region, string City, string Satker, IReadOnlyList<DemoRegency> Children);

/// <summary>
/// A small, realistic data set for a first look: KPU RI, two provinces with two regencies/cities each, every plan kind
/// for both entities, quarterly and monthly schedules, and a budget with one revision. Written for the demo, not taken from any office's documents.
/// </summary>
public static class DemoData
{
    public static readonly FiscalYear Year = new(2026);

    /// <summary>How many unit patterns the demo has; the unit at position i follows pattern i mod this.</summary>
    private const int Patterns = 7;

    /// <summary>The demo's two provinces with two regencies/cities each: small enough to read, with every case the pages show.</summary>
    public static readonly IReadOnlyList<DemoProvince> Provinces =
    [
        new("KPU Provinsi Banten", "(29) BANTEN", "Serang", "670100",
        [
            new("KPU Kota Serang", "(53) KOTA SERANG", "Serang", "670701"),
            new("KPU Kabupaten Lebak", "(02) KABUPATEN LEBAK", "Rangkasbitung", "670702"),
        ]),
        new("KPU Provinsi Jawa Tengah", "(12) JAWA TENGAH", "Semarang", "660100",
        [
            new("KPU Kota Semarang", "(63) KOTA SEMARANG", "Semarang", "660763"),
            new("KPU Kabupaten Kudus", "(19) KABUPATEN KUDUS", "Kudus", "660719"),
        ]),
    ];

    private static readonly string[] CommissionUnits =
    [
        "Divisi Teknis Penyelenggaraan",
        "Divisi Hukum dan Pengawasan",
        "Divisi Perencanaan, Data dan Informasi",
        "Divisi Sosialisasi, Pendidikan Pemilih dan SDM",
    ];

    private static readonly string[] SecretariatUnits =
    [
        "Subbagian Keuangan, Umum dan Logistik",
        "Subbagian Perencanaan, Data dan Informasi",
        "Subbagian Hukum dan SDM",
        "Subbagian Teknis Penyelenggaraan dan Hubungan Masyarakat",
    ];

    /// <summary>Loads the demo: the nation and <see cref="Provinces"/>.</summary>
    public static Task<DemoCounts> LoadAsync(KinerjaDbContext db, CancellationToken cancellationToken = default) =>
        LoadAsync(db, Provinces, cancellationToken);

    /// <summary>
    /// Loads the nation and the given provinces with their regencies/cities, each with staff, a DIPA and its revision, RKT/PK/RAK of
    /// both entities, four quarters of realisation and a year of RPD and spending. The unit's place in the list picks one of seven
    /// patterns (on target, behind the RPD, a blank in TW IV, …), so a large list (bench/: the synthetic nation) repeats them.
    /// Saved a province at a time, so the change tracker stays small.
    /// </summary>
    public static async Task<DemoCounts> LoadAsync(KinerjaDbContext db, IReadOnlyList<DemoProvince> provinces, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(provinces);
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        nation.AssignSatkerCode("650001");
        nation.SetLetterhead(new Letterhead("Jl. Imam Bonjol No. 29, Menteng, Jakarta Pusat", "(021) 3193 7223", "(021) 3157 759", "kontak@kpu.go.id", "www.kpu.go.id"));
        var counts = await SaveAsync(db, [nation], 0, cancellationToken);
        foreach (var (name, region, city, satker, children) in provinces)
        {
            var province = WorkUnit.CreateProvince(name, nation, Region.Parse(region), city);
            province.AssignSatkerCode(satker);
            List<WorkUnit> units = [province];
            foreach (var child in children)
            {
                var unit = WorkUnit.CreateRegencyCity(child.Name, province, Region.Parse(child.Region), child.City);
                unit.AssignSatkerCode(child.Satker);
                units.Add(unit);
            }

            var saved = await SaveAsync(db, units, counts.WorkUnits, cancellationToken);
            counts = new DemoCounts(counts.WorkUnits + saved.WorkUnits, counts.Plans + saved.Plans, counts.BudgetVersions + saved.BudgetVersions);
        }

        return counts;
    }

    private static async Task<DemoCounts> SaveAsync(KinerjaDbContext db, List<WorkUnit> units, int first, CancellationToken cancellationToken)
    {
        var plans = new List<PerformancePlan>();
        var budgets = new List<BudgetVersion>();
        var reports = new List<PerformanceReport>();
        var spending = new List<BudgetRealisation>();
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var seed = (first + i) % Patterns;
            Staff(unit, seed);
            var original = Budget(unit, seed);
            var revision = Revise(original, seed);
            budgets.Add(original);
            budgets.Add(revision);
            var unitPlans = Plans(unit, revision, seed).ToList();
            plans.AddRange(unitPlans);
            reports.AddRange(DemoMonitoring.Reports(unitPlans, seed));
            spending.Add(DemoMonitoring.Spending(unit, revision, seed));
        }

        db.WorkUnits.AddRange(units);
        db.BudgetVersions.AddRange(budgets);
        db.Plans.AddRange(plans);
        db.Reports.AddRange(reports);
        db.BudgetRealisations.AddRange(spending);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new DemoCounts(units.Count, plans.Count, budgets.Count);
    }

    private static void Staff(WorkUnit unit, int seed)
    {
        var place = unit.Name.Replace("KPU ", string.Empty, StringComparison.Ordinal);
        var letterhead = unit.Letterhead ?? new Letterhead(
            $"Jl. Pemilu Raya No. {10 + seed}, {unit.SignatureCity}",
            AreaCodes.TryGetValue(unit.SignatureCity, out var area) ? $"{area} 355 {1000 + (seed * 37)}" : null,
            null,
            $"kpu.{place.ToLowerInvariant().Replace(' ', '.')}@kpu.go.id",
            $"{place.ToLowerInvariant().Replace(' ', '-')}.kpu.go.id");
        unit.SetLetterhead(letterhead);

        var chair = unit.AddOfficial(ChairNames[seed % ChairNames.Length], "Ketua");
        var secretary = unit.AddOfficial(
            SecretaryNames[seed % SecretaryNames.Length],
            "Sekretaris",
            Nip.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{1970 + seed:0000}0{1 + (seed % 9)}1{seed % 10}{1995 + seed:0000}0{1 + (seed % 9)}{1 + (seed % 2)}{seed + 1:000}")));
        unit.AppointHead(EntityKind.Commission, chair, "Ketua " + unit.Name);
        unit.AppointHead(EntityKind.Secretariat, secretary, "Sekretaris " + unit.Name);
        foreach (var name in CommissionUnits)
        {
            unit.AddOrganisationalUnit(EntityKind.Commission, name);
        }

        foreach (var name in SecretariatUnits)
        {
            unit.AddOrganisationalUnit(EntityKind.Secretariat, name);
        }
    }

    /// <summary>
    /// The telephone area code of each demo city, so a letterhead never prints another city's; a city not listed (the
    /// synthetic nation's) prints no telephone rather than a wrong one.
    /// </summary>
    private static readonly Dictionary<string, string> AreaCodes = new(StringComparer.Ordinal)
    {
        ["Jakarta"] = "(021)",
        ["Serang"] = "(0254)",
        ["Rangkasbitung"] = "(0252)",
        ["Semarang"] = "(024)",
        ["Kudus"] = "(0291)",
    };

    private static readonly string[] ChairNames = ["Wahyu Hidayat", "Siti Rahmawati", "Agus Pranoto", "Dewi Lestari", "Bambang Sutrisno", "Rina Marlina", "Hendra Gunawan"];

    private static readonly string[] SecretaryNames = ["Yusuf Hamdani", "Nur Aini", "Teguh Santoso", "Lilis Suryani", "Joko Purnomo", "Maya Sari", "Andi Firmansyah"];

    private static BudgetVersion Budget(WorkUnit unit, int seed)
    {
        var scale = unit.Level switch
        {
            WorkUnitLevel.National => 40,
            WorkUnitLevel.Province => 4,
            _ => 1,
        };
        long Amount(long thousands) => (thousands + (seed * 1_250)) * 1_000 * scale;

        var budget = BudgetVersion.CreateOriginal(unit.Id, Year, $"SP DIPA-076.01.2.{unit.SatkerCode}/{Year}", new DateOnly(Year.Value - 1, 11, 20));
        var support = budget.AddLine(null, BudgetCode.Parse("076.01.WA"), "Program Dukungan Manajemen");
        budget.AddStatement(support, StatementKind.ProgramGoal, "01", "Meningkatnya tata kelola dukungan manajemen yang akuntabel");
        budget.AddStatement(support, StatementKind.ProgramIndicator, "01.01", "Nilai evaluasi akuntabilitas kinerja");

        var finance = budget.AddLine(support, BudgetCode.Parse("3355"), "Pengelolaan Keuangan dan Barang Milik Negara");
        budget.AddStatement(finance, StatementKind.ActivityIndicator, "01", "Persentase laporan keuangan yang disusun tepat waktu");
        var financeClass = budget.AddLine(finance, BudgetCode.Parse("3355.EBA"), "Layanan Dukungan Manajemen Internal");
        budget.AddLine(financeClass, BudgetCode.Parse("3355.EBA.962"), "Layanan Umum", Volume.Parse("1 Layanan"), new Rupiah(Amount(48_500)));
        budget.AddLine(financeClass, BudgetCode.Parse("3355.EBA.956"), "Layanan BMN", Volume.Parse("4 Laporan"), new Rupiah(Amount(12_300)));

        var planning = budget.AddLine(support, BudgetCode.Parse("3357"), "Perencanaan, Data dan Informasi");
        var planningClass = budget.AddLine(planning, BudgetCode.Parse("3357.EBD"), "Layanan Manajemen Kinerja Internal");
        var report = budget.AddLine(planningClass, BudgetCode.Parse("3357.EBD.955"), "Layanan Manajemen Kinerja Internal", Volume.Parse("2 Dokumen"), new Rupiah(Amount(31_750)));
        budget.AddStatement(report, StatementKind.OutputIndicator, "01", "Jumlah dokumen perencanaan dan laporan kinerja yang ditetapkan");

        var operations = budget.AddLine(support, BudgetCode.Parse("3360"), "Dukungan Operasional dan Sarana Prasarana");
        var operationsClass = budget.AddLine(operations, BudgetCode.Parse("3360.EBB"), "Layanan Sarana dan Prasarana Internal");
        budget.AddLine(operationsClass, BudgetCode.Parse("3360.EBB.951"), "Layanan Sarana Internal", Volume.Parse("1 Layanan"), new Rupiah(Amount(96_000)), new Rupiah(Amount(15_000)));

        var elections = budget.AddLine(null, BudgetCode.Parse("076.01.CQ"), "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi");
        budget.AddStatement(elections, StatementKind.ProgramGoal, "01", "Terselenggaranya tahapan Pemilihan yang tepat waktu");
        var law = budget.AddLine(elections, BudgetCode.Parse("3363"), "Hukum dan Penyelesaian Sengketa");
        var lawClass = budget.AddLine(law, BudgetCode.Parse("3363.QDB"), "Fasilitasi dan Pembinaan Lembaga");
        budget.AddLine(lawClass, BudgetCode.Parse("3363.QDB.001"), "Fasilitasi Penyelesaian Sengketa", Volume.Parse("2 Perkara"), new Rupiah(Amount(18_900)));
        var technical = budget.AddLine(elections, BudgetCode.Parse("3364"), "Teknis Penyelenggaraan dan Partisipasi Masyarakat");
        var technicalClass = budget.AddLine(technical, BudgetCode.Parse("3364.QMA"), "Data dan Informasi Publik");
        budget.AddLine(technicalClass, BudgetCode.Parse("3364.QMA.001"), "Pendidikan Pemilih", Volume.Parse("12 Kegiatan"), new Rupiah(Amount(64_200)));
        budget.AddLine(technicalClass, BudgetCode.Parse("3364.QMA.003"), "Pemutakhiran Data Pemilih Berkelanjutan", Volume.Parse("4 Laporan"), new Rupiah(Amount(22_400)));
        return budget;
    }

    private static BudgetVersion Revise(BudgetVersion original, int seed)
    {
        var revision = original.Revise(original.DipaNumber, new DateOnly(Year.Value, 4, 14 + (seed % 10)));
        var education = revision.Find(BudgetCode.Parse("3364.QMA.001"))!;
        revision.ChangeAmounts(education, education.Baseline, new Rupiah(7_500_000L * (seed + 1)));
        var technicalClass = revision.Find(BudgetCode.Parse("3364.QMA"))!;
        revision.AddLine(technicalClass, BudgetCode.Parse("3364.QMA.004"), "Sosialisasi Tahapan Pemilihan", Volume.Parse("6 Kegiatan"), null, new Rupiah(15_000_000L + (seed * 500_000L)));
        return revision;
    }

    private static IEnumerable<PerformancePlan> Plans(WorkUnit unit, BudgetVersion budget, int seed)
    {
        foreach (var kind in new[] { PlanKind.Rkt, PlanKind.Pk })
        {
            yield return Commission(unit, PerformancePlan.Create(unit.Id, EntityKind.Commission, Year, kind), budget, seed);
            yield return Secretariat(unit, PerformancePlan.Create(unit.Id, EntityKind.Secretariat, Year, kind), budget, seed);
        }

        yield return Commission(unit, PerformancePlan.Create(unit.Id, EntityKind.Commission, Year, PlanKind.Rak, ScheduleStyle.Quarterly), budget, seed);
        yield return Secretariat(unit, PerformancePlan.Create(unit.Id, EntityKind.Secretariat, Year, PlanKind.Rak, ScheduleStyle.Monthly), budget, seed);
    }

    private static PerformancePlan Commission(WorkUnit unit, PerformancePlan plan, BudgetVersion budget, int seed)
    {
        var isRak = plan.Kind == PlanKind.Rak;
        Guid Unit(int i) => unit.OrganisationalUnits.Where(u => u.Entity == EntityKind.Commission).ElementAt(i).Id;
        Rupiah Share(string code, int percent) => new(budget.AmountsOf(budget.Find(BudgetCode.Parse(code))!).Total.Value / 100 * percent);

        var stages = plan.AddGoal("Terselenggaranya tahapan Pemilihan sesuai jadwal dan ketentuan", GoalLevel.Strategic, BudgetCode.Parse("076.01.CQ"), "1");
        var onTime = plan.AddIndicator(stages, "Persentase tahapan Pemilihan yang terlaksana tepat waktu", Target.Parse("100%"));
        var participation = plan.AddIndicator(stages, "Tingkat partisipasi pemilih pada Pemilihan", Target.Parse(seed % 2 == 0 ? "77,5%" : "80 %"));

        var law = plan.AddGoal("Terjaganya kepastian hukum dalam penyelenggaraan Pemilihan", GoalLevel.Strategic, BudgetCode.Parse("076.01.CQ"), "2");
        var disputes = plan.AddIndicator(law, "Jumlah sengketa proses Pemilihan yang diajukan ke Bawaslu", Target.Parse("2 perkara"), Direction.LowerIsBetter);
        var documented = plan.AddIndicator(law, "Persentase produk hukum yang terdokumentasi dalam JDIH", Target.Parse("100 %"));

        var voters = plan.AddGoal("Mutakhirnya daftar pemilih berkelanjutan", GoalLevel.Strategic, BudgetCode.Parse("076.01.CQ"), "3");
        var updated = plan.AddIndicator(voters, "Persentase rekapitulasi daftar pemilih berkelanjutan yang ditetapkan tepat waktu", Target.Parse("100%"));
        var plenary = plan.AddIndicator(voters, "Jumlah rapat pleno rekapitulasi daftar pemilih berkelanjutan", Target.Parse("4 Kali"));

        if (!isRak)
        {
            return Signed(unit, plan, EntityKind.Commission, plan.Kind == PlanKind.Rkt ? new DateOnly(Year.Value, 1, 6) : new DateOnly(Year.Value, 1, 20));
        }

        var coordination = plan.AddAction(onTime, "Rapat koordinasi jadwal tahapan dengan badan ad hoc", Target.Parse("4 Kali"), Unit(0), Share("3364.QMA.003", 20), BudgetCode.Parse("3364.QMA.003"));
        Quarters(plan, coordination, 1, 2, 3, 4);
        var evaluation = plan.AddAction(onTime, "Evaluasi pelaksanaan tahapan setiap triwulan", Target.Parse("4 lap"), Unit(2));
        Quarters(plan, evaluation, 1, 2, 3, 4);
        var education = plan.AddAction(participation, "Pendidikan pemilih bagi pemilih pemula dan disabilitas", Target.Parse("12 Kegiatan"), Unit(3), Share("3364.QMA.001", 60), BudgetCode.Parse("3364.QMA.001"));
        plan.Schedule(education, Period.Quarter(2), "5 Kegiatan");
        plan.Schedule(education, Period.Quarter(3), "7 Kegiatan");
        var outreach = plan.AddAction(participation, "Sosialisasi tahapan melalui media daring dan radio", Target.Parse("100%"), Unit(3), Share("3364.QMA.004", 80), BudgetCode.Parse("3364.QMA.004"));
        Quarters(plan, outreach, 2, 3);
        var dispute = plan.AddAction(disputes, "Pendampingan hukum atas sengketa proses Pemilihan", Target.Parse("100%"), Unit(1), Share("3363.QDB.001", 70), BudgetCode.Parse("3363.QDB.001"));
        Quarters(plan, dispute, 3, 4);
        var jdih = plan.AddAction(documented, "Pengunggahan produk hukum ke JDIH", Target.Parse("100%"), Unit(1));
        Quarters(plan, jdih, 1, 2, 3, 4);
        var recap = plan.AddAction(updated, "Rekapitulasi daftar pemilih berkelanjutan", Target.Parse("4 lap"), Unit(2), Share("3364.QMA.003", 50), BudgetCode.Parse("3364.QMA.003"));
        Quarters(plan, recap, 1, 2, 3, 4);
        var pleno = plan.AddAction(plenary, "Rapat pleno terbuka rekapitulasi daftar pemilih", Target.Parse("4 Kali"), Unit(2));
        Quarters(plan, pleno, 1, 2, 3, 4);
        return Signed(unit, plan, EntityKind.Commission, new DateOnly(Year.Value, 1, 27));
    }

    private static PerformancePlan Secretariat(WorkUnit unit, PerformancePlan plan, BudgetVersion budget, int seed)
    {
        var isRak = plan.Kind == PlanKind.Rak;
        Guid Unit(int i) => unit.OrganisationalUnits.Where(u => u.Entity == EntityKind.Secretariat).ElementAt(i).Id;
        Rupiah Share(string code, int percent) => new(budget.AmountsOf(budget.Find(BudgetCode.Parse(code))!).Total.Value / 100 * percent);

        var accountability = plan.AddGoal("Meningkatnya akuntabilitas keuangan dan kinerja", GoalLevel.Strategic, BudgetCode.Parse("076.01.WA"), "1");
        var opinion = plan.AddIndicator(accountability, "Opini BPK atas laporan keuangan", Target.Parse("WTP"));
        var sakip = plan.AddIndicator(accountability, "Nilai evaluasi akuntabilitas kinerja instansi", Target.Parse(seed % 3 == 0 ? "BB" : "B"));
        var spip = plan.AddIndicator(accountability, "Nilai maturitas SPIP", Target.Parse("3,5"));

        var assets = plan.AddGoal("Tertibnya pengelolaan barang milik negara", GoalLevel.Strategic, BudgetCode.Parse("076.01.WA"), "2");
        var bmn = plan.AddIndicator(assets, "Jumlah laporan BMN yang disusun tepat waktu", Target.Parse("4 Lap"));

        var office = plan.AddGoal("Terpenuhinya layanan perkantoran dan sarana prasarana yang layak", GoalLevel.Strategic, BudgetCode.Parse("076.01.WA"), "3");
        var facilities = plan.AddIndicator(office, "Persentase sarana dan prasarana kantor dalam kondisi baik", Target.Parse("85%"));

        var adhoc = plan.AddGoal("Terbentuknya badan ad hoc sesuai ketentuan", GoalLevel.Strategic, BudgetCode.Parse("076.01.CQ"), "4");
        var formed = plan.AddIndicator(adhoc, "Jumlah badan ad hoc yang dibentuk", Target.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{5 + seed} kec. {40 + (seed * 3)} kel")));

        var people = plan.AddGoal("Meningkatnya kompetensi sumber daya manusia", GoalLevel.Strategic, BudgetCode.Parse("076.01.WA"), "5");
        var training = plan.AddIndicator(people, "Persentase pegawai yang mengikuti pengembangan kompetensi", Target.Parse("80–90%"), Direction.Range);

        if (!isRak)
        {
            return Signed(unit, plan, EntityKind.Secretariat, plan.Kind == PlanKind.Rkt ? new DateOnly(Year.Value, 1, 6) : new DateOnly(Year.Value, 1, 20));
        }

        var statements = plan.AddAction(opinion, "Penyusunan laporan keuangan semesteran dan tahunan", Target.Parse("3 lap"), Unit(0), Share("3355.EBA.962", 30), BudgetCode.Parse("3355.EBA.962"));
        Months(plan, statements, 1, 7, 12);
        var lkj = plan.AddAction(sakip, "Penyusunan laporan kinerja dan perjanjian kinerja", Target.Parse("2 Dok"), Unit(1), Share("3357.EBD.955", 60), BudgetCode.Parse("3357.EBD.955"));
        Months(plan, lkj, 1, 2);
        var monitoring = plan.AddAction(sakip, "Pemantauan capaian rencana aksi setiap triwulan", Target.Parse("4 lap"), Unit(1), Share("3357.EBD.955", 30), BudgetCode.Parse("3357.EBD.955"));
        Months(plan, monitoring, 4, 7, 10, 12);
        var control = plan.AddAction(spip, "Penilaian mandiri pengendalian intern", Target.Parse("1 Dok"), Unit(2));
        Months(plan, control, 6);
        var simak = plan.AddAction(bmn, "Rekonsiliasi dan pelaporan SIMAK BMN", Target.Parse("4 lap"), Unit(0), Share("3355.EBA.956", 90), BudgetCode.Parse("3355.EBA.956"));
        Months(plan, simak, 3, 6, 9, 12);
        var upkeep = plan.AddAction(facilities, "Pemeliharaan gedung, kendaraan dan peralatan kantor", Target.Parse("100%"), Unit(0), Share("3360.EBB.951", 95), BudgetCode.Parse("3360.EBB.951"));
        Months(plan, upkeep, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        var recruit = plan.AddAction(formed, "Seleksi dan pelantikan anggota PPK dan PPS", Target.Parse("100%"), Unit(3));
        plan.Schedule(recruit, Period.Month(2), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{5 + seed} PPK"));
        plan.Schedule(recruit, Period.Month(3), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{40 + (seed * 3)} PPS"));
        var courses = plan.AddAction(training, "Pengiriman pegawai pada pelatihan teknis", Target.Parse("12 Pegawai"), Unit(2), Share("3355.EBA.962", 10), BudgetCode.Parse("3355.EBA.962"));
        plan.Schedule(courses, Period.Month(5), "6 Pegawai");
        plan.Schedule(courses, Period.Month(9), "6 Pegawai");
        return Signed(unit, plan, EntityKind.Secretariat, new DateOnly(Year.Value, 1, 27));
    }

    private static void Quarters(PerformancePlan plan, PlanAction action, params int[] quarters)
    {
        foreach (var quarter in quarters)
        {
            plan.Schedule(action, Period.Quarter(quarter));
        }
    }

    private static void Months(PerformancePlan plan, PlanAction action, params int[] months)
    {
        foreach (var month in months)
        {
            plan.Schedule(action, Period.Month(month));
        }
    }

    private static PerformancePlan Signed(WorkUnit unit, PerformancePlan plan, EntityKind entity, DateOnly date)
    {
        var head = unit.HeadOf(entity)!;
        plan.Sign(new SignatureBlock(unit.SignatureCity, date, unit.Entity(entity).HeadPosition, head.Name, head.Nip));
        return plan;
    }
}
