using Kinerja.Documents.Import;
using Kinerja.Documents.Import.Plans;
using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Xlsx;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Tests.Official.Xlsx;

/// <summary>Writes plans as workbooks, reads them back, and describes plans line by line so a difference names itself.</summary>
internal static class XlsxPlans
{
    public static byte[] Write(PlanDocument document, DocumentOptions? options = null)
    {
        using var stream = new MemoryStream();
        XlsxRenderer.Write(document, options ?? DocumentOptions.Default, stream);
        return stream.ToArray();
    }

    public static ImportedDocument Import(byte[] workbook, string fileName = "rencana.xlsx")
    {
        using var stream = new MemoryStream(workbook);
        return DocumentImporter.Import(fileName, stream);
    }

    /// <summary>The plan back from its workbook, built through the model's verbs with the unit's own organisational units.</summary>
    public static (ImportedDocument Document, PerformancePlan? Plan) RoundTrip(PerformancePlan plan, WorkUnit unit, DocumentOptions? options = null)
    {
        var document = Import(Write(DocumentSources.ForPlan(plan, unit), options));
        var imported = document.Plans.Count == 1 ? document.Plans[0] : null;
        var findings = new List<ImportFinding>();
        var mapped = imported is null
            ? null
            : PlanMapper.ToPlan(imported, unit.Id, plan.Year, (entity, name) => unit.OrganisationalUnitNamed(entity, name).Id, findings);
        return (document, mapped?.Plan);
    }

    /// <summary>Everything the plan says that a document prints, one line per element.</summary>
    public static List<string> Describe(PerformancePlan plan, WorkUnit unit)
    {
        var names = unit.OrganisationalUnits.ToDictionary(u => u.Id, u => u.Name);
        var lines = new List<string> { $"plan|{plan.Kind}|{plan.Entity}|{plan.Year.Value}|{plan.ScheduleStyle}" };
        foreach (var goal in plan.Goals)
        {
            lines.Add($"goal|{goal.Number ?? (goal.Position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}|{goal.Statement}|{goal.BudgetCode}");
            foreach (var indicator in goal.Indicators)
            {
                lines.Add($"  indicator|{indicator.Text}|{indicator.Code}|{indicator.Target?.Text}");
                foreach (var action in indicator.Actions)
                {
                    var unitName = action.ResponsibleUnitId is { } id ? names[id] : null;
                    var schedule = string.Join(",", action.Schedule.Select(e => $"{e.Period}={e.Value ?? "■"}"));
                    lines.Add($"    action|{action.Name}|{action.Target?.Text}|{action.BudgetCeiling?.Value}|{unitName}|{schedule}");
                }
            }
        }

        if (plan.Signature is { } s)
        {
            lines.Add($"signature|{s.Place}|{s.Date:yyyy-MM-dd}|{s.Position}|{s.Organisation}|{s.Name}|{s.Nip}");
        }

        return lines;
    }

    /// <summary>Asserts line by line, so the first differing element is what the failure shows.</summary>
    public static void AssertSame(PerformancePlan expected, PerformancePlan actual, WorkUnit unit, string context)
    {
        var (e, a) = (Describe(expected, unit), Describe(actual, unit));
        for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
        {
            if (!string.Equals(e[i], a[i], StringComparison.Ordinal))
            {
                Assert.Fail($"{context}: line {i} differs\nexpected: {Short(e[i])}\nactual:   {Short(a[i])}");
            }
        }

        Assert.True(e.Count == a.Count, $"{context}: {e.Count} lines expected, {a.Count} read\nexpected last: {Short(e[^1])}\nactual last: {Short(a[^1])}");
    }

    public static void AssertClean(ImportedDocument document, string context)
    {
        var problems = document.Findings.Where(f => f.Severity == Severity.Error || f.Code is "LINE_UNACCOUNTED" or "CEILING_TOTAL_MISMATCH" or "TABLE_ROW_SHORT" or "TABLE_ROW_SHIFTED").ToList();
        Assert.True(problems.Count == 0, $"{context}: {string.Join("\n", problems.Select(f => $"{f.Code} {Short(f.Message)}"))}");
        Assert.True(document.Lines.Unaccounted == 0, $"{context}: {document.Lines.Unaccounted} unaccounted lines");
    }

    private static string Short(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
