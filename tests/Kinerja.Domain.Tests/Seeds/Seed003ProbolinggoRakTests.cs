using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Seeds;

/// <summary>Seed 003: RAK 2022 KPU Kota Probolinggo: DIPA and pagu in prose, then the commission and the secretariat tables (TW1–TW4 √).</summary>
public sealed partial class Seed003ProbolinggoRakTests
{
    private const string Mark = "√";
    private static readonly string[] Lines = SeedFiles.ReadLines("003");
    private static readonly SeedPart Part = Assert.Single(SeedFiles.Parts(Lines));

    [Fact]
    public void Commission_table_enters_without_loss()
    {
        var (rows, unit, plan) = Build(EntityKind.Commission);

        SeedFiles.AssertAllCellsFound(rows, SeedFiles.TextsOf(plan, unit, Mark));
        Assert.Equal(5, plan.Goals.Count);
        Assert.Equal("ADVOKASI DAN SENGKETA HUKUM", plan.Goals[3].Statement);
        Assert.All(plan.Goals, g => Assert.Equal(GoalLevel.Activity, g.Level));

        // The first indicator cell runs on over the page break: "… logistic" + "keperluan Pemilu/Pemilihan 3. … 4. …".
        var first = plan.Goals[0].Indicators[0].Text;
        Assert.Contains("pengadaan logistic keperluan Pemilu/Pemilihan 3. Persentase", first, StringComparison.Ordinal);
        Assert.EndsWith("sebelum pemungutan suara pemilu/pemilihan", first, StringComparison.Ordinal);
        Assert.Contains(plan.Actions, a => a.Name.EndsWith("Perguruan n Tinggi dan Masyarakat)", StringComparison.Ordinal));

        // "Persentase proses PAW …" has no target in the table: no target, not an empty one.
        Assert.Null(plan.Indicators.Single(i => i.Text.StartsWith("Persentase proses PAW", StringComparison.Ordinal)).Target);
        Assert.Null(plan.Signature);
    }

    [Fact]
    public void Secretariat_table_enters_without_loss_and_is_signed()
    {
        var (rows, unit, plan) = Build(EntityKind.Secretariat);

        SeedFiles.AssertAllCellsFound(rows, SeedFiles.TextsOf(plan, unit, Mark));
        Assert.Equal(7, plan.Goals.Count);
        Assert.Equal("Terwujudnya Pengelolaan Keuangan dan Barang Milik Negara", plan.Goals[0].Statement);
        Assert.Equal("1. Divisi Keuangan, Umum dan Logistik", Assert.Single(unit.OrganisationalUnits).Name);
        Assert.Single(plan.Actions, a => a.ResponsibleUnitId is not null);

        Assert.Equal(["PROBOLINGGO, 17 JANUARI 2023", "SEKRETARIS/KUASA PENGGUNA ANGGARAN", "AGUS SETIYONO"], Part.SignatureLines);
        var signature = plan.Signature!;
        Assert.Equal("PROBOLINGGO", signature.Place);
        Assert.Equal(new DateOnly(2023, 1, 17), signature.Date);
        Assert.Equal("SEKRETARIS/KUASA PENGGUNA ANGGARAN", signature.Position);
        Assert.Equal("AGUS SETIYONO", signature.Name);
        Assert.Null(signature.Nip);

        // The date's value survives; its capitals ("JANUARI") do not: PlaceAndDate prints "Januari".
        Assert.Equal(Part.SignatureLines[0], signature.PlaceAndDate, ignoreCase: true);
        Assert.NotEqual(Part.SignatureLines[0], signature.PlaceAndDate);
    }

    [Fact]
    public void Every_action_is_marked_in_all_four_quarters()
    {
        foreach (var entity in new[] { EntityKind.Commission, EntityKind.Secretariat })
        {
            var (_, _, plan) = Build(entity);
            Assert.All(plan.Actions, a => Assert.Equal(Period.All(ScheduleStyle.Quarterly), a.Schedule.Select(e => e.Period)));
            Assert.All(plan.Actions.SelectMany(a => a.Schedule), e => Assert.Null(e.Value));
        }

        var marks = Lines.Sum(l => l.Count(c => c == '√'));
        Assert.Equal(marks, new[] { EntityKind.Commission, EntityKind.Secretariat }.Sum(e => Build(e).Plan.Actions.Sum(a => a.Schedule.Count)));
    }

    [Fact]
    public void Dipa_pagu_and_revision_enter_and_the_programs_do_not_add_up_to_the_revised_pagu()
    {
        var dipa = Lines.Select(l => DipaLine().Match(l)).Single(m => m.Success);
        var unit = CreateUnit();
        var original = BudgetVersion.CreateOriginal(unit.Id, Year(), dipa.Groups[1].Value, ParseDate(dipa.Groups[2].Value));
        original.StateCeiling(Rupiah.Parse(dipa.Groups[3].Value));
        var revision = original.Revise(null, null);
        revision.StateCeiling(Rupiah.Parse(dipa.Groups[4].Value));
        foreach (var program in Lines.Select(l => ProgramLine().Match(l)).Where(m => m.Success))
        {
            revision.AddLine(null, BudgetCode.Parse(program.Groups[2].Value), program.Groups[1].Value, statedTotal: Rupiah.Parse(program.Groups[3].Value));
        }

        Assert.Equal("SP DIPA 076.01.2.658021/2022", original.DipaNumber);
        Assert.Equal(new DateOnly(2021, 11, 17), original.DipaDate);
        Assert.Equal(Rupiah.Parse("3.178.163.000"), original.StatedCeiling);
        Assert.Equal(1, revision.Number);
        Assert.Equal(original.Id, revision.PreviousVersionId);
        Assert.Equal(original.DipaNumber, revision.DipaNumber);
        Assert.Equal(Rupiah.Parse("4.451.669.000"), revision.StatedCeiling);
        Assert.Equal(Rupiah.Parse("1.646.458.000"), revision.Find(BudgetCode.Parse("076.01.CQ"))!.StatedTotal);
        Assert.Equal(Rupiah.Parse("2.777.477.000"), revision.Find(BudgetCode.Parse("076.01.WA"))!.StatedTotal);
        Assert.Equal("Program Dukungan Manajemen", revision.Find(BudgetCode.Parse("076.01.WA"))!.Title);

        var finding = Assert.Single(BudgetChecks.Run(revision));
        Assert.Equal(BudgetChecks.CeilingMismatch, finding.Code);
        Assert.Equal(revision.Id, finding.ElementId);
        Assert.Contains("4.423.935.000", finding.Message, StringComparison.Ordinal);
        Assert.Contains("27.734.000", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>Columns: Kegiatan/Sasaran · Indikator · Target · Kegiatan · TW 1–4 · Penanggung jawab. A page that opens with neither goal, target nor mark continues the row before.</summary>
    private static (IReadOnlyList<SeedRow> Rows, WorkUnit Unit, PerformancePlan Plan) Build(EntityKind entity)
    {
        var secretariatStart = Part.Pages.Select((p, i) => (p, i)).Single(x => x.p[0][0] == "Sasaran Pogram").i;
        var pages = entity == EntityKind.Commission ? Part.Pages.Take(secretariatStart) : Part.Pages.Skip(secretariatStart);
        var title = entity == EntityKind.Commission ? "KEGIATAN" : "Sasaran Pogram";
        var rows = SeedFiles.DataRows(pages, title, c => c is "TW 1" or "TW 2" or "TW 3" or "TW 4", r => r[0].Length == 0 && r[2].Length == 0 && Enumerable.Range(4, 4).All(c => r[c].Length == 0));

        var unit = CreateUnit();
        var plan = PerformancePlan.Create(unit.Id, entity, Year(), PlanKind.Rak, ScheduleStyle.Quarterly);
        Goal? goal = null;
        foreach (var row in rows)
        {
            if (row[0].Length > 0)
            {
                goal = plan.AddGoal(row[0], entity == EntityKind.Commission ? GoalLevel.Activity : GoalLevel.Program);
            }

            var indicator = plan.AddIndicator(goal!, row[1], Target.From(row[2]));
            var responsible = row[8].Length > 0 ? unit.OrganisationalUnitNamed(entity, row[8]).Id : (Guid?)null;
            var action = plan.AddAction(indicator, row[3], responsibleUnitId: responsible);
            for (var q = 1; q <= 4; q++)
            {
                if (row[3 + q] == Mark)
                {
                    plan.Schedule(action, Period.Quarter(q));
                }
                else
                {
                    Assert.Equal(string.Empty, row[3 + q]);
                }
            }
        }

        if (entity == EntityKind.Secretariat)
        {
            var (place, date) = SeedFiles.ParsePlaceAndDate(Part.SignatureLines[0]);
            plan.Sign(new SignatureBlock(place, date, Part.SignatureLines[1], Part.SignatureLines[2]));
        }

        return (rows, unit, plan);
    }

    private static WorkUnit CreateUnit()
    {
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        var province = WorkUnit.CreateProvince("KPU Provinsi Jawa Timur", nation, null, "Surabaya");
        return WorkUnit.CreateRegencyCity($"{SeedFiles.Clean(Lines[3])} {SeedFiles.Clean(Lines[4])}", province, null, "Probolinggo");
    }

    private static FiscalYear Year() =>
        new(int.Parse(Lines.Select(l => YearLine().Match(SeedFiles.Clean(l))).First(m => m.Success).Groups[1].Value, CultureInfo.InvariantCulture));

    private static DateOnly ParseDate(string text)
    {
        var parts = text.Split(' ');
        return new DateOnly(int.Parse(parts[2], CultureInfo.InvariantCulture), IdFormat.MonthNumber(parts[1]), int.Parse(parts[0], CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"DIPA Nomor : (SP DIPA [\d.]+/\d{4}) tanggal (\d{1,2} [A-Za-z]+ \d{4}) .*sebesar (Rp\. [\d.]+) dan direvisi menjadi ([\d.]+)$")]
    private static partial Regex DipaLine();

    [GeneratedRegex(@"^\d\. (Program .+) \((076\.01\.[A-Z]{2})\) sebesar (Rp\. [\d.]+,-)$")]
    private static partial Regex ProgramLine();

    [GeneratedRegex(@"^TAHUN (\d{4})$")]
    private static partial Regex YearLine();
}
