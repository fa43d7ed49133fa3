using Kinerja.Documents.Official;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Tests.Official.Xlsx;

/// <summary>A PK's workbook imports back as one PK with its goals, and its budget per program as program amounts.</summary>
public sealed class PkImportTests
{
    [Fact]
    public void A_pk_workbook_imports_as_one_plan_with_its_program_budget()
    {
        var unit = Units.City("KPU Kota Serang");
        var head = unit.AddOfficial("Siti Aminah", "Sekretaris", Nip.Parse("197107031999032007"));
        unit.AppointHead(EntityKind.Secretariat, head);
        unit.AppointHead(EntityKind.Commission, unit.AddOfficial("Abdul Rahman", "Ketua"));
        var budget = BudgetVersion.CreateOriginal(unit.Id, new FiscalYear(2026));
        budget.AddLine(null, BudgetCode.Parse("076.01.WA"), "Program Dukungan Manajemen", baseline: new Rupiah(2_777_477_000));
        budget.AddLine(null, BudgetCode.Parse("076.01.CQ"), "Program Penyelenggaraan Pemilu", baseline: new Rupiah(1_646_458_000));
        var plan = PerformancePlan.Create(unit.Id, EntityKind.Secretariat, new FiscalYear(2026), PlanKind.Pk);
        var goal = plan.AddGoal("Terwujudnya dukungan manajemen yang akuntabel");
        plan.AddIndicator(goal, "Nilai evaluasi SAKIP", Target.Parse("B"));
        plan.AddIndicator(goal, "Opini BPK", Target.Parse("WTP"));
        plan.Sign(new SignatureBlock("Serang", new DateOnly(2026, 1, 20), "Sekretaris", head.Name, head.Nip));

        var document = XlsxPlans.Import(XlsxPlans.Write(DocumentSources.ForPlan(plan, unit, budget)));

        Assert.False(document.HasErrors, string.Join("\n", document.Findings.Select(f => $"{f.Code} {f.Line} {f.Message}")));
        var imported = Assert.Single(document.Plans);
        Assert.Equal((PlanKind.Pk, EntityKind.Secretariat, 1, 2), (imported.Kind, imported.Entity, imported.Goals.Count, imported.Indicators.Count()));
        Assert.Equal(["B", "WTP"], imported.Indicators.Select(i => i.Target));
        Assert.Equal(
            [("076.01.WA", 2_777_477_000L), ("076.01.CQ", 1_646_458_000L)],
            document.Budget!.Lines.Select(l => (l.Code, l.StatedTotal!.Value.Value)));
        Assert.Equal(("Siti Aminah", "Sekretaris", "19710703 199903 2 007"), (imported.Signatory?.Name, imported.Signatory?.Position, imported.Signatory?.Nip?.Grouped));
        Assert.Equal(0, document.Lines.Unaccounted);
    }
}
