using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Seeds;

/// <summary>Seed 002: RAK 2021 Sekretariat KPU Provinsi Banten, with action targets, quarter values and pagu.</summary>
public sealed class Seed002BantenRakTests
{
    private const string Mark = "■";
    private static readonly string[] Lines = SeedFiles.ReadLines("002");

    [Fact]
    public void First_pages_enter_without_loss()
    {
        var (rows, unit, plan) = Build(pages: 2);

        SeedFiles.AssertAllCellsFound(rows, SeedFiles.TextsOf(plan, unit, Mark));
        Assert.Equal(Enumerable.Range(1, 12).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), plan.Goals.Select(g => g.Number));
        Assert.Equal(EntityKind.Secretariat, plan.Entity);
        Assert.Equal(ScheduleStyle.Quarterly, plan.ScheduleStyle);
        Assert.Equal(2021, plan.Year.Value);
    }

    [Fact]
    public void Whole_table_enters_without_loss_and_is_signed_by_the_pt_sekretaris()
    {
        var (rows, unit, plan) = Build(pages: int.MaxValue);

        SeedFiles.AssertAllCellsFound(rows, SeedFiles.TextsOf(plan, unit, Mark));
        Assert.Equal(29, plan.Goals.Count);
        Assert.Equal(Direction.LowerIsBetter, plan.Goals.Single(g => g.Number == "20").Indicators[0].Direction);

        Assert.Equal(["Serang, 28 Januari 2021", "KOMISI PEMILIHAN UMUM PROVINSI BANTEN", "Pt. Sekretaris,", "ANNISA ROSPA.P", "NIP. 19710703 199903 2 007"], Part.SignatureLines);
        var signature = plan.Signature!;
        Assert.Equal("Serang", signature.Place);
        Assert.Equal(new DateOnly(2021, 1, 28), signature.Date);
        Assert.Equal("Serang, 28 Januari 2021", signature.PlaceAndDate);
        Assert.Equal("Pt. Sekretaris,", signature.Position);
        Assert.Equal("KOMISI PEMILIHAN UMUM PROVINSI BANTEN", signature.Organisation);
        Assert.Equal("ANNISA ROSPA.P", signature.Name);
        Assert.Equal("19710703 199903 2 007", signature.Nip!.Value.Grouped);
        Assert.Equal(Sex.Female, signature.Nip.Value.Sex);
    }

    [Fact]
    public void Quarter_values_follow_the_three_cells_of_the_second_page()
    {
        var (_, _, plan) = Build(pages: 2);

        Assert.Equal([new ScheduleEntry(Period.Quarter(1), "36 Pegawai")], Action(plan, "Kenaikan Pangkat").Schedule);
        Assert.Equal([new ScheduleEntry(Period.Quarter(3), "3 Orang")], Action(plan, "Rapat Tim Penilai Kinerja").Schedule);
        Assert.Equal([new ScheduleEntry(Period.Quarter(1), "36 Pegawai"), new ScheduleEntry(Period.Quarter(3), "89 Pegawai")], Action(plan, "Sistem Aplikasi Pelayanan Kepegawaian").Schedule);
        Assert.Equal([new ScheduleEntry(Period.Quarter(2), "34 Pegawai"), new ScheduleEntry(Period.Quarter(3), "34 Pegawai")], Action(plan, "Sistem Informasi Presensi dan Kinerja").Schedule);
        Assert.Equal(6, plan.Actions.Sum(a => a.Schedule.Count));
    }

    [Fact]
    public void Targets_keep_their_text_and_meaning()
    {
        var (_, _, plan) = Build(pages: 2);

        var first = plan.Goals[0].Indicators[0];
        Assert.Equal("100 %", first.Target!.Value.Text);
        Assert.Equal(TargetKind.Percentage, first.Target.Value.Kind);
        Assert.Equal(100m, first.Target.Value.Value);
        var pegawai = plan.Goals.Single(g => g.Number == "10").Indicators[0].Target!.Value;
        Assert.Equal(("97.5 %", TargetKind.Percentage, 97.5m), (pegawai.Text, pegawai.Kind, pegawai.Value!.Value));

        var akuntabilitas = plan.Goals.Single(g => g.Number == "5");
        Assert.Equal(Grade.B, akuntabilitas.Indicators[0].Target!.Value.Grade);
        Assert.Equal("B", akuntabilitas.Indicators[0].Actions[0].Target!.Value.Text);
        Assert.Equal(AuditOpinion.WTP, akuntabilitas.Indicators[1].Target!.Value.Opinion);
        var reviu = akuntabilitas.Indicators[1].Actions[0].Target!.Value;
        Assert.Equal(("4 lap", TargetKind.Quantity, 4m, "lap"), (reviu.Text, reviu.Kind, reviu.Value!.Value, reviu.Unit));
        var revisi = plan.Goals.Single(g => g.Number == "7").Indicators[0].Target!.Value;
        Assert.Equal(("8 Kali", TargetKind.Quantity, 8m, "Kali"), (revisi.Text, revisi.Kind, revisi.Value!.Value, revisi.Unit));
        Assert.DoesNotContain(PlanChecks.Run(plan), f => f.Code == TargetNotUnderstood.Id);
    }

    [Fact]
    public void Pagu_is_held_per_action_and_totals_per_goal()
    {
        var (_, unit, plan) = Build(pages: 2);

        var totals = new Dictionary<string, string>
        {
            ["1"] = "29,295,000",
            ["2"] = "23,134,000",
            ["3"] = "6,700,000",
            ["4"] = "1,159,691,000",
            ["5"] = "46,124,000",
            ["6"] = "39,044,000",
            ["7"] = "14,548,000",
            ["10"] = "14,180,000",
            ["11"] = "6,080,000",
            ["12"] = "58,001,000",
        };
        foreach (var (number, total) in totals)
        {
            Assert.Equal(Rupiah.Parse(total), plan.Goals.Single(g => g.Number == number).BudgetCeilingTotal);
        }

        Assert.Equal(Rupiah.Parse("2,100,000"), Action(plan, "Penyeleenggaraan tes assesmenet").BudgetCeiling);
        Assert.Equal("Subbag SDM", unit.OrganisationalUnits.Single(u => u.Id == Action(plan, "Penyeleenggaraan tes assesmenet").ResponsibleUnitId).Name);
    }

    private static SeedPart Part => Assert.Single(SeedFiles.Parts(Lines));

    private static PlanAction Action(PerformancePlan plan, string startsWith) =>
        plan.Actions.Single(a => a.Name.StartsWith(startsWith, StringComparison.Ordinal));

    /// <summary>
    /// Columns: No · Sasaran · Indikator · Target · Aksi · Target Aksi · Triwulan I–IV · Pagu · Pelaksana. The second page lost
    /// one quarter column (11 cells instead of 12): its three cells are read as I–III, which is how "34 Pegawai" lines up under II and III.
    /// </summary>
    private static (IReadOnlyList<SeedRow> Rows, WorkUnit Unit, PerformancePlan Plan) Build(int pages)
    {
        var rows = SeedFiles.DataRows(Part.Pages.Take(pages), "No", c => c is "I" or "II" or "III" or "IV", _ => false);
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        var unit = WorkUnit.CreateProvince(SeedFiles.Clean(Lines[3]), nation, null, "Serang");
        Assert.Equal("KOMISI PEMILIHAN UMUM PROVINSI BANTEN", unit.Name);
        Assert.Equal("SEKRETARIS", SeedFiles.Clean(Lines[4]));
        var year = new FiscalYear(int.Parse(SeedFiles.Clean(Lines[2])[^4..], System.Globalization.CultureInfo.InvariantCulture));
        var plan = PerformancePlan.Create(unit.Id, EntityKind.Secretariat, year, PlanKind.Rak, ScheduleStyle.Quarterly);

        Goal? goal = null;
        Indicator? indicator = null;
        Guid? responsible = null;
        foreach (var row in rows)
        {
            Assert.InRange(row.Cells.Count, 11, 12);
            var quarters = row.Cells.Count - 8;
            if (row[0].Length > 0)
            {
                goal = plan.AddGoal(row[1], GoalLevel.Program, number: row[0]);
                responsible = null;
            }

            if (row[2].Length > 0)
            {
                var direction = row[2].StartsWith("Penurunan", StringComparison.Ordinal) ? Direction.LowerIsBetter : Direction.HigherIsBetter;
                indicator = plan.AddIndicator(goal!, row[2], Target.From(row[3]), direction);
            }

            var pelaksana = row[7 + quarters];
            if (pelaksana.Length > 0)
            {
                responsible = unit.OrganisationalUnitNamed(EntityKind.Secretariat, pelaksana).Id;
            }

            var pagu = row[6 + quarters];
            var action = plan.AddAction(indicator!, row[4], Target.From(row[5]), responsible, pagu.Length > 0 ? Rupiah.Parse(pagu) : null);
            for (var q = 1; q <= quarters; q++)
            {
                var cell = row[5 + q];
                if (cell is Mark or "√")
                {
                    plan.Schedule(action, Period.Quarter(q));
                }
                else if (cell.Length > 0)
                {
                    plan.Schedule(action, Period.Quarter(q), cell);
                }
            }
        }

        var signature = Part.SignatureLines;
        var (place, date) = SeedFiles.ParsePlaceAndDate(signature[0]);
        plan.Sign(new SignatureBlock(place, date, signature[2], signature[3], Nip.Parse(signature[4].Replace("NIP.", string.Empty, StringComparison.Ordinal)), signature[1]));
        return (rows, unit, plan);
    }
}
