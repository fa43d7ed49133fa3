using System.Globalization;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Seeds;

/// <summary>Seed 004: RKT 2023 KPU Kota Pontianak, commission and secretariat (No · Sasaran · Indikator · Target).</summary>
public sealed class Seed004PontianakRktTests
{
    private static readonly string[] Lines = SeedFiles.ReadLines("004");
    private static readonly IReadOnlyList<SeedPart> Parts = SeedFiles.Parts(Lines);

    /// <summary>The values after "Nama/Unit Organisasi" and "Tahun Anggaran", printed as ": …" lines.</summary>
    private static readonly string[] Fields = [.. Lines.Where(l => l.StartsWith(": ", StringComparison.Ordinal)).Select(l => l[2..].Trim())];

    [Fact]
    public void Commission_rkt_enters_without_loss()
    {
        var (rows, unit, plan) = Build(0);

        SeedFiles.AssertAllCellsFound(rows, SeedFiles.TextsOf(plan, unit, "■"));
        Assert.Equal(PlanKind.Rkt, plan.Kind);
        Assert.Equal(ScheduleStyle.None, plan.ScheduleStyle);
        Assert.Equal(EntityKind.Commission, plan.Entity);
        Assert.Equal(["1", "2", "3", "4"], plan.Goals.Select(g => g.Number));
        Assert.Equal(6, plan.Indicators.Count());

        var first = plan.Goals[0].Indicators[0].Target!.Value;
        Assert.Equal(("35", TargetKind.Index, 35m), (first.Text, first.Kind, first.Value!.Value));
        Assert.Equal(Grade.B, plan.Goals[1].Indicators[0].Target!.Value.Grade);
        Assert.Equal(TargetKind.Grade, plan.Goals[1].Indicators[0].Target!.Value.Kind);

        Assert.Equal(["Pontianak, 10 Januari 2023", "Ketua KPU Kota Pontianak", "DENI NULIADI"], Parts[0].SignatureLines.Take(3));
        var signature = plan.Signature!;
        Assert.Equal("Pontianak, 10 Januari 2023", signature.PlaceAndDate);
        Assert.Equal(new DateOnly(2023, 1, 10), signature.Date);
        Assert.Equal("Ketua KPU Kota Pontianak", signature.Position);
        Assert.Equal("DENI NULIADI", signature.Name);
    }

    [Fact]
    public void Secretariat_rkt_enters_without_loss_across_its_three_pages()
    {
        var (rows, unit, plan) = Build(1);

        SeedFiles.AssertAllCellsFound(rows, SeedFiles.TextsOf(plan, unit, "■"));
        Assert.Equal(3, Parts[1].Pages.Count);
        Assert.Equal(EntityKind.Secretariat, plan.Entity);
        Assert.Equal(Enumerable.Range(1, 25).Select(n => n.ToString(CultureInfo.InvariantCulture)), plan.Goals.Select(g => g.Number));
        Assert.Equal("Sekretariat KPU KOTA PONTIANAK", unit.Entity(EntityKind.Secretariat).Name);
        Assert.Equal(Fields[2], unit.Entity(EntityKind.Secretariat).Name, ignoreCase: true);

        Target Of(string number, int indicator = 0) => plan.Goals.Single(g => g.Number == number).Indicators[indicator].Target!.Value;

        var adhoc = Of("9");
        Assert.Equal("6 kec. 29 kel", adhoc.Text);
        Assert.Equal(TargetKind.CompoundCount, adhoc.Kind);
        Assert.Equal([new CountPart(6, "kec."), new CountPart(29, "kel")], adhoc.Parts);

        var spip = Of("13");
        Assert.Equal(("3,4", TargetKind.Index, 3.4m), (spip.Text, spip.Kind, spip.Value!.Value));
        Assert.Equal(("1 Dok", TargetKind.Quantity, "Dok"), (Of("20").Text, Of("20").Kind, Of("20").Unit));
        Assert.Equal(("2 Lap", TargetKind.Quantity, "Lap"), (Of("11", 1).Text, Of("11", 1).Kind, Of("11", 1).Unit));
        Assert.Equal(("6 Kec", TargetKind.Quantity, 6m), (Of("25").Text, Of("25").Kind, Of("25").Value!.Value));
        Assert.Equal(TargetKind.Index, Of("4").Kind);
        Assert.Equal(Grade.B, Of("2").Grade);
        Assert.DoesNotContain(PlanChecks.Run(plan), f => f.Code is TargetNotUnderstood.Id or IndicatorWithoutTarget.Id);

        Assert.Equal(["Pontianak, 10 Januari 2023", "Sekretaris KPU Kota Pontianak", "SEKRETARIAT", "ANA SUARDIANA"], Parts[1].SignatureLines);
        var signature = plan.Signature!;
        Assert.Equal("Pontianak, 10 Januari 2023", signature.PlaceAndDate);
        Assert.Equal("Sekretaris KPU Kota Pontianak", signature.Position);
        Assert.Equal("SEKRETARIAT", signature.Organisation);
        Assert.Equal("ANA SUARDIANA", signature.Name);
    }

    /// <summary>Part 0 is the commission (": KPU KOTA PONTIANAK"), part 1 the secretariat.</summary>
    private static (IReadOnlyList<SeedRow> Rows, WorkUnit Unit, PerformancePlan Plan) Build(int part)
    {
        Assert.Equal(2, Parts.Count);
        var rows = SeedFiles.DataRows(Parts[part].Pages, "No", _ => false, _ => false);
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        var province = WorkUnit.CreateProvince("KPU Provinsi Kalimantan Barat", nation, null, "Pontianak");
        var unit = WorkUnit.CreateRegencyCity(Fields[0], province, null, "Pontianak");
        Assert.Equal(Fields[1], Fields[3]);
        var entity = part == 0 ? EntityKind.Commission : EntityKind.Secretariat;
        var plan = PerformancePlan.Create(unit.Id, entity, new FiscalYear(int.Parse(Fields[1], CultureInfo.InvariantCulture)), PlanKind.Rkt);

        Goal? goal = null;
        foreach (var row in rows)
        {
            Assert.Equal(4, row.Cells.Count);
            if (row[0].Length > 0)
            {
                goal = plan.AddGoal(row[1], GoalLevel.Strategic, number: row[0]);
            }

            plan.AddIndicator(goal!, row[2], Target.Parse(row[3]));
        }

        var lines = Parts[part].SignatureLines;
        var (place, date) = SeedFiles.ParsePlaceAndDate(lines[0]);
        plan.Sign(part == 0
            ? new SignatureBlock(place, date, lines[1], lines[2])
            : new SignatureBlock(place, date, lines[1], lines[3], organisation: lines[2]));
        return (rows, unit, plan);
    }
}
