using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Pdf;
using Kinerja.Domain.Planning;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Kinerja.Documents.Tests.Official.Pdf;

/// <summary>The directly written PDFs read back with PdfPig: paper, headings on every page, texts, amounts, signature, page numbers.</summary>
public sealed class DirectPdfTests
{
    [Theory]
    [InlineData(PaperSize.A4, 841.89, 595.28)]
    [InlineData(PaperSize.F4, 935.43, 609.45)]
    public void The_page_is_landscape_on_the_chosen_paper(PaperSize paper, double width, double height)
    {
        var office = new Office();

        using var pdf = PdfDocument.Open(DirectPdf.Render(DocumentSources.ForPlan(office.Rak(ScheduleStyle.Monthly), office.Unit), new DocumentOptions(paper)));

        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(width, page.Width, 1);
            Assert.Equal(height, page.Height, 1);
            Assert.True(page.Width > page.Height);

            // The monthly table fits between the margins: nothing is drawn or written past them.
            Assert.All(page.Letters, l => Assert.InRange(l.EndBaseLine.X, 0, width - 28));
        }
    }

    [Fact]
    public void A_quarterly_rak_prints_kop_title_headings_numbers_rows_marks_amounts_total_signature_and_page_number()
    {
        var office = new Office();
        var source = DocumentSources.ForPlan(office.Rak(ScheduleStyle.Quarterly), office.Unit);

        using var pdf = PdfDocument.Open(DirectPdf.Render(source, DocumentOptions.Default));

        var page = Assert.Single(pdf.GetPages());
        var text = Text(page);
        foreach (var expected in (string[])[
            "KOMISI PEMILIHAN UMUM", "KOTA SERANG", "RENCANA AKSI KINERJA", "TAHUN 2026", "SEKRETARIAT KPU KOTA SERANG",
            "RENCANA PELAKSANAAN TRIWULAN", "T1 T2 T3 T4", "(1) (2) (3) (4) (5) (6) (7) (8) (9) (10) (11) (12)",
            "1.159.691.000", "12.500.000", "JUMLAH PAGU ANGGARAN 1.218.315.000", "Pegawai",
            "Serang, 5 Januari 2026", "Sekretaris", "Hayaudin", "NIP. 19660202 198712 1 007", "Halaman 1 dari 1"])
        {
            Assert.True(text.Contains(expected, StringComparison.Ordinal), $"{expected} not in\n{text}");
        }

        foreach (var row in source.Rows)
        {
            AssertWords(text, row.Goal, row.Indicator, row.Target, row.Action, row.ActionTarget, row.Responsible);
        }

        // "Operasional Kantor" is marked in all four quarters; marks are bold "v".
        var marks = page.Letters.Where(l => l.Value == "v" && (l.FontName ?? string.Empty).Contains("Bold", StringComparison.Ordinal)).ToList();
        Assert.Equal(4 + 1 + 2, marks.Count);
    }

    [Fact]
    public void A_merged_goal_is_printed_once_on_a_page()
    {
        var office = new Office();

        using var pdf = PdfDocument.Open(DirectPdf.Render(DocumentSources.ForPlan(office.Rak(ScheduleStyle.Quarterly), office.Unit), DocumentOptions.Default));

        var text = Text(pdf.GetPage(1));
        Assert.Equal(1, Count(text, "Kelancaran"));
        Assert.Equal(1, Count(text, "Tersedianya"));
        Assert.Equal(1, Count(text, "(076.01.WA)"));
    }

    [Fact]
    public void A_long_monthly_rak_runs_over_pages_each_with_the_headings_numbers_and_page_number()
    {
        var office = new Office();
        var source = DocumentSources.ForPlan(office.LongRak(200, ScheduleStyle.Monthly), office.Unit);

        using var pdf = PdfDocument.Open(DirectPdf.Render(source, DocumentOptions.Default));

        var pages = pdf.GetPages().ToList();
        Assert.True(pages.Count >= 5, $"{pages.Count} pages");
        var all = string.Join("\n", pages.Select(Text));
        for (var i = 0; i < pages.Count; i++)
        {
            var text = Text(pages[i]);
            Assert.Contains("RENCANA PELAKSANAAN BULAN", text, StringComparison.Ordinal);
            Assert.Contains("B1 B2 B3 B4 B5 B6 B7 B8 B9 B10 B11 B12", text, StringComparison.Ordinal);
            Assert.Contains("(20)", text, StringComparison.Ordinal);
            Assert.Contains($"Halaman {i + 1} dari {pages.Count}", text, StringComparison.Ordinal);

            // Every page opens with a goal and its indicator: a span continued from the page before is printed again.
            Assert.Contains("Sasaran nomor", text, StringComparison.Ordinal);
            Assert.Contains("Indikator", text, StringComparison.Ordinal);
        }

        for (var i = 0; i < 200; i++)
        {
            Assert.Contains($"Kegiatan {i + 1} penyusunan", all, StringComparison.Ordinal);
        }

        Assert.Contains(Domain.Common.IdFormat.Whole(source.BudgetCeilingTotal), Text(pages[^1]), StringComparison.Ordinal);
        Assert.Contains("NIP. 19660202 198712 1 007", Text(pages[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_rkt_without_kop_has_one_heading_row_numbers_and_every_goal_and_indicator()
    {
        var office = new Office();
        var source = DocumentSources.ForPlan(office.Rkt(), office.Unit);

        using var pdf = PdfDocument.Open(DirectPdf.Render(source, new DocumentOptions(Letterhead: false)));

        var text = Text(pdf.GetPage(1));
        Assert.StartsWith("RENCANA KINERJA TAHUNAN\nTAHUN 2026\nSEKRETARIAT KPU KOTA SERANG\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("KOMISI PEMILIHAN UMUM", text, StringComparison.Ordinal);
        Assert.Contains("NO SASARAN STRATEGIS INDIKATOR KINERJA TARGET", text, StringComparison.Ordinal);
        Assert.Contains("(1) (2) (3) (4)", text, StringComparison.Ordinal);
        foreach (var row in source.Rows)
        {
            AssertWords(text, row.Goal, row.Indicator, row.Target);
        }
    }

    [Fact]
    public void A_pk_prints_the_agreement_the_programmes_and_both_signatures()
    {
        var office = new Office();
        var source = DocumentSources.ForPlan(office.Pk(), office.Unit, office.Budget(), office.Province);

        using var pdf = PdfDocument.Open(DirectPdf.Render(source, DocumentOptions.Default));

        var text = string.Join("\n", pdf.GetPages().Select(Text));
        foreach (var expected in (string[])[
            "PERJANJIAN KINERJA", "Ahmad Syahrul Rizal", "Ketua KPU Kota Serang", "Mohamad Ikhwanudin", "Ketua KPU Provinsi Banten",
            "selanjutnya disebut pihak pertama;", "NO KODE PROGRAM ANGGARAN (Rp)", "076.01.WA Program Dukungan Manajemen 1.179.691.000",
            "JUMLAH 1.206.691.000", "PIHAK KEDUA", "PIHAK PERTAMA", "NIP. 19751219 200212 1 005"])
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_rka_repeats_its_header_block_on_every_page_and_prints_the_coded_tree()
    {
        var office = new Office();
        var budget = office.Budget();
        var source = DocumentSources.ForBudget(budget, office.Unit);
        var rows = Enumerable.Range(0, 40).SelectMany(_ => source.Rows).ToList();

        using var pdf = PdfDocument.Open(DirectPdf.Render(source with { Rows = rows }, DocumentOptions.Default));

        var pages = pdf.GetPages().ToList();
        Assert.True(pages.Count > 1);

        // The signature may move alone to a last page, which has no table and so no header block.
        var tablePages = Text(pages[^1]).StartsWith("Serang, ", StringComparison.Ordinal) ? pages[..^1] : pages;
        foreach (var page in tablePages)
        {
            var text = Text(page);
            Assert.Contains("RENCANA KERJA ANGGARAN SATKER", text, StringComparison.Ordinal);
            Assert.Contains("SATUAN KERJA : (670714) KPU KOTA SERANG", text, StringComparison.Ordinal);
            Assert.Contains("ALOKASI ANGGARAN T.A 2026", text, StringComparison.Ordinal);
            Assert.Contains("(1) (2) (3) (4) (5) (6)", text, StringComparison.Ordinal);
        }

        var first = Text(pages[0]);
        Assert.Contains("076.01.WA Program Dukungan Manajemen 1.159.691.000 20.000.000 1.179.691.000", first, StringComparison.Ordinal);
        Assert.Contains("4290.EBA.994 Layanan Perkantoran 1 Layanan 1.159.691.000 20.000.000 1.179.691.000", first, StringComparison.Ordinal);
        var program = pages[0].Letters.First(l => l.Value == "P" && Near(l, "Program Dukungan", pages[0]));
        Assert.Contains("Bold", program.FontName, StringComparison.Ordinal);
        Assert.Contains("Oblique", pages[0].Letters.First(l => Near(l, "Sasaran Program :", pages[0])).FontName, StringComparison.Ordinal);
        Assert.Contains("JUMLAH 1.206.691.000", Text(tablePages[^1]), StringComparison.Ordinal);
        Assert.Contains("NIP. 19660202 198712 1 007", Text(pages[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public void Odd_characters_print_without_failing_and_latin_letters_stay()
    {
        var office = new Office();
        string[] names = ["Rapat 👍🏽 evaluasi", "会议 koordinasi", "=1+1", "Verifikasi café – “naïve” √ ■ data", new string('W', 300), "Tab\tdan\nbaris ą ő ﬁ €"];
        var plan = office.LongRak(names.Length, ScheduleStyle.Monthly, i => names[i]);

        var bytes = DirectPdf.Render(DocumentSources.ForPlan(plan, office.Unit), DocumentOptions.Default);

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(Text));
        Assert.Contains("Rapat ?? evaluasi", text, StringComparison.Ordinal);
        Assert.Contains("?? koordinasi", text, StringComparison.Ordinal);
        Assert.Contains("=1+1", text, StringComparison.Ordinal);
        Assert.Contains("Verifikasi café – “naïve” v", text, StringComparison.Ordinal);
        Assert.Contains("Tab dan baris a o fi €", text, StringComparison.Ordinal);
        Assert.Equal(300, text.Count(c => c == 'W'));
    }

    [Fact]
    public void Words_wrap_within_their_column_and_long_words_break_with_a_hyphen()
    {
        var lines = Glyphs.Wrap(Glyphs.Clean("Penatausahaan Barang Milik Negara " + new string('W', 40)), Face.Regular, 7.5, 60);

        Assert.All(lines, l => Assert.True(Glyphs.Width(l, Face.Regular, 7.5) <= 60, l));
        Assert.Equal(["Penatausahaan", "Barang Milik", "Negara"], lines.Take(3));
        Assert.Equal(new string('W', 40), string.Concat(lines.Skip(3).Select(l => l.TrimEnd('-'))));
    }

    private static string Text(Page page)
    {
        // Lines as a reader sees them: letters sharing a baseline, left to right, a gap or space between words.
        var lines = new List<string>();
        foreach (var line in page.Letters.Where(l => l.Value != " ").GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key))
        {
            var words = new List<string>();
            var word = new System.Text.StringBuilder();
            double right = double.MinValue;
            foreach (var letter in line.OrderBy(l => l.StartBaseLine.X))
            {
                if (word.Length > 0 && letter.StartBaseLine.X - right > 0.15 * letter.PointSize)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }

                word.Append(letter.Value);
                right = letter.EndBaseLine.X;
            }

            words.Add(word.ToString());
            lines.Add(string.Join(' ', words));
        }

        return string.Join("\n", lines);
    }

    private static void AssertWords(string text, params string?[] cells)
    {
        var words = text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            foreach (var word in (cell ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.Contains(word, words);
            }
        }
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    private static bool Near(Letter letter, string phrase, Page page) =>
        Text(page).Split('\n').Any(l => l.Contains(phrase, StringComparison.Ordinal))
        && page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - letter.StartBaseLine.Y) < 1).OrderBy(l => l.StartBaseLine.X)
            .Select(l => l.Value).Aggregate(string.Empty, (a, b) => a + b).Replace(" ", string.Empty, StringComparison.Ordinal)
            .Contains(phrase.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
}
