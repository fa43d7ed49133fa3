using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Documents.Import;
using Kinerja.Documents.Import.Plans;
using Kinerja.Documents.Official;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Tests.Official.Docx;

/// <summary>The Word files as an office opens them: valid, landscape, with the official headings, merges, amounts and signatures.</summary>
public sealed class DocxRendererTests
{
    [Fact]
    public void A_rak_has_its_title_repeated_headings_merged_goals_amounts_total_and_signature()
    {
        var office = new Office();
        using var file = WordFile.Of(DocumentSources.ForPlan(office.Rak(ScheduleStyle.Quarterly), office.Unit));

        Assert.Empty(file.ValidationErrors());
        Assert.Equal(
            ["KOMISI PEMILIHAN UMUM", "KOTA SERANG", "Jl. Ahmad Yani No. 84, Serang, Banten 42118", "RENCANA AKSI KINERJA", "TAHUN 2026", "SEKRETARIAT KPU KOTA SERANG"],
            file.Paragraphs.Take(7).Where(p => !p.StartsWith("Telp.", StringComparison.Ordinal)));
        var kop = file.Body.Elements<Paragraph>().Take(4).Last();
        Assert.NotNull(kop.ParagraphProperties?.ParagraphBorders?.BottomBorder);

        var table = file.Tables[0];
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(
            ["No", "Sasaran", "Indikator Kinerja", "Target", "Kegiatan/Aksi", "Target Aksi", "Rencana Pelaksanaan Triwulan", "Pagu Anggaran (Rp)", "Pelaksana"],
            WordFile.Texts(rows[0]));
        Assert.Equal(4, rows[0].Elements<TableCell>().ElementAt(6).TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(["", "", "", "", "", "", "T1", "T2", "T3", "T4", "", ""], WordFile.Texts(rows[1]));
        Assert.All(rows[1].Elements<TableCell>().Where((_, i) => i is < 6 or > 9), c => Assert.Equal(MergedCellValues.Continue, WordFile.VerticalMerge(c)));
        Assert.Equal([.. Enumerable.Range(1, 12).Select(n => $"({n})")], WordFile.Texts(rows[2]));
        Assert.Equal([true, true, true, false], rows.Take(4).Select(WordFile.IsHeader));
        Assert.Equal(TableLayoutValues.Fixed, table.GetFirstChild<TableProperties>()!.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableLayout>()!.Type!.Value);

        // Goal 1 spans its three actions; its indicator too. Goal 2 spans two indicators with one action each.
        var body = rows.Skip(3).ToList();
        Assert.Equal(
            [MergedCellValues.Restart, MergedCellValues.Continue, MergedCellValues.Continue, MergedCellValues.Restart, MergedCellValues.Continue, null],
            body.Take(6).Select(r => WordFile.VerticalMerge(r.Elements<TableCell>().ElementAt(1))));
        Assert.Equal(
            [MergedCellValues.Restart, MergedCellValues.Continue, MergedCellValues.Continue, null, null, null],
            body.Take(6).Select(r => WordFile.VerticalMerge(r.Elements<TableCell>().ElementAt(2))));
        var first = WordFile.Texts(body[0]);
        Assert.Equal(["1", "Terwujudnya Dukungan Sarana dan Prasarana Guna Meningkatkan Kelancaran Tugas KPU"], first.Take(2));
        Assert.Equal(["97,5%", "Operasional Kantor", "100%", "■", "■", "■", "■", "1.159.691.000", "Subbag Umum dan Logistik"], first.Skip(3));
        Assert.Equal("Meningkatnya Akuntabilitas Keuangan dan Kinerja KPU (076.01.WA)", WordFile.Texts(body[3])[1]);
        Assert.Equal("36 Pegawai", WordFile.Texts(body[3])[7]);
        var ceiling = body[0].Elements<TableCell>().ElementAt(10).GetFirstChild<Paragraph>()!;
        Assert.Equal(JustificationValues.Right, ceiling.ParagraphProperties!.Justification!.Val!.Value);

        var total = WordFile.Texts(rows[^1]);
        Assert.Equal(["Jumlah", "1.218.315.000", ""], total);
        Assert.Equal(10, rows[^1].Elements<TableCell>().First().TableCellProperties!.GridSpan!.Val!.Value);
        Assert.All(body, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));

        var after = file.Paragraphs.SkipWhile(p => p != "Serang, 5 Januari 2026").ToList();
        Assert.Equal(["Serang, 5 Januari 2026", "Sekretaris", "Sekretariat KPU Kota Serang", "", "", "", "Hayaudin", "NIP. 19660202 198712 1 007"], after);
        var name = file.Body.Elements<Paragraph>().Single(p => p.InnerText == "Hayaudin").Descendants<RunProperties>().Single();
        Assert.NotNull(name.Bold);
        Assert.NotNull(name.Underline);
    }

    [Theory]
    [InlineData(PaperSize.A4, 16838, 11906)]
    [InlineData(PaperSize.F4, 18709, 12189)]
    public void The_page_is_landscape_on_the_chosen_paper_and_the_table_fits_it(PaperSize paper, uint width, uint height)
    {
        var office = new Office();
        using var file = WordFile.Of(DocumentSources.ForPlan(office.Rak(ScheduleStyle.Monthly), office.Unit), new DocumentOptions(paper));

        Assert.Empty(file.ValidationErrors());
        var size = file.Section.GetFirstChild<PageSize>()!;
        Assert.Equal((width, height, PageOrientationValues.Landscape), (size.Width!.Value, size.Height!.Value, size.Orient!.Value));
        var margin = file.Section.GetFirstChild<PageMargin>()!;
        var grid = file.Tables[0].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal((int)(width - margin.Left!.Value - margin.Right!.Value), grid.Sum());
        Assert.True(grid.Skip(6).Take(12).All(w => w == 500), "month columns stay narrow, wide enough for B12 and (16)");
    }

    [Fact]
    public void A_monthly_rak_puts_twelve_months_under_one_heading()
    {
        var office = new Office();
        using var file = WordFile.Of(DocumentSources.ForPlan(office.Rak(ScheduleStyle.Monthly), office.Unit));

        Assert.Empty(file.ValidationErrors());
        var rows = file.Tables[0].Elements<TableRow>().ToList();
        Assert.Equal("Rencana Pelaksanaan Bulan", WordFile.Texts(rows[0])[6]);
        Assert.Equal([.. Enumerable.Range(1, 12).Select(m => $"B{m}")], WordFile.Texts(rows[1]).Skip(6).Take(12));
        Assert.Equal(20, WordFile.Texts(rows[2]).Count);
        Assert.Equal([.. Enumerable.Repeat("■", 12)], WordFile.Texts(rows[3]).Skip(6).Take(12));
    }

    [Fact]
    public void An_rkt_has_one_heading_row_and_the_numbers_row_both_repeated()
    {
        var office = new Office();
        using var file = WordFile.Of(DocumentSources.ForPlan(office.Rkt(), office.Unit), new DocumentOptions(Letterhead: false));

        Assert.Empty(file.ValidationErrors());
        Assert.Equal(["RENCANA KINERJA TAHUNAN", "TAHUN 2026", "SEKRETARIAT KPU KOTA SERANG"], file.Paragraphs.Take(3));
        Assert.DoesNotContain("KOMISI PEMILIHAN UMUM", file.Paragraphs);
        var rows = file.Tables[0].Elements<TableRow>().ToList();
        Assert.Equal(["No", "Sasaran Strategis", "Indikator Kinerja", "Target"], WordFile.Texts(rows[0]));
        Assert.Equal(["(1)", "(2)", "(3)", "(4)"], WordFile.Texts(rows[1]));
        Assert.Equal([true, true, false], rows.Take(3).Select(WordFile.IsHeader));
        Assert.Equal(["1", "Terwujudnya rencana kerja dan anggaran KPU Kota Serang yang efektif dan efisien", "Jumlah revisi yang dilakukan terhadap rencana kerja yang telah ditetapkan", "4 Kali"], WordFile.Texts(rows[2]));
        Assert.Equal(MergedCellValues.Restart, WordFile.VerticalMerge(rows[2].Elements<TableCell>().ElementAt(1)));
        Assert.Equal(["", "", "Nilai Evaluasi atas Akuntabilitas Kinerja KPU", "B"], WordFile.Texts(rows[3]));
        Assert.Equal(MergedCellValues.Continue, WordFile.VerticalMerge(rows[3].Elements<TableCell>().ElementAt(1)));
        Assert.Null(WordFile.VerticalMerge(rows[4].Elements<TableCell>().ElementAt(1)));
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public void A_pk_states_the_agreement_lists_the_programmes_and_is_signed_by_both_parties()
    {
        var office = new Office();
        var budget = office.Budget();
        using var file = WordFile.Of(DocumentSources.ForPlan(office.Pk(), office.Unit, budget, office.Province));

        Assert.Empty(file.ValidationErrors());
        Assert.Contains("PERJANJIAN KINERJA", file.Paragraphs);
        Assert.Contains(file.Paragraphs, p => p.StartsWith("Sebagai wujud komitmen untuk menjalankan pemerintahan yang efektif, transparan dan akuntabel", StringComparison.Ordinal));
        Assert.Contains("Nama: Ahmad Syahrul Rizal", file.Paragraphs);
        Assert.Contains("Jabatan: Ketua KPU Kota Serang", file.Paragraphs);
        Assert.Contains("Nama: Mohamad Ikhwanudin", file.Paragraphs);
        Assert.Contains("Jabatan: Ketua KPU Provinsi Banten", file.Paragraphs);
        Assert.Contains("selanjutnya disebut pihak pertama;", file.Paragraphs);

        Assert.Equal(3, file.Tables.Count);
        var programmes = file.Tables[1].Elements<TableRow>().ToList();
        Assert.Equal(["No", "Kode", "Program", "Anggaran (Rp)"], WordFile.Texts(programmes[0]));
        Assert.True(WordFile.IsHeader(programmes[0]));
        Assert.Equal(["1", "076.01.WA", "Program Dukungan Manajemen", "1.179.691.000"], WordFile.Texts(programmes[1]));
        Assert.Equal(["2", "076.01.CQ", "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", "27.000.000"], WordFile.Texts(programmes[2]));
        Assert.Equal(["Jumlah", "1.206.691.000"], WordFile.Texts(programmes[3]));

        var signatures = file.Tables[2];
        Assert.Equal(BorderValues.Nil, signatures.GetFirstChild<TableProperties>()!.TableBorders!.InsideVerticalBorder!.Val!.Value);
        var (second, first) = (signatures.Descendants<TableCell>().First(), signatures.Descendants<TableCell>().Last());
        Assert.Equal(["", "PIHAK KEDUA,", "Ketua KPU Provinsi Banten", "", "", "", "Mohamad Ikhwanudin"], second.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Equal(["Serang, 5 Januari 2026", "PIHAK PERTAMA,", "Ketua KPU Kota Serang", "", "", "", "Ahmad Syahrul Rizal", "NIP. 19751219 200212 1 005"], first.Elements<Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public void An_rka_prints_the_identity_on_every_page_numbers_the_pages_and_prints_the_coded_tree()
    {
        var office = new Office();
        using var file = WordFile.Of(DocumentSources.ForBudget(office.Budget(), office.Unit), new DocumentOptions(Letterhead: false));

        Assert.Empty(file.ValidationErrors());
        string[] identity = ["KEMEN/LEMB: (076) KOMISI PEMILIHAN UMUM", "UNIT ORG: (01) Komisi Pemilihan Umum", "SATUAN KERJA: (670714) KPU KOTA SERANG", "PROPINSI: (29) BANTEN", "LOKASI: (53) KOTA SERANG"];
        Assert.Equal(["RENCANA KERJA ANGGARAN SATKER", "RENCANA KINERJA SATUAN KERJA", "TAHUN ANGGARAN 2026", "BAGIAN-A", .. identity], file.Paragraphs.Take(9));

        // Page 1 shows the identity in its body; the default header repeats it from page 2 on.
        Assert.NotNull(file.Section.GetFirstChild<TitlePage>());
        var main = file.Package.MainDocumentPart!;
        var header = (HeaderPart)main.GetPartById(file.Section.Elements<HeaderReference>().Single(h => h.Type!.Value == HeaderFooterValues.Default).Id!.Value!);
        Assert.Equal(identity, header.Header.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0));
        Assert.Equal(2, file.Section.Elements<FooterReference>().Count());
        foreach (var reference in file.Section.Elements<FooterReference>())
        {
            var footer = (FooterPart)main.GetPartById(reference.Id!.Value!);
            Assert.Equal("Halaman 1", footer.Footer.InnerText);
            Assert.Equal(" PAGE ", footer.Footer.Descendants<SimpleField>().Single().Instruction!.Value);
        }

        var rows = file.Tables[0].Elements<TableRow>().ToList();
        Assert.Equal([true, true, true, false], rows.Take(4).Select(WordFile.IsHeader));
        Assert.Equal(["Volume/Satuan", "Angka Dasar", "Inisiatif Baru", "Jumlah"], WordFile.Texts(rows[1]).Skip(2));
        var program = rows[3];
        Assert.Equal(["076.01.WA", "Program Dukungan Manajemen", "", "1.159.691.000", "20.000.000", "1.179.691.000"], WordFile.Texts(program));
        Assert.NotNull(program.Descendants<RunProperties>().First().Bold);
        var label = rows.Single(r => WordFile.Texts(r)[1] == "Sasaran Program :");
        Assert.NotNull(label.Descendants<RunProperties>().Single().Italic);
        var output = rows.Single(r => WordFile.Texts(r)[0] == "4290.EBA.994");
        Assert.Equal(["1 Layanan", "1.159.691.000", "20.000.000", "1.179.691.000"], WordFile.Texts(output).Skip(2));
        Assert.True(int.Parse(output.Elements<TableCell>().ElementAt(1).GetFirstChild<Paragraph>()!.ParagraphProperties!.Indentation!.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(["JUMLAH", "", "", "1.206.691.000"], WordFile.Texts(rows[^1]));
        Assert.Contains("NIP. 19660202 198712 1 007", file.Paragraphs);
    }

    [Fact]
    public void A_seed_plan_read_from_its_pdf_text_renders_as_a_valid_word_file()
    {
        var imported = Assert.Single(DocumentImporter.Import(Seeds.Source("002")).Plans);
        var office = new Office();
        var mapped = PlanMapper.ToPlan(imported, office.Unit.Id, new FiscalYear(2021), (entity, name) => office.Unit.OrganisationalUnitNamed(entity, name).Id, []);
        Assert.NotNull(mapped);

        using var file = WordFile.Of(DocumentSources.ForPlan(mapped.Plan, office.Unit));

        Assert.Empty(file.ValidationErrors());
        var rows = file.Tables[0].Elements<TableRow>().ToList();
        Assert.Contains(rows, r => WordFile.Texts(r).Contains("1.159.691.000"));
        Assert.Equal(IdFormat.Whole(mapped.Plan.BudgetCeilingTotal.Value), WordFile.Texts(rows[^1])[1]);
        Assert.Contains("NIP. " + mapped.Plan.Signature!.Nip!.Value.Grouped, file.Paragraphs);
        Assert.Equal(EntityKind.Secretariat, mapped.Plan.Entity);
    }
}
