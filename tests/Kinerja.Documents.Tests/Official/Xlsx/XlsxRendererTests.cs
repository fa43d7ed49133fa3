using ClosedXML.Excel;
using Kinerja.Documents.Import;
using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Xlsx;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Tests.Official.Xlsx;

/// <summary>The workbook read back with ClosedXML: the cells, merges, number formats and print setup an office expects.</summary>
public sealed class XlsxRendererTests
{
    private static readonly string[] FormulaLooking = ["=1+1", "+62 21 123", "-", "@x", "=HYPERLINK(\"http://x\")", "1/2", "0012", "1e5", "TRUE"];

    [Fact]
    public void A_rak_is_laid_out_like_the_official_table()
    {
        var (unit, plan) = Serang();
        using var workbook = Open(XlsxPlans.Write(DocumentSources.ForPlan(plan, unit)));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("KOMISI PEMILIHAN UMUM", sheet.Cell(1, 1).GetString());
        Assert.Equal("KOTA SERANG", sheet.Cell(2, 1).GetString());
        var title = Find(sheet, "RENCANA AKSI KINERJA");
        Assert.Equal("TAHUN 2026", sheet.Cell(title.Row + 1, 1).GetString());
        Assert.Equal("SEKRETARIAT KPU KOTA SERANG", sheet.Cell(title.Row + 2, 1).GetString());

        var header = Find(sheet, "No").Row;
        string[] headings = ["No", "Sasaran", "Indikator Kinerja", "Target", "Kegiatan/Aksi", "Target Aksi", "Rencana Pelaksanaan Triwulan", "", "", "", "Pagu Anggaran (Rp)", "Pelaksana"];
        Assert.Equal(headings, Enumerable.Range(1, 12).Select(c => sheet.Cell(header, c).GetString()));
        Assert.Equal(["T1", "T2", "T3", "T4"], Enumerable.Range(7, 4).Select(c => sheet.Cell(header + 1, c).GetString()));
        Assert.True(sheet.Range(header, 7, header, 10).IsMerged());
        Assert.Contains(sheet.MergedRanges, r => r.RangeAddress.ToString() == $"A{header}:A{header + 1}");
        Assert.Contains(sheet.MergedRanges, r => r.RangeAddress.ToString() == $"L{header}:L{header + 1}");
        Assert.Equal(Enumerable.Range(1, 12).Select(c => $"({c})"), Enumerable.Range(1, 12).Select(c => sheet.Cell(header + 2, c).GetString()));

        // Goal 1 spans its three actions; its first indicator spans two.
        var first = header + 3;
        Assert.Equal("Terwujudnya Dukungan Logistik (076.01.WA)", sheet.Cell(first, 2).GetString());
        Assert.Contains(sheet.MergedRanges, r => r.RangeAddress.ToString() == $"B{first}:B{first + 2}");
        Assert.Contains(sheet.MergedRanges, r => r.RangeAddress.ToString() == $"C{first}:C{first + 1}");
        Assert.Contains(sheet.MergedRanges, r => r.RangeAddress.ToString() == $"D{first}:D{first + 1}");
        Assert.Equal("Persentase logistik terdistribusi (3355.003)", sheet.Cell(first, 3).GetString());
        Assert.Equal("97,5 %", sheet.Cell(first, 4).GetString());
        Assert.Equal(["■", "", "36 Pegawai", ""], Enumerable.Range(7, 4).Select(c => sheet.Cell(first, c).GetString()));
        Assert.Equal(XLAlignmentHorizontalValues.Center, sheet.Cell(first, 7).Style.Alignment.Horizontal);

        var pagu = sheet.Cell(first, 11);
        Assert.Equal(XLDataType.Number, pagu.DataType);
        Assert.Equal(1_159_691_000d, pagu.GetDouble());
        Assert.Equal(XlsxRenderer.MoneyFormat, pagu.Style.NumberFormat.Format);
        Assert.Equal("Subbag Umum dan Logistik", sheet.Cell(first, 12).GetString());
        Assert.Equal(XLBorderStyleValues.Thin, sheet.Cell(first + 1, 2).Style.Border.LeftBorder);
        Assert.True(sheet.Cell(first, 2).Style.Alignment.WrapText);
        Assert.Equal(XLAlignmentVerticalValues.Top, sheet.Cell(first, 2).Style.Alignment.Vertical);

        var total = Find(sheet, "Jumlah").Row;
        Assert.False(sheet.Cell(total, 11).HasFormula);
        Assert.Equal(XLDataType.Number, sheet.Cell(total, 11).DataType);
        Assert.Equal((double)plan.BudgetCeilingTotal.Value, sheet.Cell(total, 11).GetDouble());

        var place = Find(sheet, "Serang, 28 Januari 2026");
        Assert.Equal("Pt. Sekretaris", sheet.Cell(place.Row + 1, place.Column).GetString());
        Assert.Equal("NIP. 19710703 199903 2 007", Find(sheet, "NIP. 19710703 199903 2 007").Value);
        Assert.Equal("Dra. Siti Aminah, M.Si", sheet.Cell(Find(sheet, "NIP. 19710703 199903 2 007").Row - 1, place.Column).GetString());

        var setup = sheet.PageSetup;
        Assert.Equal(XLPageOrientation.Landscape, setup.PageOrientation);
        Assert.Equal(XLPaperSize.A4Paper, setup.PaperSize);
        Assert.Equal((1, 0), (setup.PagesWide, setup.PagesTall));
        Assert.Equal((header, header + 2), (setup.FirstRowToRepeatAtTop, setup.LastRowToRepeatAtTop));
        Assert.True(sheet.Column(2).Width > 20);
    }

    [Fact]
    public void F4_prints_on_folio_and_without_letterhead_the_title_comes_first()
    {
        var (unit, plan) = Serang();
        using var workbook = Open(XlsxPlans.Write(DocumentSources.ForPlan(plan, unit), new DocumentOptions(PaperSize.F4, Letterhead: false)));
        var sheet = workbook.Worksheet(1);

        Assert.Equal(XLPaperSize.FolioPaper, sheet.PageSetup.PaperSize);
        Assert.Equal("RENCANA AKSI KINERJA", sheet.Cell(1, 1).GetString());
    }

    [Fact]
    public void Texts_that_look_like_formulas_or_numbers_stay_text()
    {
        var unit = Units.City("KPU Kota Serang");
        var plan = PerformancePlan.Create(unit.Id, EntityKind.Commission, new FiscalYear(2026), PlanKind.Rak, ScheduleStyle.Quarterly);
        var goal = plan.AddGoal("=1+1", number: "=2");
        var indicator = plan.AddIndicator(goal, "+62 21 123", Target.Parse("-"));
        foreach (var text in FormulaLooking)
        {
            var action = plan.AddAction(indicator, text, Target.Parse(text), unit.OrganisationalUnitNamed(EntityKind.Commission, "@" + text).Id);
            plan.Schedule(action, Period.Quarter(2), text);
        }

        var bytes = XlsxPlans.Write(DocumentSources.ForPlan(plan, unit));
        using var workbook = Open(bytes);
        var cells = workbook.Worksheet(1).CellsUsed().ToList();

        Assert.DoesNotContain(cells, c => c.HasFormula);
        foreach (var text in FormulaLooking.Append("=2"))
        {
            Assert.All(cells.Where(c => c.GetString() == text), c => Assert.Equal(XLDataType.Text, c.DataType));
            Assert.Contains(cells, c => c.GetString() == text);
        }

        var (document, back) = XlsxPlans.RoundTrip(plan, unit);
        XlsxPlans.AssertClean(document, "formula-looking texts");
        XlsxPlans.AssertSame(plan, back!, unit, "formula-looking texts");
    }

    [Fact]
    public void An_rkt_has_one_header_row_and_no_total()
    {
        var unit = Units.City("KPU Kota Pontianak");
        var plan = PerformancePlan.Create(unit.Id, EntityKind.Commission, new FiscalYear(2023), PlanKind.Rkt);
        var goal = plan.AddGoal("Terwujudnya rencana kerja yang efektif");
        plan.AddIndicator(goal, "Jumlah revisi yang dilakukan", Target.Parse("4"));
        using var workbook = Open(XlsxPlans.Write(DocumentSources.ForPlan(plan, unit)));
        var sheet = workbook.Worksheet(1);

        var header = Find(sheet, "No").Row;
        Assert.Equal(["No", "Sasaran Strategis", "Indikator Kinerja", "Target"], Enumerable.Range(1, 4).Select(c => sheet.Cell(header, c).GetString()));
        Assert.Equal("(1)", sheet.Cell(header + 1, 1).GetString());
        Assert.Equal((header, header + 1), (sheet.PageSetup.FirstRowToRepeatAtTop, sheet.PageSetup.LastRowToRepeatAtTop));
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.GetString() == "Jumlah");
    }

    [Fact]
    public void A_pk_carries_the_statement_the_program_budget_and_both_parties()
    {
        var unit = Units.City("KPU Kota Serang");
        var head = unit.AddOfficial("Dra. Siti Aminah, M.Si", "Sekretaris", Nip.Parse("197107031999032007"));
        unit.AppointHead(EntityKind.Secretariat, head);
        var chair = unit.AddOfficial("H. Abdul Rahman", "Ketua");
        unit.AppointHead(EntityKind.Commission, chair);
        var budget = BudgetVersion.CreateOriginal(unit.Id, new FiscalYear(2026));
        budget.AddLine(null, BudgetCode.Parse("076.01.WA"), "Program Dukungan Manajemen", baseline: new Rupiah(3_178_163_000));
        var plan = PerformancePlan.Create(unit.Id, EntityKind.Secretariat, new FiscalYear(2026), PlanKind.Pk);
        var goal = plan.AddGoal("Terwujudnya dukungan manajemen");
        plan.AddIndicator(goal, "Nilai SAKIP", Target.Parse("B"));
        using var workbook = Open(XlsxPlans.Write(DocumentSources.ForPlan(plan, unit, budget)));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("PERJANJIAN KINERJA", Find(sheet, "PERJANJIAN KINERJA").Value);
        Assert.True(Find(sheet, "Nama : Dra. Siti Aminah, M.Si").Row < Find(sheet, "No").Row);
        var programs = Find(sheet, "Program");
        Assert.Equal(("No", "Anggaran (Rp)"), (sheet.Cell(programs.Row, 1).GetString(), sheet.Cell(programs.Row, 4).GetString()));
        Assert.Equal("Program Dukungan Manajemen (076.01.WA)", sheet.Cell(programs.Row + 1, 2).GetString());
        Assert.Equal(3_178_163_000d, sheet.Cell(programs.Row + 1, 4).GetDouble());
        var second = Find(sheet, "PIHAK KEDUA,");
        var first = Find(sheet, "PIHAK PERTAMA,");
        Assert.Equal(second.Row, first.Row);
        Assert.True(second.Column < first.Column);
        Assert.Equal("H. Abdul Rahman", Find(sheet, "H. Abdul Rahman").Value);
    }

    [Fact]
    public void An_rka_has_its_header_block_indented_tree_amounts_and_total()
    {
        var unit = Units.City("KPU Kota Serang");
        unit.AssignSatkerCode("670714");
        var budget = BudgetVersion.CreateOriginal(unit.Id, new FiscalYear(2020));
        var program = budget.AddLine(null, BudgetCode.Parse("076.01.01"), "Program Dukungan Manajemen");
        var activity = budget.AddLine(program, BudgetCode.Parse("3364"), "Pengelolaan Pemilu");
        budget.AddLine(activity, BudgetCode.Parse("3364.007"), "Pendidikan Pemilih", baseline: new Rupiah(27_000_000));
        var document = DocumentSources.ForBudget(budget, unit);
        using var stream = new MemoryStream();
        XlsxRenderer.Write(document, DocumentOptions.Default, stream);
        using var workbook = Open(stream.ToArray());
        var sheet = workbook.Worksheet(1);

        var satker = Find(sheet, "SATUAN KERJA");
        Assert.Equal(": (670714) KPU KOTA SERANG", sheet.Cell(satker.Row, 2).GetString());
        var code = Find(sheet, "3364.007");
        Assert.True(sheet.Cell(code.Row, 2).Style.Alignment.Indent > sheet.Cell(Find(sheet, "076.01.01").Row, 2).Style.Alignment.Indent);
        Assert.True(sheet.Cell(Find(sheet, "076.01.01").Row, 2).Style.Font.Bold);
        Assert.Equal(27_000_000d, sheet.Cell(code.Row, 6).GetDouble());
        var total = Find(sheet, "JUMLAH");
        Assert.Equal((double)document.Total, sheet.Cell(total.Row, 6).GetDouble());
        var head = sheet.PageSetup.Header.Left;
        Assert.Contains("670714", string.Join("|", head.GetText(XLHFOccurrence.AllPages), head.GetText(XLHFOccurrence.OddPages), head.GetText(XLHFOccurrence.EvenPages), head.GetText(XLHFOccurrence.FirstPage)), StringComparison.Ordinal);
        Assert.Equal((1, 0), (sheet.PageSetup.PagesWide, sheet.PageSetup.PagesTall));
    }

    [Theory]
    [InlineData("rusak.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 })]
    [InlineData("bukan.xlsx", new byte[] { 1, 2, 3, 4, 5, 6 })]
    public void A_broken_workbook_is_reported_not_thrown(string name, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var document = DocumentImporter.Import(name, stream);

        Assert.Contains(document.Findings, f => f.Code is "XLSX_UNREADABLE" or "DOCX_UNREADABLE");
    }

    [Fact]
    public void A_workbook_named_docx_is_still_read_as_a_workbook()
    {
        var (unit, plan) = Serang();
        var document = XlsxPlans.Import(XlsxPlans.Write(DocumentSources.ForPlan(plan, unit)), "salah-nama.docx");

        Assert.Equal(SourceFormat.Xlsx, document.Format);
        Assert.Single(document.Plans);
    }

    /// <summary>A secretariat RAK of two goals: merged goal and indicator cells, a value in a quarter, a pagu, a signature.</summary>
    internal static (WorkUnit Unit, PerformancePlan Plan) Serang()
    {
        var unit = Units.City("KPU Kota Serang");
        var logistics = unit.AddOrganisationalUnit(EntityKind.Secretariat, "Subbag Umum dan Logistik");
        var programme = unit.AddOrganisationalUnit(EntityKind.Secretariat, "Subbag Program dan Data");
        var plan = PerformancePlan.Create(unit.Id, EntityKind.Secretariat, new FiscalYear(2026), PlanKind.Rak, ScheduleStyle.Quarterly);
        var goal = plan.AddGoal("Terwujudnya Dukungan Logistik", GoalLevel.Program, BudgetCode.Parse("076.01.WA"));
        var indicator = plan.AddIndicator(goal, "Persentase logistik terdistribusi", Target.Parse("97,5 %"), code: "3355.003");
        var a1 = plan.AddAction(indicator, "Operasional Kantor", Target.Parse("100 %"), logistics.Id, new Rupiah(1_159_691_000));
        plan.Schedule(a1, Period.Quarter(1));
        plan.Schedule(a1, Period.Quarter(3), "36 Pegawai");
        plan.AddAction(indicator, "Penatausahaan BMN", Target.Parse("4 lap"), logistics.Id, new Rupiah(0));
        var second = plan.AddIndicator(goal, "Opini BPK", Target.Parse("WTP"));
        var a3 = plan.AddAction(second, "Reviu laporan keuangan", Target.Parse("6 kec. 29 kel"), programme.Id, new Rupiah(43_934_000));
        plan.Schedule(a3, Period.Quarter(4));
        var goal2 = plan.AddGoal("Meningkatnya Akuntabilitas Kinerja");
        plan.AddIndicator(goal2, "Nilai SAKIP", Target.Parse("B"));
        plan.Sign(new SignatureBlock("Serang", new DateOnly(2026, 1, 28), "Pt. Sekretaris", "Dra. Siti Aminah, M.Si", Nip.Parse("197107031999032007")));
        return (unit, plan);
    }

    private static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    private static (int Row, int Column, string Value) Find(IXLWorksheet sheet, string text)
    {
        var cell = sheet.CellsUsed().FirstOrDefault(c => c.GetString() == text) ?? throw new InvalidOperationException($"No cell \"{text}\".");
        return (cell.Address.RowNumber, cell.Address.ColumnNumber, cell.GetString());
    }
}

/// <summary>Work units as the model creates them: a KPU RI, a province under it, a city under that.</summary>
internal static class Units
{
    public static WorkUnit City(string name, string province = "KPU Provinsi Banten", string? city = null)
    {
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        var parent = WorkUnit.CreateProvince(province, nation, null, "Serang");
        return WorkUnit.CreateRegencyCity(name, parent, null, city ?? name.Split(' ')[^1]);
    }
}
