using System.Text.RegularExpressions;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Seeds;

/// <summary>Seed 000: RAK 2018 KPU Kota Semarang, commission part (T1–T4) and secretariat part (B1–B12).</summary>
public sealed partial class Seed000SemarangRakTests
{
    private const string Mark = "■";
    private static readonly string[] Lines = SeedFiles.ReadLines("000");
    private static readonly IReadOnlyList<SeedPart> Parts = SeedFiles.Parts(Lines);

    [Fact]
    public void Document_has_a_commission_part_and_a_secretariat_part()
    {
        Assert.Equal(2, Parts.Count);
        Assert.Contains(Parts[0].Pages[0], r => r.Cells.Contains("T1"));
        Assert.Contains(Parts[1].Pages[0], r => r.Cells.Contains("B12"));
    }

    [Fact]
    public void First_page_of_the_commission_part_enters_without_loss()
    {
        var rows = CommissionRows(Parts[0].Pages.Take(1));
        var (unit, plan) = BuildCommission(rows);

        SeedFiles.AssertAllCellsFound(rows, SeedFiles.TextsOf(plan, unit, Mark));
        Assert.Equal(PlanKind.Rak, plan.Kind);
        Assert.Equal(ScheduleStyle.Quarterly, plan.ScheduleStyle);
        Assert.Equal(2018, plan.Year.Value);
        var goal = Assert.Single(plan.Goals);
        Assert.Equal(BudgetCode.Parse("076.01.01"), goal.BudgetCode);
        Assert.Equal(BudgetLevel.Program, goal.BudgetCode!.Value.Level);
        Assert.Equal(["95%", "95%", "80%", "100%", "80%", "80%", "80%"], goal.Indicators.Select(i => i.Target!.Value.Text));
        Assert.All(goal.Indicators, i => Assert.Equal(TargetKind.Percentage, i.Target!.Value.Kind));
        Assert.Equal("3355.003", goal.Indicators[0].Code);
        Assert.Equal("Ketepatan Laporan Sistem Akuntansi dan Pelaporan Keuangan", goal.Indicators[0].Text);
        Assert.Equal(BudgetCode.Parse("3355.003"), goal.Indicators[0].Actions[0].BudgetOutput);
        Assert.Equal(["3355.003", "3355.007", "3355.009", "3355.994", "3356.008", "3356.009", "3356.014"], goal.Indicators.Select(i => i.Code));
        Assert.Equal("Divisi Umum, Keuangan, dan Logistik", Assert.Single(unit.OrganisationalUnits).Name);
    }

    [Fact]
    public void Whole_commission_part_enters_with_marks_continuation_and_signature()
    {
        var rows = CommissionRows(Parts[0].Pages);
        var (unit, plan) = BuildCommission(rows);

        SeedFiles.AssertAllCellsFound(rows, SeedFiles.TextsOf(plan, unit, Mark));
        Assert.Equal(["076.01.01", "076.01.06"], plan.Goals.Select(g => g.BudgetCode!.Value.Value));
        Assert.Equal(38, plan.Indicators.Count());

        // "Triwulan dan Tahunan" heads page 4 alone: it continues the last action of page 3.
        var satgas = plan.Actions.Single(a => a.Name.StartsWith("Pembentukan Satgas SPIP", StringComparison.Ordinal));
        Assert.Equal("Pembentukan Satgas SPIP, Kartu Kendali, dan laporan Triwulan dan Tahunan", satgas.Name);

        var penyuluhan = plan.Indicators.Single(i => i.Code == "3363.013").Actions.Single();
        Assert.Equal([Period.Quarter(3), Period.Quarter(4)], penyuluhan.Schedule.Select(e => e.Period));
        Assert.All(penyuluhan.Schedule, e => Assert.Null(e.Value));
        var juknis = plan.Indicators.Single(i => i.Code == "3364.041").Actions.Single();
        Assert.Equal([Period.Quarter(1), Period.Quarter(4)], juknis.Schedule.Select(e => e.Period));
        Assert.Equal(Lines.Sum(l => l.Count(c => c == '■')), plan.Actions.Sum(a => a.Schedule.Count));

        // Italics are markup: "(<i>Stock Opname</i>)" is kept as its words.
        var stockTaking = Assert.Single(plan.Indicators, i => i.Code == "3360.009");
        Assert.Contains("(Stock Opname)", stockTaking.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", stockTaking.Text, StringComparison.Ordinal);

        Assert.Equal(["Semarang, 5 Januari 2018", "KETUA", "KPU KOTA SEMARANG", "HENRY WAHYONO"], Parts[0].SignatureLines);
        var signature = plan.Signature!;
        Assert.Equal(Parts[0].SignatureLines, [signature.PlaceAndDate, signature.Position!, signature.Organisation!, signature.Name]);
        Assert.Null(signature.Nip);
    }

    [Fact]
    public void Secretariat_part_is_monthly_and_signed_by_the_sekretaris()
    {
        var rows = SeedFiles.DataRows(Parts[1].Pages, "SASARAN STRATEGIS", IsPeriodHeader, _ => false);
        var unit = CreateUnit();
        var plan = PerformancePlan.Create(unit.Id, EntityKind.Secretariat, Year(), PlanKind.Rak, ScheduleStyle.Monthly);
        foreach (var row in rows)
        {
            var (statement, code) = SeedFiles.SplitCode(row[0]);
            var goal = plan.AddGoal(statement, GoalLevel.Output, code);
            var indicator = plan.AddIndicator(goal, row[1], Target.Parse(row[2]));
            // Data rows carry one cell more than the header: B1–B12 are cells 5–16, cell 17 is always empty, PELAKSANA is cell 18.
            Assert.Equal(18, row.Cells.Count);
            Assert.Equal(string.Empty, row[16]);
            var action = plan.AddAction(indicator, row[3], responsibleUnitId: unit.OrganisationalUnitNamed(EntityKind.Secretariat, row[17]).Id, budgetOutput: code);
            ScheduleCells(plan, action, row, 4, 12, Period.Month);
        }

        plan.Sign(Signature(Parts[1].SignatureLines));

        SeedFiles.AssertAllCellsFound(rows, SeedFiles.TextsOf(plan, unit, Mark));
        Assert.Equal(ScheduleStyle.Monthly, plan.ScheduleStyle);
        Assert.Equal(Enumerable.Range(1, 12).Select(n => "B" + n), Parts[1].Pages[0][1].NonEmpty);
        Assert.Equal(21, plan.Goals.Count);
        Assert.Equal(BudgetCode.Parse("3356.008"), plan.Goals[0].BudgetCode);
        Assert.Equal(["Subbag Umum", "Subbag Program data", "Subbag Hukum", "Subbag TP Hupmas"], unit.OrganisationalUnits.Select(u => u.Name));

        var signature = plan.Signature!;
        Assert.Equal(["Semarang, 5 Januari 2018", "SEKRETARIS", "KPU KOTA SEMARANG", "HERY SUTARKO SH, MM", "NIP. 19660202 198712 1 007"], Parts[1].SignatureLines);
        Assert.Equal("SEKRETARIS", signature.Position);
        Assert.Equal("KPU KOTA SEMARANG", signature.Organisation);
        Assert.Equal("HERY SUTARKO SH, MM", signature.Name);
        Assert.Equal("19660202 198712 1 007", signature.Nip!.Value.Grouped);
        Assert.Equal(new DateOnly(1966, 2, 2), signature.Nip.Value.BirthDate);
        Assert.Equal(Sex.Male, signature.Nip.Value.Sex);
    }

    private static IReadOnlyList<SeedRow> CommissionRows(IEnumerable<IReadOnlyList<SeedRow>> pages) =>
        SeedFiles.DataRows(pages, "SASARAN STRATEGIS", IsPeriodHeader, r => r[0].Length == 0 && r[1].Length == 0 && r[2].Length == 0);

    private static (WorkUnit Unit, PerformancePlan Plan) BuildCommission(IReadOnlyList<SeedRow> rows)
    {
        var unit = CreateUnit();
        var plan = PerformancePlan.Create(unit.Id, EntityKind.Commission, Year(), PlanKind.Rak, ScheduleStyle.Quarterly);
        Goal? goal = null;
        foreach (var row in rows)
        {
            if (row[0].Length > 0)
            {
                var (statement, code) = SeedFiles.SplitCode(row[0]);
                goal = plan.AddGoal(statement, GoalLevel.Program, code);
            }

            var (text, indicatorCode) = SeedFiles.SplitCode(row[1]);
            var indicator = plan.AddIndicator(goal!, text, Target.Parse(row[2]), code: indicatorCode?.Value);
            var action = plan.AddAction(indicator, row[3], responsibleUnitId: unit.OrganisationalUnitNamed(EntityKind.Commission, row[8]).Id, budgetOutput: indicatorCode);
            ScheduleCells(plan, action, row, 4, 4, Period.Quarter);
        }

        if (rows.Count > 30)
        {
            plan.Sign(Signature(Parts[0].SignatureLines));
        }

        return (unit, plan);
    }

    private static void ScheduleCells(PerformancePlan plan, PlanAction action, SeedRow row, int first, int count, Func<int, Period> period)
    {
        for (var n = 1; n <= count; n++)
        {
            var cell = row[first + n - 1];
            if (cell == Mark)
            {
                plan.Schedule(action, period(n));
            }
            else if (cell.Length > 0)
            {
                plan.Schedule(action, period(n), cell);
            }
        }
    }

    /// <summary>place-date, position, organisation, name, and the NIP line when there is one.</summary>
    private static SignatureBlock Signature(IReadOnlyList<string> lines)
    {
        var (place, date) = SeedFiles.ParsePlaceAndDate(lines[0]);
        Nip? nip = lines.Count > 4 ? Nip.Parse(lines[4].Replace("NIP.", string.Empty, StringComparison.Ordinal)) : null;
        return new SignatureBlock(place, date, lines[1], lines[3], nip, lines[2]);
    }

    private static WorkUnit CreateUnit()
    {
        var name = Lines.Select(l => UnitName().Match(l)).Single(m => m.Success).Groups[1].Value;
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        var province = WorkUnit.CreateProvince("KPU Provinsi Jawa Tengah", nation, null, "Semarang");
        var unit = WorkUnit.CreateRegencyCity(name, province, null, "Semarang");
        Assert.Equal("KPU Kota Semarang", unit.Name);
        return unit;
    }

    private static FiscalYear Year() =>
        new(int.Parse(Lines.Select(l => YearLine().Match(l)).Single(m => m.Success).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static bool IsPeriodHeader(string cell) => PeriodHeader().IsMatch(cell);

    [GeneratedRegex(@"^[TB]\d{1,2}$")]
    private static partial Regex PeriodHeader();

    [GeneratedRegex(@"^Nama/Unit Organisasi : (.+)$")]
    private static partial Regex UnitName();

    [GeneratedRegex(@"^Tahun Anggaran : (\d{4})$")]
    private static partial Regex YearLine();
}
