using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;

namespace Kinerja.Domain.Tests.Seeds;

/// <summary>Seed 001: RKA Satker TA 2020 Bagian A, KPU Kota Serang: the budget tree with its statements.</summary>
public sealed partial class Seed001SerangRkaTests
{
    private static readonly string[] Lines = SeedFiles.ReadLines("001");

    /// <summary>The labels that head each group of statements; they say the kind, nothing more.</summary>
    private static readonly Dictionary<string, StatementKind> Labels = new(StringComparer.Ordinal)
    {
        ["Sasaran Program :"] = StatementKind.ProgramGoal,
        ["Indikator Kinerja Program :"] = StatementKind.ProgramIndicator,
        ["Indikator Kinerja Kegiatan :"] = StatementKind.ActivityIndicator,
        ["Indikator Output :"] = StatementKind.OutputIndicator,
    };

    [Fact]
    public void Header_gives_satker_province_location_and_year()
    {
        var unit = CreateUnit();

        Assert.Equal("670714", unit.SatkerCode);
        Assert.Equal("KPU KOTA SERANG", unit.Name);
        Assert.Equal(new Region("29", "BANTEN"), unit.Province);
        Assert.Equal(new Region("53", "KOTA SERANG"), unit.Location);
        Assert.Equal("(29) BANTEN", unit.Province.ToString());
        Assert.Equal(2020, Year().Value);
    }

    [Fact]
    public void First_page_enters_without_loss()
    {
        var (rows, budget) = Build();

        SeedFiles.AssertAllCellsFound(rows, TextsOf(budget), cell => Labels.TryGetValue(cell, out var kind) && budget.Lines.Any(l => l.Statements.Any(s => s.Kind == kind)));
        Assert.Equal(["076.01.01", "3355", "3355.003", "3355.007", "3355.994", "3356"], budget.Lines.Select(l => l.Code.Value));
        var program = budget.Find(BudgetCode.Parse("076.01.01"))!;
        Assert.StartsWith("076.01", program.Code.Value, StringComparison.Ordinal); // KEMEN/LEMB (076), UNIT ORG (01)
        Assert.Equal(6, program.Statements.Count(s => s.Kind == StatementKind.ProgramGoal));
        Assert.Equal(["01.01", "02.01", "03.01", "04.01", "04.02", "04.03", "05.01"], program.Statements.Where(s => s.Kind == StatementKind.ProgramIndicator).Select(s => s.Number));
        Assert.Contains(program.Statements, s => s is { Kind: StatementKind.ProgramIndicator, Number: "04.01", Text: "Opini BPK atas Laporan Keuangan KPU" });
        Assert.Equal(5, budget.Find(BudgetCode.Parse("3355"))!.Statements.Count(s => s.Kind == StatementKind.ActivityIndicator));
        Assert.Equal(StatementKind.OutputIndicator, Assert.Single(budget.Find(BudgetCode.Parse("3355.003"))!.Statements).Kind);
    }

    [Fact]
    public void Outputs_carry_volume_and_amounts_and_sum_to_their_activity()
    {
        var (_, budget) = Build();

        var outputs = new Dictionary<string, long>
        {
            ["3355.003"] = 23_368_000,
            ["3355.007"] = 10_004_000,
            ["3355.994"] = 2_357_012_000,
        };
        foreach (var (code, amount) in outputs)
        {
            var line = budget.Find(BudgetCode.Parse(code))!;
            Assert.Equal(BudgetLevel.Output, line.Level);
            Assert.Equal(new Rupiah(amount), line.Baseline);
            Assert.Equal(new Rupiah(amount), line.StatedTotal);
            Assert.Null(line.NewInitiative);
        }

        Assert.Equal(new Volume(1m, "Laporan"), budget.Find(BudgetCode.Parse("3355.003"))!.Volume);
        Assert.Equal("1.00 Laporan", Printed(budget.Find(BudgetCode.Parse("3355.003"))!.Volume!.Value));
        Assert.Equal("1.00 Layanan", Printed(budget.Find(BudgetCode.Parse("3355.994"))!.Volume!.Value));

        var activity = budget.Find(BudgetCode.Parse("3355"))!;
        Assert.Equal(Rupiah.Parse("2,390,384,000"), activity.StatedTotal);
        Assert.Equal(activity.StatedTotal, budget.AmountsOf(activity).Total);
        Assert.Equal(activity.StatedTotal, Rupiah.Sum(outputs.Values.Select(v => new Rupiah(v))));
        Assert.DoesNotContain(BudgetChecks.Run(budget), f => f.ElementId == activity.Id);
    }

    [Fact]
    public void Program_jumlah_that_is_not_its_angka_dasar_is_found()
    {
        var (_, budget) = Build();
        var program = budget.Find(BudgetCode.Parse("076.01.01"))!;

        Assert.Equal(Rupiah.Parse("3,002,300,000"), program.Baseline);
        Assert.Null(program.NewInitiative);
        Assert.Equal(Rupiah.Parse("73,820,000"), program.StatedTotal);
        var mismatch = Assert.Single(BudgetChecks.Run(budget), f => f.Code == BudgetChecks.JumlahMismatch);
        Assert.Equal(program.Id, mismatch.ElementId);
    }

    [Fact]
    public void The_budget_page_is_signed_without_a_printed_position()
    {
        var (_, budget) = Build();
        var signature = Assert.Single(SeedFiles.Parts(Lines)).SignatureLines;
        var (place, date) = SeedFiles.ParsePlaceAndDate(signature[0]);
        var nip = Nip.Parse(signature[^1].Replace("NIP.", string.Empty, StringComparison.Ordinal));

        budget.Sign(new Kinerja.Domain.Planning.SignatureBlock(place, date, null, signature[^2], nip));

        Assert.Equal("Serang, 31 Januari 2020", budget.Signature!.PlaceAndDate);
        Assert.Null(budget.Signature.Position);
        Assert.Equal("HAYAUDIN", budget.Signature.Name);
        Assert.Equal("19751219 200212 1 005", budget.Signature.Nip!.Value.Grouped);
    }

    private static (IReadOnlyList<SeedRow> Rows, BudgetVersion Budget) Build()
    {
        var part = Assert.Single(SeedFiles.Parts(Lines));
        var rows = SeedFiles.DataRows(part.Pages.Take(1), "KODE", c => c is "VOLUME / SATUAN" or "ANGKA DASAR" or "INISIATIF BARU" or "JUMLAH", _ => false);
        var budget = BudgetVersion.CreateOriginal(CreateUnit().Id, Year());
        BudgetLine? program = null;
        BudgetLine? activity = null;
        BudgetLine? current = null;
        foreach (var row in rows)
        {
            if (BudgetCode.TryParse(row[0], out var code))
            {
                var parent = code.Level switch
                {
                    BudgetLevel.Program => null,
                    BudgetLevel.Activity => program,
                    _ => activity,
                };
                current = budget.AddLine(
                    parent,
                    code,
                    row[1],
                    row[2].Length > 0 ? Volume.Parse(row[2]) : null,
                    row[3].Length > 0 ? Rupiah.Parse(row[3]) : null,
                    row[4].Length > 0 ? Rupiah.Parse(row[4]) : null,
                    row[5].Length > 0 ? Rupiah.Parse(row[5]) : null);
                program = code.Level == BudgetLevel.Program ? current : program;
                activity = code.Level == BudgetLevel.Activity ? current : activity;
            }
            else if (row[0].Length > 0)
            {
                var kind = current!.Level switch
                {
                    BudgetLevel.Program => row[0].Contains('.', StringComparison.Ordinal) ? StatementKind.ProgramIndicator : StatementKind.ProgramGoal,
                    BudgetLevel.Activity => StatementKind.ActivityIndicator,
                    _ => StatementKind.OutputIndicator,
                };
                budget.AddStatement(current, kind, row[0], row[1]);
            }
            else
            {
                Assert.True(Labels.ContainsKey(row[1]), $"line {row.Line}: \"{row[1]}\" is neither a code, a statement nor a label");
            }
        }

        return (rows, budget);
    }

    private static IEnumerable<string> TextsOf(BudgetVersion budget)
    {
        foreach (var line in budget.Lines)
        {
            yield return line.Code.Value;
            yield return line.Title;
            if (line.Volume is { } volume)
            {
                yield return Printed(volume);
            }

            foreach (var amount in new[] { line.Baseline, line.NewInitiative, line.StatedTotal })
            {
                if (amount is { } value)
                {
                    yield return value.Value.ToString("#,0", CultureInfo.InvariantCulture);
                }
            }

            foreach (var statement in line.Statements)
            {
                yield return statement.Number!;
                yield return statement.Text;
            }
        }
    }

    /// <summary>The volume as the RKA prints it: the decimal keeps its scale ("1.00").</summary>
    private static string Printed(Volume volume) => string.Create(CultureInfo.InvariantCulture, $"{volume.Quantity} {volume.Unit}");

    private static WorkUnit CreateUnit()
    {
        var satker = Region.Parse(Field("SATUAN KERJA"));
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        var province = WorkUnit.CreateProvince("KPU Provinsi Banten", nation, Region.Parse(Field("PROPINSI")), "Serang");
        var unit = WorkUnit.CreateRegencyCity(satker.Name, province, Region.Parse(Field("LOKASI")), "Serang");
        unit.AssignSatkerCode(satker.Code);
        return unit;
    }

    private static string Field(string label) =>
        Lines.Select(l => HeaderField().Match(l)).First(m => m.Success && m.Groups[1].Value == label).Groups[2].Value.Trim();

    private static FiscalYear Year() =>
        new(int.Parse(Lines.Select(l => YearLine().Match(SeedFiles.Clean(l))).First(m => m.Success).Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^\s*([A-Z/ ]+?)\s*:\s*(.+?)\s*$")]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"^TAHUN ANGGARAN (\d{4})$")]
    private static partial Regex YearLine();
}
