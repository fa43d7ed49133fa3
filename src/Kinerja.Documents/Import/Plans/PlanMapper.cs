using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Import.Plans;

/// <summary>A plan built from a document, and the source line of each of its goals, indicators and actions.</summary>
public sealed record MappedPlan(PerformancePlan Plan, IReadOnlyDictionary<Guid, int> Lines);

/// <summary>Builds the domain plan from what a document says, through the domain's verbs, so every rule of the model holds for imported plans too.</summary>
public static class PlanMapper
{
    /// <summary>
    /// The plan, or null when the model refuses something in it (the reason is added to <paramref name="findings"/> with
    /// its line). <paramref name="responsibleUnit"/> turns a printed unit name into the work unit's organisational unit.
    /// </summary>
    public static MappedPlan? ToPlan(
        ImportedPlan imported,
        Guid workUnitId,
        FiscalYear year,
        Func<EntityKind, string, Guid?> responsibleUnit,
        ICollection<ImportFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(imported);
        ArgumentNullException.ThrowIfNull(responsibleUnit);
        ArgumentNullException.ThrowIfNull(findings);
        var lines = new Dictionary<Guid, int>();
        var at = imported.Line;
        try
        {
            var plan = PerformancePlan.Create(workUnitId, imported.Entity, year, imported.Kind, imported.Schedule);
            foreach (var goal in imported.Goals)
            {
                at = goal.Line;
                var code = goal.BudgetCode is { } text && BudgetCode.TryParse(text, out var parsed) ? parsed : (BudgetCode?)null;
                var level = code?.Level switch
                {
                    BudgetLevel.Program => GoalLevel.Program,
                    BudgetLevel.Activity => GoalLevel.Activity,
                    BudgetLevel.Output or BudgetLevel.OutputClass or BudgetLevel.Component => GoalLevel.Output,
                    _ => GoalLevel.Strategic,
                };
                var g = plan.AddGoal(goal.Statement, level, code, goal.Number);
                lines[g.Id] = goal.Line;
                foreach (var indicator in goal.Indicators)
                {
                    at = indicator.Line;
                    var direction = LowerIsBetter(indicator.Text) ? Direction.LowerIsBetter : Direction.HigherIsBetter;
                    var target = Target.From(indicator.Target);
                    if (target is { Kind: TargetKind.Range })
                    {
                        direction = Direction.Range;
                    }

                    var i = plan.AddIndicator(g, indicator.Text, target, direction, indicator.Code);
                    lines[i.Id] = indicator.Line;
                    foreach (var action in indicator.Actions)
                    {
                        at = action.Line;
                        var unit = action.ResponsibleUnit is { Length: > 0 } name ? responsibleUnit(imported.Entity, name) : null;
                        var output = indicator.Code is { } ic && BudgetCode.TryParse(ic, out var oc) && oc.Level is BudgetLevel.Output or BudgetLevel.Component ? oc : (BudgetCode?)null;
                        var a = plan.AddAction(i, action.Name, Target.From(action.Target), unit, action.BudgetCeiling, output);
                        lines[a.Id] = action.Line;
                        foreach (var entry in action.Schedule)
                        {
                            plan.Schedule(a, entry.Period, entry.Value);
                        }
                    }
                }
            }

            if (imported.Signatory is { Place: { } place, Date: { } date, Name: { } signer })
            {
                at = imported.Signatory.Line;
                plan.Sign(new SignatureBlock(place, date, imported.Signatory.Position, signer, imported.Signatory.Nip, imported.Signatory.Organisation));
            }

            return new MappedPlan(plan, lines);
        }
        catch (RuleViolationException ex)
        {
            findings.Add(new ImportFinding(Severity.Error, "MODEL_REFUSED", $"Isi baris {at} ditolak model: {ex.Message} [{ex.Code}]", at));
            return null;
        }
    }

    /// <summary>Indicators that count something to be reduced ("Penurunan jumlah sengketa", "gangguan keamanan") are lower-is-better.</summary>
    public static bool LowerIsBetter(string indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var text = indicator.ToLowerInvariant();
        return text.StartsWith("penurunan", StringComparison.Ordinal)
            || text.Contains("jumlah sengketa", StringComparison.Ordinal)
            || text.Contains("jumlah temuan", StringComparison.Ordinal)
            || text.Contains("jumlah pelanggaran", StringComparison.Ordinal)
            || text.Contains("jumlah gangguan", StringComparison.Ordinal);
    }

    /// <summary>The plan checks of the model, reported against the document's lines.</summary>
    public static void Check(MappedPlan mapped, ICollection<ImportFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(mapped);
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var finding in PlanChecks.Run(mapped.Plan))
        {
            var line = finding.ElementId is { } id && mapped.Lines.TryGetValue(id, out var number) ? number : 0;
            // Checks describe the content, not the reading: they never block an import.
            findings.Add(new ImportFinding(finding.Severity == Severity.Error ? Severity.Warning : finding.Severity, finding.Code, $"{finding.Message} ({(line > 0 ? $"baris {line}" : finding.Location)})", line));
        }
    }
}
