using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Official;

/// <summary>Builds the print-ready sources of the official documents from the model. One place decides what a document says.</summary>
public static class DocumentSources
{
    public const string Mark = "■";

    public static string Title(PlanKind kind) => kind switch
    {
        PlanKind.Rkt => "RENCANA KINERJA TAHUNAN",
        PlanKind.Pk => "PERJANJIAN KINERJA",
        _ => "RENCANA AKSI KINERJA",
    };

    /// <summary>
    /// The RKT, PK or RAK of <paramref name="plan"/>. The budget (the latest version) gives the PK its amounts per program;
    /// the parent work unit gives a commission's PK its second party.
    /// </summary>
    public static PlanDocument ForPlan(PerformancePlan plan, WorkUnit unit, BudgetVersion? budget = null, WorkUnit? parent = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(unit);
        var units = unit.OrganisationalUnits.ToDictionary(u => u.Id, u => u.Name);
        var periods = Period.All(plan.ScheduleStyle);
        var rows = new List<PlanRow>();
        foreach (var goal in plan.Goals)
        {
            var goalNumber = goal.Label;
            var goalText = goal.BudgetCode is { } code ? $"{goal.Statement} ({code})" : goal.Statement;
            var goalRows = new List<PlanRow>();
            if (goal.Indicators.Count == 0)
            {
                goalRows.Add(new PlanRow(goalNumber, goalText, true, 1, string.Empty, string.Empty, true, 1, null, null, Empty(periods), null, null));
            }

            foreach (var indicator in goal.Indicators)
            {
                var indicatorText = indicator.Code is { } ic ? $"{indicator.Text} ({ic})" : indicator.Text;
                var target = indicator.Target?.Text ?? string.Empty;
                var actions = plan.Kind == PlanKind.Rak ? indicator.Actions : [];
                if (actions.Count == 0)
                {
                    goalRows.Add(new PlanRow(goalNumber, goalText, false, 0, indicatorText, target, true, 1, null, null, Empty(periods), null, null));
                    continue;
                }

                for (var i = 0; i < actions.Count; i++)
                {
                    var action = actions[i];
                    var cells = periods.Select(p => action.Schedule.FirstOrDefault(e => e.Period == p) is { } entry ? entry.Value ?? Mark : string.Empty).ToList();
                    goalRows.Add(new PlanRow(
                        goalNumber,
                        goalText,
                        false,
                        0,
                        indicatorText,
                        target,
                        i == 0,
                        i == 0 ? actions.Count : 0,
                        action.Name,
                        action.Target?.Text,
                        cells,
                        action.BudgetCeiling?.Value,
                        action.ResponsibleUnitId is { } id && units.TryGetValue(id, out var name) ? name : null));
                }
            }

            goalRows[0] = goalRows[0] with { FirstOfGoal = true, GoalSpan = goalRows.Count };
            rows.AddRange(goalRows);
        }

        var entity = unit.Entity(plan.Entity);
        return new PlanDocument(
            plan.Kind,
            plan.Year.Value,
            Title(plan.Kind),
            unit.Name,
            entity.Name,
            Letterhead(unit),
            plan.Kind == PlanKind.Rak ? plan.ScheduleStyle : ScheduleStyle.None,
            [.. periods.Select(p => p.Code)],
            rows,
            plan.BudgetCeilingTotal.Value,
            Signature(plan.Signature),
            plan.Kind == PlanKind.Pk ? Agreement(plan, unit, budget, parent) : null);
    }

    /// <summary>The RKA Satker Bagian A of a budget version: amounts are the computed ones, so every level adds up.</summary>
    public static RkaDocument ForBudget(BudgetVersion budget, WorkUnit unit)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(unit);
        var rows = new List<RkaRow>();
        foreach (var line in budget.Lines)
        {
            var depth = budget.DepthOf(line);
            var amounts = budget.AmountsOf(line);
            rows.Add(new RkaRow(
                line.Code.Value,
                line.Title,
                line.Level switch
                {
                    BudgetLevel.Program => RkaRowKind.Program,
                    BudgetLevel.Activity => RkaRowKind.Activity,
                    BudgetLevel.OutputClass => RkaRowKind.OutputClass,
                    BudgetLevel.Output => RkaRowKind.Output,
                    _ => RkaRowKind.Component,
                },
                depth,
                line.Volume?.Display(),
                amounts.Baseline.Value,
                amounts.NewInitiative.Value == 0 ? null : amounts.NewInitiative.Value,
                amounts.Total.Value));
            StatementKind? previous = null;
            foreach (var statement in line.Statements)
            {
                if (statement.Kind != previous)
                {
                    rows.Add(new RkaRow(string.Empty, Label(statement.Kind), RkaRowKind.Label, depth + 1, null, null, null, null));
                    previous = statement.Kind;
                }

                rows.Add(new RkaRow(statement.Number ?? string.Empty, statement.Text, RkaRowKind.Statement, depth + 1, null, null, null, null));
            }
        }

        var header = new RkaHeader(
            "(076) KOMISI PEMILIHAN UMUM",
            "(01) Komisi Pemilihan Umum",
            $"({unit.SatkerCode ?? "------"}) {unit.Name.ToUpperInvariant()}",
            unit.Province?.ToString(),
            unit.Location?.ToString());
        return new RkaDocument(budget.Year.Value, budget.Label, unit.Name, Letterhead(unit), header, rows, budget.Total.Value, Signature(budget.Signature));
    }

    public static string Label(StatementKind kind) => kind switch
    {
        StatementKind.ProgramGoal => "Sasaran Program :",
        StatementKind.ProgramIndicator => "Indikator Kinerja Program :",
        StatementKind.ActivityIndicator => "Indikator Kinerja Kegiatan :",
        _ => "Indikator Output :",
    };

    /// <summary>"KOMISI PEMILIHAN UMUM" over "KOTA SERANG", then the address and contact lines of the unit's letterhead.</summary>
    public static LetterheadSource Letterhead(WorkUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var name = unit.Name.StartsWith("KPU ", StringComparison.OrdinalIgnoreCase) ? unit.Name[4..] : unit.Name;
        var place = unit.Level == WorkUnitLevel.National && name.Equals("RI", StringComparison.OrdinalIgnoreCase) ? "REPUBLIK INDONESIA" : name.ToUpperInvariant();
        var head = unit.Letterhead;
        var contact = head is null
            ? null
            : string.Join(" · ", new[] { head.Phone is { } p ? "Telp. " + p : null, head.Fax is { } f ? "Faks. " + f : null, head.Email, head.Website }.Where(x => !string.IsNullOrWhiteSpace(x)));
        return new LetterheadSource("KOMISI PEMILIHAN UMUM", place, head?.Address, string.IsNullOrEmpty(contact) ? null : contact);
    }

    private static SignatureSource? Signature(SignatureBlock? signature) =>
        signature is null ? null : new SignatureSource(signature.PlaceAndDate, signature.Position, signature.Organisation, signature.Name, signature.Nip?.Grouped);

    private static AgreementSource Agreement(PerformancePlan plan, WorkUnit unit, BudgetVersion? budget, WorkUnit? parent)
    {
        var head = unit.HeadOf(plan.Entity);
        var first = new PartySource(
            plan.Signature?.Name ?? head?.Name ?? "…",
            plan.Signature?.Position ?? unit.Entity(plan.Entity).HeadPosition,
            (plan.Signature?.Nip ?? head?.Nip)?.Grouped);

        // The secretary agrees with the unit's chair; a chair with the chair of the level above.
        var superiorUnit = plan.Entity == EntityKind.Secretariat ? unit : parent;
        var superior = superiorUnit?.HeadOf(EntityKind.Commission);
        var second = new PartySource(
            superior?.Name ?? "…",
            superiorUnit is null ? "Ketua KPU tingkat di atasnya" : superiorUnit.Entity(EntityKind.Commission).HeadPosition,
            superior?.Nip?.Grouped);
        var programs = budget is null
            ? []
            : budget.Programs.Select(p => new ProgramBudget(p.Code.Value, p.Title, budget.AmountsOf(p).Total.Value)).ToList();
        return new AgreementSource(first, second, programs);
    }

    private static List<string> Empty(IReadOnlyList<Period> periods) => [.. periods.Select(_ => string.Empty)];
}
