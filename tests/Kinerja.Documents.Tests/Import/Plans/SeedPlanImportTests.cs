using Kinerja.Documents.Import;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Tests.Import.Plans;

/// <summary>The four plan seeds import whole; the expected figures were counted by hand in the documents.</summary>
public sealed class SeedPlanImportTests
{
    private static ImportedDocument Import(string seed) => DocumentImporter.Import(Seeds.Source(seed));

    private static string Raw(string seed) => File.ReadAllText(Seeds.Path(seed));

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_line_is_accounted_for_and_nothing_blocks_storing(string seed)
    {
        var document = Import(seed);

        Assert.Equal(0, document.Lines.Unaccounted);
        Assert.DoesNotContain(document.Findings, f => f.Code == "LINE_UNACCOUNTED");
        Assert.False(document.HasErrors, string.Join("\n", document.Findings.Where(f => f.Severity == Severity.Error)));
        Assert.Equal(document.Lines.Total, document.Lines.Used + document.Lines.Ignored);
        Assert.True(document.Lines.Used > document.Lines.Ignored);
    }

    [Fact]
    public void Seed_000_has_a_quarterly_commission_part_and_a_monthly_secretariat_part()
    {
        var document = Import("000");

        Assert.Equal((DocumentKind.Rak, 2018, "KPU Kota Semarang"), (document.Kind, document.Year, document.WorkUnit!.Name));
        Assert.Equal(2, document.Plans.Count);
        var (commission, secretariat) = (document.Plans[0], document.Plans[1]);
        Assert.Equal((EntityKind.Commission, ScheduleStyle.Quarterly, 2, 38, 38), (commission.Entity, commission.Schedule, commission.Goals.Count, commission.Indicators.Count(), commission.Actions.Count()));
        Assert.Equal((EntityKind.Secretariat, ScheduleStyle.Monthly, 21, 21, 21), (secretariat.Entity, secretariat.Schedule, secretariat.Goals.Count, secretariat.Indicators.Count(), secretariat.Actions.Count()));
        Assert.Equal(["076.01.01", "076.01.06"], commission.Goals.Select(g => g.BudgetCode));
        Assert.Equal("3355.003", commission.Indicators.First().Code);
        Assert.Equal(["95%", "95%", "80%", "100%", "80%", "80%", "80%"], commission.Indicators.Take(7).Select(i => i.Target));
        Assert.All(secretariat.Goals, g => Assert.NotNull(g.BudgetCode));

        // Every ■ of the document is a marked period, none with a value.
        var marks = Raw("000").Count(c => c == '■');
        Assert.Equal(marks, document.Plans.SelectMany(p => p.Actions).Sum(a => a.Schedule.Count));
        Assert.All(document.Plans.SelectMany(p => p.Actions).SelectMany(a => a.Schedule), e => Assert.Null(e.Value));

        // The cell that ran over a page break is joined to its row, not read as a new action.
        Assert.Contains(commission.Actions, a => a.Name.EndsWith("laporan Triwulan dan Tahunan", StringComparison.Ordinal));

        Assert.Equal(("Semarang", new DateOnly(2018, 1, 5), "KETUA", "KPU KOTA SEMARANG", "HENRY WAHYONO"), Signer(commission.Signatory));
        Assert.Null(commission.Signatory!.Nip);
        Assert.Equal("SEKRETARIS", secretariat.Signatory!.Position);
        Assert.Equal("19660202 198712 1 007", secretariat.Signatory.Nip!.Value.Grouped);
        Assert.Contains(document.Findings, f => f.Code == "TABLE_ROW_SHIFTED");
    }

    [Fact]
    public void Seed_002_keeps_quarter_values_pagu_and_reports_the_short_rows_and_the_repeated_actions()
    {
        var document = Import("002");

        Assert.Equal((DocumentKind.Rak, 2021, "KPU Provinsi Banten", WorkUnitLevel.Province), (document.Kind, document.Year, document.WorkUnit!.Name, document.WorkUnit.Level));
        var plan = Assert.Single(document.Plans);
        Assert.Equal((EntityKind.Secretariat, ScheduleStyle.Quarterly), (plan.Entity, plan.Schedule));
        Assert.Equal((29, 68), (plan.Goals.Count, plan.Actions.Count()));
        Assert.Equal(Rupiah.Parse("3.051.446.000"), plan.BudgetCeilingTotal);
        Assert.Equal(Enumerable.Range(1, 29).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), plan.Goals.Select(g => g.Number));

        Assert.Equal("T1=36 Pegawai", Schedule(plan, 35));
        Assert.Equal("T3=3 Orang", Schedule(plan, 36));
        Assert.Equal("T1=36 Pegawai T3=89 Pegawai", Schedule(plan, 37));
        Assert.Equal("T2=34 Pegawai T3=34 Pegawai", Schedule(plan, 39));
        Assert.Equal(["100 %", "97.5 %", "B", "WTP", "8 Kali", "5 Lap"], new[] { 10, 35, 19, 20, 27, 45 }.Select(line => plan.Indicators.Single(i => i.Line == line).Target));
        Assert.Equal("4 lap", plan.Actions.Single(a => a.Line == 20).Target);
        Assert.Equal("Subbag SDM", plan.Actions.Single(a => a.Line == 15).ResponsibleUnit);

        var short23 = Assert.Single(document.Findings, f => f.Code == "TABLE_ROW_SHORT");
        Assert.Equal(23, short23.Line);
        Assert.Contains("T4", short23.Message, StringComparison.Ordinal);
        var repeated = document.Findings.Where(f => f.Code == PlanChecksCodes.Duplicate).ToList();
        Assert.Contains(repeated, f => f.Line == 75 && f.Message.Contains("pagu yang sama", StringComparison.Ordinal));
        Assert.Contains(repeated, f => f.Line == 77 && f.Message.Contains("pagu yang sama", StringComparison.Ordinal));

        Assert.Equal(("Serang", new DateOnly(2021, 1, 28), "Pt. Sekretaris,", "KOMISI PEMILIHAN UMUM PROVINSI BANTEN", "ANNISA ROSPA.P"), Signer(plan.Signatory));
        Assert.Equal("19710703 199903 2 007", plan.Signatory!.Nip!.Value.Grouped);
    }

    [Fact]
    public void Seed_003_joins_cells_split_by_page_breaks_and_reads_both_parts()
    {
        var document = Import("003");

        Assert.Equal((DocumentKind.Rak, 2022, "KPU Kota Probolinggo"), (document.Kind, document.Year, document.WorkUnit!.Name));
        Assert.Equal(2, document.Plans.Count);
        var (commission, secretariat) = (document.Plans[0], document.Plans[1]);
        Assert.Equal((EntityKind.Commission, 5, 14, 14), (commission.Entity, commission.Goals.Count, commission.Indicators.Count(), commission.Actions.Count()));
        Assert.Equal((EntityKind.Secretariat, 7, 30, 30), (secretariat.Entity, secretariat.Goals.Count, secretariat.Indicators.Count(), secretariat.Actions.Count()));
        Assert.Equal(Raw("003").Count(c => c == '√'), document.Plans.SelectMany(p => p.Actions).Sum(a => a.Schedule.Count));
        Assert.All(document.Plans.SelectMany(p => p.Indicators), i => Assert.False(char.IsLower(i.Text[0]), $"line {i.Line} starts mid-sentence: {i.Text}"));
        Assert.All(document.Plans.SelectMany(p => p.Actions), a => Assert.False(char.IsLower(a.Name[0]) && a.Name.Length < 30, $"line {a.Line} starts mid-sentence: {a.Name}"));

        // One indicator has no target in the document; it is reported, not invented.
        Assert.Single(document.Findings, f => f.Code == "PLAN_INDICATOR_NO_TARGET");
        Assert.Null(commission.Signatory);
        Assert.Contains(document.Findings, f => f.Code == "PLAN_UNSIGNED");
        Assert.Equal(("PROBOLINGGO", new DateOnly(2023, 1, 17), "SEKRETARIS/KUASA PENGGUNA ANGGARAN", null, "AGUS SETIYONO"), Signer(secretariat.Signatory));
    }

    [Fact]
    public void Seed_004_reads_both_rkt_tables_with_their_typed_targets()
    {
        var document = Import("004");

        Assert.Equal((DocumentKind.Rkt, 2023, "KPU Kota Pontianak"), (document.Kind, document.Year, document.WorkUnit!.Name));
        Assert.Equal(2, document.Plans.Count);
        var (commission, secretariat) = (document.Plans[0], document.Plans[1]);
        Assert.Equal((EntityKind.Commission, ScheduleStyle.None, 4, 6), (commission.Entity, commission.Schedule, commission.Goals.Count, commission.Indicators.Count()));
        Assert.Equal((EntityKind.Secretariat, 25, 28), (secretariat.Entity, secretariat.Goals.Count, secretariat.Indicators.Count()));
        Assert.Empty(document.Plans.SelectMany(p => p.Actions));
        var targets = document.Plans.SelectMany(p => p.Indicators).Select(i => i.Target).ToList();
        Assert.Contains("6 kec. 29 kel", targets);
        Assert.Contains("3,4", targets);
        Assert.Contains("6 Kec", targets);
        Assert.Equal(TargetKind.CompoundCount, Target.Parse(targets.Single(t => t == "6 kec. 29 kel")!).Kind);
        Assert.Equal(("Pontianak", new DateOnly(2023, 1, 10), "Ketua KPU Kota Pontianak", null, "DENI NULIADI"), Signer(commission.Signatory));
        Assert.Equal(("Pontianak", new DateOnly(2023, 1, 10), "Sekretaris KPU Kota Pontianak", "SEKRETARIAT", "ANA SUARDIANA"), Signer(secretariat.Signatory));
    }

    private static (string?, DateOnly?, string?, string?, string?) Signer(ImportedSignature? s) =>
        (s?.Place, s?.Date, s?.Position, s?.Organisation, s?.Name);

    private static string Schedule(ImportedPlan plan, int line) =>
        string.Join(' ', plan.Actions.Single(a => a.Line == line).Schedule.Select(e => $"{e.Period}={e.Value}"));

    private static class PlanChecksCodes
    {
        public const string Duplicate = DuplicateAction.Id;
    }
}
