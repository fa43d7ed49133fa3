using Kinerja.Documents.Import;
using Kinerja.Documents.Import.Plans;
using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Docx;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Tests.Official.Docx;

/// <summary>
/// A plan written as a Word file and edited nowhere imports back, through the importer's DOCX reader and plan table
/// reader, to the same goals, indicators, targets, actions, schedule, pagu, responsible units and signature.
/// </summary>
public sealed class DocxRoundTripTests
{
    [Theory]
    [InlineData("rkt", true)]
    [InlineData("rak-quarterly", true)]
    [InlineData("rak-monthly", true)]
    [InlineData("rak-quarterly", false)]
    [InlineData("rkt", false)]
    public void A_plan_written_as_docx_imports_back_to_the_same_plan(string which, bool letterhead)
    {
        var office = new Office();
        var original = which switch
        {
            "rkt" => office.Rkt(),
            "rak-monthly" => office.Rak(ScheduleStyle.Monthly),
            _ => office.Rak(ScheduleStyle.Quarterly),
        };

        var document = Import(DocumentSources.ForPlan(original, office.Unit), letterhead);

        Assert.False(document.HasErrors, string.Join("\n", document.Findings.Where(f => f.Severity == Severity.Error)));
        Assert.Equal(0, document.Lines.Unaccounted);
        Assert.Equal(original.Kind == PlanKind.Rak ? DocumentKind.Rak : DocumentKind.Rkt, document.Kind);
        Assert.Equal(2026, document.Year);
        Assert.Equal("KPU Kota Serang", document.WorkUnit?.Name);

        var imported = Assert.Single(document.Plans);
        Assert.Equal((original.Entity, original.ScheduleStyle), (imported.Entity, imported.Schedule));
        var mapped = PlanMapper.ToPlan(imported, office.Unit.Id, original.Year, (entity, name) => office.Unit.OrganisationalUnitNamed(entity, name).Id, document.Findings);
        Assert.NotNull(mapped);
        Assert.Equal(Describe(original, office.Unit), Describe(mapped.Plan, office.Unit));
        Assert.Equal(original.BudgetCeilingTotal, mapped.Plan.BudgetCeilingTotal);
        Assert.Equal(original.Signature, mapped.Plan.Signature);
    }

    [Fact]
    public void The_total_row_of_a_rak_is_read_as_the_total_not_as_a_goal()
    {
        var office = new Office();
        var source = DocumentSources.ForPlan(office.Rak(ScheduleStyle.Quarterly), office.Unit);

        var document = Import(source, letterhead: true);
        var tampered = Import(source with { BudgetCeilingTotal = source.BudgetCeilingTotal + 1 }, letterhead: true);

        // The only warning left is the plan check on the fixture's deliberately unscheduled action.
        Assert.Equal(["PLAN_ACTION_NO_SCHEDULE"], document.Findings.Where(f => f.Severity != Severity.Info).Select(f => f.Code));
        Assert.DoesNotContain(document.Plans[0].Goals, g => g.Statement.Contains("Jumlah", StringComparison.Ordinal));
        Assert.Contains(tampered.Findings, f => f.Code == "CEILING_TOTAL_MISMATCH");
    }

    [Fact]
    public void A_seed_plan_survives_a_trip_through_word()
    {
        var office = new Office();
        var seed = Assert.Single(DocumentImporter.Import(Seeds.Source("002")).Plans);
        var original = PlanMapper.ToPlan(seed, office.Unit.Id, new FiscalYear(2021), (entity, name) => office.Unit.OrganisationalUnitNamed(entity, name).Id, [])!.Plan;

        var document = Import(DocumentSources.ForPlan(original, office.Unit), letterhead: true);

        Assert.False(document.HasErrors, string.Join("\n", document.Findings.Where(f => f.Severity == Severity.Error)));
        var imported = Assert.Single(document.Plans);
        var mapped = PlanMapper.ToPlan(imported, office.Unit.Id, original.Year, (entity, name) => office.Unit.OrganisationalUnitNamed(entity, name).Id, document.Findings);
        Assert.NotNull(mapped);
        Assert.Equal(Describe(original, office.Unit), Describe(mapped.Plan, office.Unit));
        Assert.Equal(original.Signature, mapped.Plan.Signature);
    }

    [Fact]
    public void An_rka_written_as_docx_imports_back_to_the_same_lines_amounts_and_signature()
    {
        var office = new Office();
        var budget = office.Budget();
        using var stream = new MemoryStream();
        DocxRenderer.Write(DocumentSources.ForBudget(budget, office.Unit), DocumentOptions.Default, stream);
        stream.Position = 0;

        var document = DocumentImporter.Import("rka.docx", stream);

        Assert.DoesNotContain(document.Findings, f => f.Severity != Severity.Info);
        Assert.Equal((DocumentKind.Rka, 2026, "670714"), (document.Kind, document.Year, document.WorkUnit?.SatkerCode));
        Assert.Equal(
            budget.Lines.Select(l => $"{l.Code} {l.Title} {l.Volume?.Display()} {budget.AmountsOf(l).Total} {l.Statements.Count}"),
            document.Budget!.Lines.Select(l => $"{l.Code} {l.Title} {l.Volume} {l.StatedTotal} {l.Statements.Count}"));
        Assert.Equal(("Hayaudin", Nip.Parse(Office.SecretaryNip)), (document.Budget.Signatory?.Name, document.Budget.Signatory?.Nip));
    }

    private static ImportedDocument Import(PlanDocument source, bool letterhead)
    {
        using var stream = new MemoryStream();
        DocxRenderer.Write(source, new DocumentOptions(Letterhead: letterhead), stream);
        stream.Position = 0;
        return DocumentImporter.Import("x.docx", stream);
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
