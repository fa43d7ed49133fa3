using Kinerja.Domain.Planning;

namespace Kinerja.Pages.Plans;

public enum RowElement
{
    Goal,
    Indicator,
    Action,
}

/// <summary>One row of the plan editor: a goal, an indicator or an action, numbered as the document numbers it ("1", "1.2", "1.2.3").</summary>
public sealed record EditorRow(RowElement Element, Guid Id, string Number, Goal Goal, Indicator? Indicator, PlanAction? Action, Guid LastRowOfBlock)
{
    public string Anchor => Anchors.Of(Element, Id);
}

public static class Anchors
{
    /// <summary>Row anchors shared with every page that links into the editor: <c>g-</c>, <c>i-</c>, <c>a-</c> and the element id.</summary>
    public static string Of(RowElement element, Guid id) => element switch
    {
        RowElement.Goal => $"g-{id}",
        RowElement.Indicator => $"i-{id}",
        _ => $"a-{id}",
    };

    public static string Code(RowElement element) => element switch
    {
        RowElement.Goal => "goal",
        RowElement.Indicator => "indicator",
        _ => "action",
    };

    public static RowElement? Parse(string? code) => code switch
    {
        "goal" => RowElement.Goal,
        "indicator" => RowElement.Indicator,
        "action" => RowElement.Action,
        _ => null,
    };
}

public static class EditorRows
{
    /// <summary>The plan's rows in document order; each knows the last row of its block, where a new child row goes.</summary>
    public static IReadOnlyList<EditorRow> Of(PerformancePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var rows = new List<EditorRow>();
        var goalNumber = 0;
        foreach (var goal in plan.Goals)
        {
            goalNumber++;
            var goalLabel = goal.Number ?? goalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var lastOfGoal = goal.Indicators.Count == 0
                ? goal.Id
                : goal.Indicators[^1].Actions.Count == 0 ? goal.Indicators[^1].Id : goal.Indicators[^1].Actions[^1].Id;
            rows.Add(new EditorRow(RowElement.Goal, goal.Id, goalLabel, goal, null, null, lastOfGoal));
            foreach (var indicator in goal.Indicators)
            {
                var indicatorLabel = $"{goalLabel}.{indicator.Position + 1}";
                var lastOfIndicator = indicator.Actions.Count == 0 ? indicator.Id : indicator.Actions[^1].Id;
                rows.Add(new EditorRow(RowElement.Indicator, indicator.Id, indicatorLabel, goal, indicator, null, lastOfIndicator));
                foreach (var action in indicator.Actions)
                {
                    rows.Add(new EditorRow(RowElement.Action, action.Id, $"{indicatorLabel}.{action.Position + 1}", goal, indicator, action, action.Id));
                }
            }
        }

        return rows;
    }
}

/// <summary>The "Hapus rencana" confirmation, shown in the editor and on the unit page for a plan that may be deleted.</summary>
public sealed record DeletePlanForm(Guid PlanId, int Revision, string Title)
{
    public static DeletePlanForm For(PerformancePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new DeletePlanForm(plan.Id, plan.Revision, Kinerja.Planning.PlanLabels.Title(plan.Entity, plan.Kind, plan.Year));
    }
}
