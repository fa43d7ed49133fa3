using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Monitoring;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Tests.Official;

/// <summary>
/// Sources of the monitoring documents for KPU Kota Serang, their capaian computed by the domain: a lower-is-better
/// dispute count at 107,14% (uncapped policy), a blank realisation, an n/a one, a met percentage and a missed one.
/// </summary>
internal static class MonitoringSamples
{
    public const string Disputes = "Jumlah sengketa hasil pemilihan";
    public const string Turnout = "Tingkat partisipasi pemilih";
    public const string Archive = "Persentase arsip yang tertata";
    public const long FirstCeiling = 1_159_691_000;
    public const long SecondCeiling = 27_000_000;

    private static readonly AchievementPolicy Policy = AchievementPolicy.Standard with { Cap = null };

    public static LetterheadSource Letterhead => new("KOMISI PEMILIHAN UMUM", "KOTA SERANG", "Jl. Ahmad Yani No. 84, Serang", "Telp. (0254) 200201");

    /// <summary>The capaian of <paramref name="realisation"/> against <paramref name="target"/> as the web maps it.</summary>
    public static CapaianCell Capaian(string target, string realisation, Direction direction = Direction.HigherIsBetter)
    {
        var achievement = Achievement.Of(Target.Parse(target), Realisation.Parse(realisation), direction, Policy);
        var band = achievement.Category is { } c ? Policy.Bands.ToList().FindIndex(b => b.Name == c.Name) : (int?)null;
        var note = achievement.Status == AchievementStatus.NotReported ? "belum dilaporkan" : achievement.Display();
        return new CapaianCell(achievement.Status == AchievementStatus.Computed ? achievement.Percent : null, note, achievement.Category?.Name, band);
    }

    public static LkjDocument Lkj() => new(
        "KPU Kota Serang",
        "KPU Kota Serang",
        2026,
        4,
        Letterhead,
        [
            new LkjGoal("1", "Terwujudnya tahapan pemilihan sesuai jadwal",
            [
                new LkjIndicator("1.1", Disputes, "7", "6,5", Capaian("7", "6,5", Direction.LowerIsBetter), new NumericValue(6.5m, false, null)),
                new LkjIndicator("1.2", Turnout, "77,5%", "n/a", Capaian("77,5%", "n/a")),
            ]),
            new LkjGoal("2", "Meningkatnya tata kelola arsip",
            [
                new LkjIndicator("2.1", Archive, "100%", "belum dilaporkan", Capaian("100%", string.Empty)),
            ]),
        ],
        new BudgetSummary(FirstCeiling + SecondCeiling, 1_000_000_000, 84.3m),
        Chair);

    /// <summary>The chair's signature block, as the web maps it from the unit's head.</summary>
    public static SignatureSource Chair => new("Serang, 5 Januari 2027", "Ketua KPU Kota Serang", null, "Wahyu Hidayat", "19700101 199501 1 001");

    /// <summary>The secretary's signature block: the report's signer.</summary>
    public static SignatureSource Secretary => new("Serang, 5 Januari 2027", "Sekretaris KPU Kota Serang", null, "Yusuf Hamdani", "19700101 199501 1 002");

    /// <summary>The report with <paramref name="count"/> more secretariat indicators, at 50% … 99%: a PK longer than a page of bars.</summary>
    public static MonitoringReportDocument Long(int count)
    {
        var report = Report();
        var extra = Enumerable.Range(1, count).Select(i =>
        {
            var value = (50 + (i % 50)).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";
            return new MonitoringIndicator($"2.{i}", "2. Sasaran tambahan", $"Indikator tambahan {i}", "100%", value, value, Capaian("100%", value), null, null);
        });
        var secretariat = report.Entities[1] with { Indicators = [.. report.Entities[1].Indicators, .. extra] };
        return report with { Entities = [report.Entities[0], secretariat] };
    }

    /// <summary>The report through <paramref name="quarter"/>: months reported up to the quarter's last; the NKA only at TW IV.</summary>
    public static MonitoringReportDocument Report(int quarter = 4)
    {
        var through = quarter * 3;
        var months = new List<MonthPoint>();
        long planned = 0;
        long realised = 0;
        for (var m = 1; m <= 12; m++)
        {
            planned += 98_000_000;
            realised += 90_000_000;
            months.Add(new MonthPoint(m, planned, m <= through ? realised : null));
        }

        var commission = new MonitoringEntity(
            "KPU Kota Serang",
            "KPU",
            [
                new MonitoringIndicator("1.1", "1. Terwujudnya tahapan pemilihan sesuai jadwal", Disputes, "7", "1", "6,5", Capaian("7", "6,5", Direction.LowerIsBetter), null, null),
                new MonitoringIndicator("1.2", "1. Terwujudnya tahapan pemilihan sesuai jadwal", Turnout, "77,5%", "n/a", "n/a", Capaian("77,5%", "n/a"), null, null),
                new MonitoringIndicator("1.3", "1. Terwujudnya tahapan pemilihan sesuai jadwal", "Persentase tahapan sesuai jadwal", "100%", "97,5%", "97,5%", Capaian("100%", "97,5%"), null, null, new NumericValue(97.5m, true, null), new NumericValue(97.5m, true, null)),
            ],
            [],
            []);
        var secretariat = new MonitoringEntity(
            "Sekretariat KPU Kota Serang",
            "Sekretariat",
            [
                new MonitoringIndicator("1.1", "1. Meningkatnya tata kelola arsip", Archive, "100%", "belum dilaporkan", "belum dilaporkan", Capaian("100%", string.Empty), "Penataan ruang arsip tertunda.", "Pengadaan rak arsip pada triwulan berikutnya."),
                new MonitoringIndicator("1.2", "1. Meningkatnya tata kelola arsip", "Persentase layanan perkantoran", "100%", "60%", "60%", Capaian("100%", "60%"), null, null),
            ],
            [MonitoringFormat.Quarter(quarter)],
            [
                new MonitoringAction("Operasional Kantor", "100%", ["Selesai"]),
                new MonitoringAction("Penatausahaan BMN", "4 lap", ["belum dilaporkan"]),
            ]);
        var ceiling = FirstCeiling + SecondCeiling;
        return new MonitoringReportDocument(
            "KPU Kota Serang",
            2026,
            quarter,
            Letterhead,
            [commission, secretariat],
            through,
            [
                new MonitoringBudgetRow("4290.EBA.994", "Layanan Perkantoran", FirstCeiling, 800_000_000, 750_000_000, 64.67m),
                new MonitoringBudgetRow("3364.QDC.001", "Pendidikan Pemilih", SecondCeiling, 20_000_000, 18_000_000, 66.67m),
            ],
            new MonitoringBudgetRow(string.Empty, "Jumlah", ceiling, 820_000_000, 768_000_000, 64.72m),
            91.84m,
            months,
            quarter == 4 ? new NkaSource(83.57m, 64.72m, 91.84m, 60m, 79.87m) : null,
            [new WarningSource("EW_NOT_REPORTED", "Persentase arsip yang tertata", "Realisasi TW belum dilaporkan.")],
            Secretary);
    }
}
