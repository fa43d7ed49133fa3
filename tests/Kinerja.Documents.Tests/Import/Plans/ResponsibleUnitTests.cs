using System.Text.RegularExpressions;
using Kinerja.Documents.Import;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Tests.Import.Plans;

/// <summary>An empty pelaksana cell takes the one above (a merged cell), and every such assumption is reported.</summary>
public sealed partial class ResponsibleUnitTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("003")]
    public void Every_action_whose_responsible_unit_came_from_the_row_above_is_reported(string seed)
    {
        var document = DocumentImporter.Import(Seeds.Source(seed));
        var lines = Seeds.Source(seed).Lines;
        var reported = document.Findings.Where(f => f.Code == "RESPONSIBLE_FROM_ROW_ABOVE")
            .SelectMany(f => Covered(f.Message))
            .ToHashSet();

        var inherited = document.Plans.SelectMany(p => p.Actions)
            .Where(a => a.ResponsibleUnit is not null && !lines[a.Line - 1].Cells.Contains(a.ResponsibleUnit))
            .Select(a => a.Line)
            .ToList();

        Assert.Equal(inherited.Order(), reported.Order());
        Assert.All(document.Findings.Where(f => f.Code == "RESPONSIBLE_FROM_ROW_ABOVE"), f => Assert.Equal(Severity.Info, f.Severity));
    }

    [Fact]
    public void Seed_002_reports_the_merged_cells_of_its_goals()
    {
        var findings = DocumentImporter.Import(Seeds.Source("002")).Findings.Where(f => f.Code == "RESPONSIBLE_FROM_ROW_ABOVE").ToList();

        Assert.Equal(23, findings.Count);
        Assert.Equal("Pelaksana kosong (baris 11) dianggap sama dengan baris 10 di atasnya (sel digabung): \"Subbag Umum dan Logistik\".", findings[0].Message);
        Assert.Contains(findings, f => f.Line == 78 && f.Message.Contains("baris 78–81", StringComparison.Ordinal));
    }

    private static IEnumerable<int> Covered(string message)
    {
        foreach (var range in Rows().Match(message).Groups[1].Value.Split(", "))
        {
            var ends = range.Split('–').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            foreach (var line in Enumerable.Range(ends[0], ends[^1] - ends[0] + 1))
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"^Pelaksana kosong \((?:halaman \d+, )?baris ([\d–, ]+)\)")]
    private static partial Regex Rows();
}
