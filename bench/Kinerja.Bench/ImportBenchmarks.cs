using BenchmarkDotNet.Attributes;
using Kinerja.Documents.Import;
using Kinerja.Documents.Tests;
using Kinerja.Documents.Tests.Import;
using Kinerja.Domain.Common;

namespace Kinerja.Bench;

/// <summary>
/// The importer on the five seeds as text (read, parse, check, account for every line), and on seed 002's table written
/// as a PDF and as a DOCX. One benchmark is one document on one thread; documents per second = 1 / mean.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private readonly Dictionary<string, string> _texts = [];
    private byte[] _pdf = [];
    private byte[] _docx = [];

    [Params("000", "001", "002", "003", "004")]
    public string Seed { get; set; } = "002";

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.GetDirectoryName(Seeds.Path("000"))!;
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt"))
        {
            _texts[Path.GetFileName(file)[..3]] = File.ReadAllText(file);
        }

        var plan = DocumentImporter.Import(SourceText.FromText("002.txt", _texts["002"])).Plans[0];
        var rows = new List<string[]> { new[] { "No", "Sasaran", "Indikator Kinerja", "Target", "Nama Kegiatan/Aksi", "Target Aksi", "I", "II", "III", "IV", "Pagu Anggaran", "Pelaksana" } };
        foreach (var goal in plan.Goals)
        {
            foreach (var indicator in goal.Indicators)
            {
                foreach (var action in indicator.Actions)
                {
                    rows.Add([goal.Number ?? string.Empty, goal.Statement, indicator.Text, indicator.Target ?? string.Empty, action.Name, action.Target ?? string.Empty,
                        .. Enumerable.Range(1, 4).Select(q => action.Schedule.FirstOrDefault(e => e.Period.Number == q) is { } e ? e.Value ?? "v" : string.Empty),
                        action.BudgetCeiling is { } c ? IdFormat.Whole(c.Value) : string.Empty, action.ResponsibleUnit ?? string.Empty]);
                }
            }
        }

        string[] before = ["RENCANA AKSI KINERJA TAHUN 2021", "KOMISI PEMILIHAN UMUM PROVINSI BANTEN", "SEKRETARIAT"];
        string[] after = ["Serang, 28 Januari 2021", "Pt. Sekretaris,", "ANNISA ROSPA.P", "NIP. 19710703 199903 2 007"];
        _pdf = TestDocuments.Pdf(rows, [18, 100, 115, 38, 125, 38, 40, 40, 40, 40, 58, 80], before: before, after: after);
        _docx = TestDocuments.Docx(rows, before: before, after: after);
    }

    [Benchmark(Description = "Text import of one seed")]
    public int Text() => DocumentImporter.Import(SourceText.FromText(Seed + ".txt", _texts[Seed])).Lines.Used;

    [Benchmark(Description = "PDF import, seed 002 table (68 rows)")]
    public int Pdf()
    {
        using var stream = new MemoryStream(_pdf);
        return DocumentImporter.Import("002.pdf", stream).Lines.Used;
    }

    [Benchmark(Description = "DOCX import, seed 002 table (68 rows)")]
    public int Docx()
    {
        using var stream = new MemoryStream(_docx);
        return DocumentImporter.Import("002.docx", stream).Lines.Used;
    }
}
