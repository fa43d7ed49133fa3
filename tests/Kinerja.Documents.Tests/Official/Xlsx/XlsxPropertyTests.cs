using System.Text;
using System.Text.RegularExpressions;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Tests.Official.Xlsx;

/// <summary>
/// Export → import = identity over many generated plans. Each plan comes from its own seed, printed on failure, so a
/// failing case is rebuilt with <see cref="Generate"/>. The generator keeps to the importer's contract, no more:
/// whitespace is collapsed (cells are read with whitespace collapsed); texts do not start with a column heading word
/// (a row of three short heading-like cells is a header); a trailing "(code)" is only a budget code; schedule values are
/// not marks ("v", "x", "√"…); a blank Pelaksana continues the one above within a goal; the signatory's position
/// names the entity's head (it decides commission or secretariat).
/// </summary>
public sealed partial class XlsxPropertyTests
{
    private const int Plans = 200;

    private static readonly string[] Openers = ["Terwujudnya", "Meningkatnya", "Persentase", "Tersusunnya", "Penyusunan", "Rapat", "Sosialisasi", "Fasilitasi", "Evaluasi", "Tingkat", "Nilai", "Supervisi"];

    private static readonly string[] Words = ["dukungan", "logistik", "Pemilu/Pemilihan", "data", "pemilih", "berkelanjutan", "anggaran", "kinerja", "KPU", "yang", "efektif", "dan", "efisien", "tahun", "2026", "laporan", "keuangan", "BMN", "sesuai", "jadwal", "partisipasi", "masyarakat"];

    private static readonly string[] Odd = ["\"kutip\"", "'tunggal'", "A & B", "<b>tebal</b>", "<script>x</script>", "&amp;", "&lt;p&gt;", "**bintang**", "🗳️", "✅👍🏽", "naïve café", "50%", "Rp 1.000.000,-", "a\tb", "baris\nbaru", "  spasi   ganda ", "(catatan)", "[x]", "#1", "\\path", "ümlaut", "漢字", "—", "…", "½", "_x0041_"];

    private static readonly string[] Leading = ["=", "+", "-", "@", "=SUM(A1:A3)", "+62 21 ", "-1 ", "@import "];

    private static readonly string[] Targets = ["95%", "100 %", "97,5 %", "97.5 %", "B", "AA", "WTP", "4 lap", "8 Kali", "2 perkara", "3,4", "35", "1 Dok", "6 kec. 29 kel", "80–90%", "12 lap", "Tersedia tepat waktu", "-", "=100%", "@semua", "Sesuai \"SOP\" & <aturan>"];

    private static readonly string[] GoalCodes = ["076.01.01", "076.01.06", "076.01.WA", "076.01.CQ", "3355", "3355.003", "3355.EBA.994"];

    private static readonly string[] IndicatorCodes = ["3355.003", "3356.008", "3355.EBA.994", "3363.002.051"];

    private static readonly string[] Places = ["Serang", "Semarang", "Pontianak", "Probolinggo", "Sungai Raya", "Tanjung Pinang", "Pangkal Pinang"];

    private static readonly string[] Names = ["Dra. Siti Aminah, M.Si", "H. Abdul Rahman, S.Sos", "Ir. I Made Wirawan", "Ratna Dewi, S.H., M.H.", "Muhammad Yusuf", "Hj. Nur'aini", "A. Baso Tenri"];

    private static readonly string[] Organisations = ["KPU KOTA SERANG", "KOMISI PEMILIHAN UMUM", "SEKRETARIAT KPU PROVINSI BANTEN"];

    private static readonly string[] UnitNames = ["Subbag Umum dan Logistik", "Subbag Program & Data", "Divisi Hukum", "Bagian \"Keuangan\"", "Subbag SDM <Parmas>", "Divisi Teknis 🗳️", "=Subbag Rendatin", "+Tim Kerja", "@Operator SIDALIH", "-Sekretariat Tim"];

    private static readonly string[] Regions = ["Serang", "Tanah Laut", "Kepulauan Seribu", "Pontianak", "Probolinggo", "Bandung Barat", "Timor Tengah Selatan", "Kubu Raya", "Ogan Komering Ulu"];

    private static readonly string[] Nips = ["197107031999032007", "196602021987121007", "198001152005011002", "197512192002121005"];

    [Fact]
    public void Generated_plans_survive_export_and_import()
    {
        for (var i = 0; i < Plans; i++)
        {
            var seed = 20_260_000 + i;
            var (unit, plan) = Generate(seed);
            var context = $"seed {seed} ({plan.Kind} {plan.ScheduleStyle}, {unit.Name}; rebuild with XlsxPropertyTests.Generate({seed}))";

            var (document, back) = XlsxPlans.RoundTrip(plan, unit);

            XlsxPlans.AssertClean(document, context);
            Assert.True(document.WorkUnit?.Name == unit.Name, $"{context}: work unit read as {document.WorkUnit?.Name}");
            Assert.True(back is not null, $"{context}: {document.Plans.Count} plans read");
            XlsxPlans.AssertSame(plan, back, unit, context);
        }
    }

    internal static (WorkUnit Unit, PerformancePlan Plan) Generate(int seed)
    {
        var random = new Random(seed);
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        var region = Pick(random, Regions);
        var province = WorkUnit.CreateProvince("KPU Provinsi " + Pick(random, Regions), nation, null, "Ibu Kota");
        var unit = random.Next(6) switch
        {
            0 => nation,
            1 => province,
            2 => WorkUnit.CreateRegencyCity("KPU Kota " + region, province, null, region),
            _ => WorkUnit.CreateRegencyCity("KPU Kabupaten " + region, province, null, region),
        };
        var entity = random.Next(2) == 0 ? EntityKind.Commission : EntityKind.Secretariat;
        var units = UnitNames.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).Select(n => unit.AddOrganisationalUnit(entity, n)).ToList();
        var kind = random.Next(4) == 0 ? PlanKind.Rkt : PlanKind.Rak;
        var style = kind == PlanKind.Rkt ? ScheduleStyle.None : random.Next(2) == 0 ? ScheduleStyle.Quarterly : ScheduleStyle.Monthly;
        var plan = PerformancePlan.Create(unit.Id, entity, new FiscalYear(random.Next(2018, 2031)), kind, style);
        var goals = random.Next(1, 6);
        for (var g = 0; g < goals; g++)
        {
            var code = random.Next(3) == 0 ? BudgetCode.Parse(Pick(random, GoalCodes)) : (BudgetCode?)null;
            var number = random.Next(3) switch
            {
                0 => null,
                1 => (g + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => Pick(random, ["I", "II", "1a", "=1", "-", "+2", "@3", "A.1"]),
            };
            var goal = plan.AddGoal(Text(random), GoalLevel.Strategic, code, number);
            Guid? responsible = null;
            var indicators = random.Next(0, 4);
            for (var n = 0; n < indicators; n++)
            {
                var target = random.Next(5) == 0 ? null : (Target?)Target.Parse(Pick(random, Targets));
                var direction = target is { Kind: TargetKind.Range } ? Direction.Range : Direction.HigherIsBetter;
                var indicatorCode = random.Next(4) == 0 ? Pick(random, IndicatorCodes) : null;
                var indicator = plan.AddIndicator(goal, Text(random), target, direction, indicatorCode);
                var actions = kind == PlanKind.Rak ? random.Next(0, 5) : 0;
                for (var a = 0; a < actions; a++)
                {
                    // Once a Pelaksana is printed in a goal, a blank one below reads as "the same": keep one from then on.
                    if (responsible is null ? random.Next(2) == 0 : random.Next(3) == 0)
                    {
                        responsible = Pick(random, units).Id;
                    }

                    var action = plan.AddAction(
                        indicator,
                        Text(random),
                        random.Next(3) == 0 ? null : (Target?)Target.Parse(Pick(random, Targets)),
                        responsible,
                        random.Next(4) == 0 ? null : new Rupiah(Money(random)));
                    foreach (var period in Period.All(style).Where(_ => random.Next(3) == 0))
                    {
                        plan.Schedule(action, period, random.Next(2) == 0 ? null : Pick(random, ["36 Pegawai", "100%", "=1+1", "@x", "+1", "2 lap", "🗳️ 3", "Rp 5.000.000", "<i>1</i>", "-"]));
                    }
                }
            }
        }

        if (random.Next(5) != 0)
        {
            var position = entity == EntityKind.Commission
                ? Pick(random, ["KETUA", "Ketua", "Plh. Ketua"])
                : Pick(random, ["SEKRETARIS", "Pt. Sekretaris", "SEKRETARIS/KUASA PENGGUNA ANGGARAN", "Plt. Sekretaris"]);
            var year = plan.Year.Value;
            plan.Sign(new SignatureBlock(
                Pick(random, Places),
                new DateOnly(year, random.Next(1, 13), random.Next(1, 29)),
                position,
                Pick(random, Names),
                random.Next(3) == 0 ? null : Nip.Parse(Pick(random, Nips)),
                random.Next(2) == 0 ? null : Pick(random, Organisations)));
        }

        return (unit, plan);
    }

    /// <summary>A text as a planner might type it, odd characters included, whitespace collapsed as the importer reads cells.</summary>
    private static string Text(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(6) == 0)
        {
            text.Append(Pick(random, Leading));
        }

        text.Append(Pick(random, Openers));
        var length = random.Next(10) == 0 ? random.Next(500, 3000) : random.Next(5, 120);
        while (text.Length < length)
        {
            text.Append(' ').Append(random.Next(4) == 0 ? Pick(random, Odd) : Pick(random, Words));
        }

        var collapsed = Space().Replace(text.ToString(), " ").Trim();
        return collapsed.Length > 3000 ? collapsed[..3000].TrimEnd() : collapsed;
    }

    /// <summary>
    /// Zero, small, typical and huge amounts, spread over the orders of magnitude, up to a thousandth of
    /// <see cref="Rupiah.Max"/> so that a plan's total of ceilings stays within it too.
    /// </summary>
    private static long Money(Random random) => random.Next(8) switch
    {
        0 => 0,
        1 => Rupiah.Max / 1_000,
        _ => (long)Math.Min(Rupiah.Max / 1_000d, Math.Floor(Math.Pow(10, random.NextDouble() * 15))),
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
