using Kinerja.Documents.Import;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Tests.Import;

/// <summary>
/// A plan written out as the office would print it, as a PDF and as a DOCX, imports back to the same plan: goals,
/// indicators, targets, actions, schedule, pagu, responsible units and signature.
/// </summary>
public sealed class RoundTripTests
{
    private static readonly double[] Widths = [18, 100, 115, 38, 125, 38, 40, 40, 40, 40, 58, 80];

    private static readonly string[] Before = ["RENCANA AKSI KINERJA TAHUN 2021", "KOMISI PEMILIHAN UMUM PROVINSI BANTEN", "SEKRETARIAT"];

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public void A_plan_written_as_a_document_imports_back_to_the_same_plan(string format)
    {
        var original = Assert.Single(DocumentImporter.Import(Seeds.Source("002")).Plans);
        var (rows, after) = Rows(original);
        var bytes = format == "pdf"
            ? TestDocuments.Pdf(rows, Widths, headerRows: 2, before: Before, after: after)
            : TestDocuments.Docx(rows, headerRows: 2, before: Before, after: after);
        using var stream = new MemoryStream(bytes);

        var document = DocumentImporter.Import($"rak-2021.{format}", stream);

        Assert.False(document.HasErrors, string.Join("\n", document.Findings.Where(f => f.Severity == Severity.Error)));
        Assert.Equal(0, document.Lines.Unaccounted);
        Assert.Equal((DocumentKind.Rak, 2021, "KPU Provinsi Banten"), (document.Kind, document.Year, document.WorkUnit!.Name));
        var imported = Assert.Single(document.Plans);
        var (expected, actual) = (Describe(original), Describe(imported));
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }

        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(original.BudgetCeilingTotal, imported.BudgetCeilingTotal);
        Assert.Equal(
            (original.Signatory!.Place, original.Signatory.Date, original.Signatory.Position, original.Signatory.Name, original.Signatory.Nip),
            (imported.Signatory!.Place, imported.Signatory.Date, imported.Signatory.Position, imported.Signatory.Name, imported.Signatory.Nip));
    }

    /// <summary>The table as printed: two header rows (the quarter labels under a merged heading), one row per action, merged goal and indicator cells.</summary>
    private static (List<string[]> Rows, List<string> After) Rows(ImportedPlan plan)
    {
        var rows = new List<string[]>
        {
            new[] { "No", "Sasaran", "Indikator Kinerja", "Target", "Nama Kegiatan/Aksi", "Target Aksi", "Pelaksanaan Triwulan", TestDocuments.SpanLeft, TestDocuments.SpanLeft, TestDocuments.SpanLeft, "Pagu Anggaran", "Pelaksana" },
            new[] { TestDocuments.SpanUp, TestDocuments.SpanUp, TestDocuments.SpanUp, TestDocuments.SpanUp, TestDocuments.SpanUp, TestDocuments.SpanUp, "I", "II", "III", "IV", TestDocuments.SpanUp, TestDocuments.SpanUp },
        };
        foreach (var goal in plan.Goals)
        {
            var firstOfGoal = true;
            foreach (var indicator in goal.Indicators)
            {
                var firstOfIndicator = true;
                foreach (var action in indicator.Actions)
                {
                    var marks = Enumerable.Range(1, 4).Select(q => action.Schedule.FirstOrDefault(e => e.Period.Number == q) is { } entry ? entry.Value ?? "v" : string.Empty);
                    rows.Add([
                        firstOfGoal ? goal.Number ?? string.Empty : TestDocuments.SpanUp,
                        firstOfGoal ? goal.Statement : TestDocuments.SpanUp,
                        firstOfIndicator ? indicator.Text : TestDocuments.SpanUp,
                        firstOfIndicator ? indicator.Target ?? string.Empty : TestDocuments.SpanUp,
                        action.Name,
                        action.Target ?? string.Empty,
                        .. marks,
                        action.BudgetCeiling is { } ceiling ? IdFormat.Whole(ceiling.Value) : string.Empty,
                        action.ResponsibleUnit ?? string.Empty,
                    ]);
                    firstOfGoal = false;
                    firstOfIndicator = false;
                }
            }
        }

        var s = plan.Signatory!;
        return (rows, [$"{s.Place}, {IdFormat.Date(s.Date!.Value)}", s.Organisation!, s.Position!, s.Name!, $"NIP. {s.Nip!.Value.Grouped}"]);
    }

    private static List<string> Describe(ImportedPlan plan) =>
    [
        .. plan.Goals.SelectMany(g => g.Indicators.SelectMany(i => i.Actions.Select(a =>
            $"{g.Number}|{g.Statement}|{i.Text}|{i.Target}|{a.Name}|{a.Target}|{a.BudgetCeiling}|{a.ResponsibleUnit}|{string.Join(",", a.Schedule.Select(e => $"{e.Period}={e.Value}"))}"))),
    ];
}
