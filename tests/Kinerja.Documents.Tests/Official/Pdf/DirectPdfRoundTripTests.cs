using Kinerja.Documents.Import;
using Kinerja.Documents.Import.Plans;
using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Pdf;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Tests.Official.Pdf;

/// <summary>
/// A plan printed by <see cref="DirectPdf"/> imports back, through the importer's PDF reader (ruled tables from drawn
/// lines) and plan table reader, to the same goals, indicators, targets, actions, schedule, pagu and signature.
/// </summary>
public sealed class DirectPdfRoundTripTests
{
    [Theory]
    [InlineData("rkt", true)]
    [InlineData("rkt", false)]
    [InlineData("rak-quarterly", true)]
    [InlineData("rak-quarterly", false)]
    public void A_plan_printed_directly_imports_back_to_the_same_plan(string which, bool letterhead)
    {
        var office = new Office();
        var original = which == "rkt" ? office.Rkt() : office.Rak(ScheduleStyle.Quarterly);
        var bytes = DirectPdf.Render(DocumentSources.ForPlan(original, office.Unit), new DocumentOptions(Letterhead: letterhead));

        using var stream = new MemoryStream(bytes);
        var document = DocumentImporter.Import("x.pdf", stream);

        Assert.False(document.HasErrors, string.Join("\n", document.Findings.Where(f => f.Severity == Severity.Error)));
        Assert.Equal(original.Kind == PlanKind.Rak ? DocumentKind.Rak : DocumentKind.Rkt, document.Kind);
        Assert.Equal(2026, document.Year);
        var imported = Assert.Single(document.Plans);
        Assert.Equal((original.Entity, original.ScheduleStyle), (imported.Entity, imported.Schedule));
        var mapped = PlanMapper.ToPlan(imported, office.Unit.Id, original.Year, (entity, name) => office.Unit.OrganisationalUnitNamed(entity, name).Id, document.Findings);
        Assert.NotNull(mapped);
        Assert.Equal(Describe(original, office.Unit), Describe(mapped.Plan, office.Unit));
        Assert.Equal(original.BudgetCeilingTotal, mapped.Plan.BudgetCeilingTotal);
        Assert.Equal(original.Signature, mapped.Plan.Signature);
    }

    [Theory]
    [InlineData(ScheduleStyle.Quarterly)]
    [InlineData(ScheduleStyle.Monthly)]
    public void A_plan_over_several_pages_imports_back_whole(ScheduleStyle style)
    {
        var office = new Office();
        var original = office.LongRak(120, style);
        var bytes = DirectPdf.Render(DocumentSources.ForPlan(original, office.Unit), DocumentOptions.Default);

        using var stream = new MemoryStream(bytes);
        var document = DocumentImporter.Import("panjang.pdf", stream);

        Assert.False(document.HasErrors, string.Join("\n", document.Findings.Where(f => f.Severity == Severity.Error)));
        var imported = Assert.Single(document.Plans);
        var mapped = PlanMapper.ToPlan(imported, office.Unit.Id, original.Year, (entity, name) => office.Unit.OrganisationalUnitNamed(entity, name).Id, document.Findings);
        Assert.NotNull(mapped);
        Assert.Equal(Describe(original, office.Unit), Describe(mapped.Plan, office.Unit));
    }

    /// <summary>One line per goal, indicator and action with everything the document prints of it.</summary>
    private static List<string> Describe(PerformancePlan plan, WorkUnit unit)
    {
        var lines = new List<string>();
        foreach (var goal in plan.Goals)
        {
            lines.Add($"goal {goal.Number ?? (goal.Position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} | {goal.Statement} | {goal.BudgetCode}");
            foreach (var indicator in goal.Indicators)
            {
                lines.Add($"  indicator {indicator.Text} | {indicator.Code} | {indicator.Target?.Text}");
                foreach (var action in indicator.Actions)
                {
                    var responsible = unit.OrganisationalUnits.SingleOrDefault(u => u.Id == action.ResponsibleUnitId)?.Name;
                    var schedule = string.Join(",", action.Schedule.Select(e => $"{e.Period}={e.Value}"));
                    lines.Add($"    action {action.Name} | {action.Target?.Text} | {action.BudgetCeiling} | {responsible} | {schedule}");
                }
            }
        }

        return lines;
    }
}
