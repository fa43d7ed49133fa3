using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Kinerja.Cli;
using Kinerja.Demo;
using Kinerja.Documents.Import;
using Kinerja.Importing;
using Kinerja.Documents.Tests;
using UglyToad.PdfPig;

namespace Kinerja.Tests.Documents;

/// <summary>Every document kind in every format, for the demo data and for the imported seeds, written by the export verb and read back.</summary>
public sealed class ExportTests
{
    public static TheoryData<string, string, string, string> DemoDocuments()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var format in new[] { "html", "xlsx", "docx", "pdf" })
        {
            data.Add("rkt", "commission", format, "RENCANA KINERJA TAHUNAN");
            data.Add("pk", "secretariat", format, "PERJANJIAN KINERJA");
            data.Add("rak", "secretariat", format, "RENCANA AKSI KINERJA");
            data.Add("rka", "commission", format, "BAGIAN-A");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DemoDocuments))]
    public async Task Each_kind_and_format_is_written_for_the_demo_and_reads_back(string kind, string entity, string format, string title)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using (var db = database.Context())
        {
            await DemoData.LoadAsync(db);
        }

        var file = Path.Combine(Directory.CreateTempSubdirectory("kinerja-export-").FullName, "dokumen." + format);
        using var output = new StringWriter();

        var code = await Verbs.RunAsync("export", [kind, "--unit", "670701", "--year", "2026", "--entity", entity, "--format", format, "--out", file], database.Settings, TimeProvider.System, output);

        Assert.True(code == 0, output.ToString());
        var text = Text(file, format);
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(kind == "rka" ? "(670701) KPU KOTA SERANG" : "KPU KOTA SERANG", text, StringComparison.Ordinal);
        Assert.Contains("(4)", text, StringComparison.Ordinal);
        if (kind != "rka")
        {
            Assert.Contains("Serang,", text, StringComparison.Ordinal);
        }

        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    [Fact]
    public async Task The_imported_seeds_are_written_in_every_format()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using (var db = database.Context())
        {
            foreach (var (seed, province) in new[] { ("000", "Jawa Tengah"), ("001", null), ("002", null), ("003", "Jawa Timur"), ("004", "Kalimantan Barat") })
            {
                Assert.Equal(StoreOutcome.Stored, (await new ImportStore(db, TimeProvider.System).StoreAsync(DocumentImporter.ImportFile(Seeds.Path(seed)), province)).Outcome);
            }
        }

        var folder = Directory.CreateTempSubdirectory("kinerja-seeds-").FullName;
        var documents = new[]
        {
            ("rak", "KPU Kota Semarang", "2018", "secretariat", "HERY SUTARKO"),
            ("rka", "670714", "2020", "commission", "3.076.120.000"),
            ("rak", "KPU Provinsi Banten", "2021", "secretariat", "3.051.446.000"),
            ("rak", "KPU Kota Probolinggo", "2022", "secretariat", "AGUS SETIYONO"),
            ("rkt", "KPU Kota Pontianak", "2023", "secretariat", "6 kec. 29 kel"),
        };
        foreach (var (kind, unit, year, entity, expected) in documents)
        {
            foreach (var format in new[] { "html", "xlsx", "docx", "pdf" })
            {
                var file = Path.Combine(folder, $"{kind}-{year}.{format}");
                using var output = new StringWriter();
                var code = await Verbs.RunAsync("export", [kind, "--unit", unit, "--year", year, "--entity", entity, "--format", format, "--out", file], database.Settings, TimeProvider.System, output);
                Assert.True(code == 0, $"{kind} {year} {format}: {output}");
                Assert.True(Text(file, format).Contains(expected, StringComparison.Ordinal), $"{kind} {year} {format}: \"{expected}\" not found");
            }
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_batch_form_writes_one_document_per_work_unit_with_progress()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using (var db = database.Context())
        {
            await DemoData.LoadAsync(db);
        }

        var folder = Path.Combine(Directory.CreateTempSubdirectory("kinerja-batch-").FullName, "rak");
        using var output = new StringWriter();

        var code = await Verbs.RunAsync("export", ["rak", "--all", "--year", "2026", "--format", "xlsx", "--out", folder], database.Settings, TimeProvider.System, output);

        Assert.Equal(0, code);
        Assert.Equal(7, Directory.GetFiles(folder, "rak-2026-*-kpu.xlsx").Length);
        Assert.Contains("7/7", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("7 dokumen ditulis", output.ToString(), StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
    }

    [Theory]
    [InlineData("rak --unit 999999 --year 2026 --format pdf --out x.pdf", "tidak ditemukan")]
    [InlineData("rak --unit 670701 --year 2019 --format pdf --out x.pdf", "belum memiliki RAK")]
    [InlineData("rak --unit 670701 --year 2026 --format odt --out x.odt", "--format harus")]
    [InlineData("laporan --unit 670701", "Penggunaan: export")]
    public async Task Wrong_arguments_get_a_clear_message(string arguments, string message)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using (var db = database.Context())
        {
            await DemoData.LoadAsync(db);
        }

        using var output = new StringWriter();
        var code = await Verbs.RunAsync("export", arguments.Split(' '), database.Settings, TimeProvider.System, output);

        Assert.NotEqual(0, code);
        Assert.Contains(message, output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A written document's text as a reader sees it: PDF words, workbook cells (money grouped), Word paragraphs, decoded HTML.</summary>
    internal static string Text(string file, string format)
    {
        switch (format)
        {
            case "pdf":
                using (var pdf = PdfDocument.Open(file))
                {
                    return string.Join('\n', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
                }

            case "xlsx":
                using (var workbook = new XLWorkbook(file))
                {
                    return string.Join('\n', workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.DataType == XLDataType.Number ? Kinerja.Domain.Common.IdFormat.Whole((long)c.GetDouble()) : c.GetString()));
                }

            case "docx":
                using (var word = WordprocessingDocument.Open(file, false))
                {
                    return string.Join('\n', word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
                }

            default:
                return System.Net.WebUtility.HtmlDecode(File.ReadAllText(file));
        }
    }
}
