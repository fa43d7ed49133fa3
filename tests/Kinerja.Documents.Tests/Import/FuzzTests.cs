using System.Text;
using Kinerja.Documents.Import;
using Kinerja.Documents.Import.Budget;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Tests.Import;

/// <summary>About 2.000 mutated seeds (<see cref="FuzzCorpus"/>): whatever their content, the importer answers with findings, each on its line where it has one.</summary>
public sealed class FuzzTests
{
    /// <summary>Findings about the document as a whole: what it is, its year, its work unit, its budget's versions. Every other finding names its line.</summary>
    private static readonly HashSet<string> DocumentWide =
    [
        "DOCUMENT_EMPTY", "FILE_NOT_TEXT", "DOCUMENT_KIND_UNKNOWN", "PLAN_TABLE_MISSING", "RKA_TABLE_MISSING", "RKA_SIGNATURE_MISSING", "RKA_WORK_UNIT_MISSING",
    ];

    [Fact]
    public void No_mutated_seed_throws_and_every_finding_of_a_line_names_it()
    {
        var problems = new List<string>();
        var count = 0;
        foreach (var (name, text) in FuzzCorpus.Documents(perSeed: 400))
        {
            count++;
            try
            {
                using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
                var document = DocumentImporter.Import(name, stream);
                var findings = new List<ImportFinding>(document.Findings);
                if (document.Budget is { } budget)
                {
                    BudgetMapper.ToVersions(budget, Guid.NewGuid(), new FiscalYear(document.Year is >= FiscalYear.First and <= FiscalYear.Last ? document.Year.Value : 2026), findings);
                }

                problems.AddRange(findings
                    .Where(f => f.Line <= 0 && !DocumentWide.Contains(f.Code))
                    .Select(f => $"{name}: {f.Code} without a line: {f.Message}"));
            }
            catch (Exception e)
            {
                problems.Add($"{name}: {e.GetType().Name}: {e.Message} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
            }
        }

        Assert.True(count >= 2_000, $"{count} documents");
        Assert.True(problems.Count == 0, $"{problems.Count} problems, the first of each kind:\n" + string.Join('\n', problems.GroupBy(Kind).Select(g => $"{g.Count()} × {g.First()}")));
    }

    private static string Kind(string problem) => problem[(problem.IndexOf(": ", StringComparison.Ordinal) + 2)..].Split(' ')[0];
}
