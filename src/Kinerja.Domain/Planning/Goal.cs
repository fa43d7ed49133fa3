using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Planning;

/// <summary>A sasaran: what the entity means to achieve, measured by its indicators.</summary>
public sealed class Goal
{
    private readonly List<Indicator> _indicators = [];

    internal Goal(PerformancePlan plan, string statement, GoalLevel level, BudgetCode? budgetCode, string? number)
    {
        Id = Guid.CreateVersion7();
        PlanId = plan.Id;
        Statement = Rule.Text(statement, "GOAL_INVALID", "Rumusan sasaran", PerformancePlan.MaxTextLength);
        Rule.Defined(level, "GOAL_LEVEL_UNKNOWN", "Tingkat sasaran tidak dikenal.");
        Level = level;
        BudgetCode = budgetCode;
        Number = Rule.OptionalText(number, "GOAL_INVALID", "Nomor sasaran", 20);
    }

    private Goal()
    {
        Statement = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public int Position { get; internal set; }

    /// <summary>The number as printed, when the document numbers its goals; otherwise the position shows.</summary>
    public string? Number { get; private set; }

    /// <summary>How the goal is numbered in pages and documents: its printed number, else its position from 1.</summary>
    public string Label => Number ?? (Position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Statement { get; private set; }

    public GoalLevel Level { get; private set; }

    /// <summary>The program, activity or output the goal belongs to in the budget (<c>076.01.01</c>, <c>3356.008</c>).</summary>
    public BudgetCode? BudgetCode { get; private set; }

    public IReadOnlyList<Indicator> Indicators => _indicators;

    public IEnumerable<PlanAction> Actions => _indicators.SelectMany(i => i.Actions);

    public Rupiah BudgetCeilingTotal => Rupiah.Sum(Actions.Select(a => a.BudgetCeiling ?? Rupiah.Zero));

    internal Indicator Add(Indicator indicator)
    {
        indicator.Position = _indicators.Count;
        _indicators.Add(indicator);
        return indicator;
    }

    internal void Remove(Indicator indicator)
    {
        _indicators.Remove(indicator);
        Renumber();
    }

    internal void Change(string statement, GoalLevel level, BudgetCode? budgetCode)
    {
        Statement = Rule.Text(statement, "GOAL_INVALID", "Rumusan sasaran", PerformancePlan.MaxTextLength);
        Rule.Defined(level, "GOAL_LEVEL_UNKNOWN", "Tingkat sasaran tidak dikenal.");
        Level = level;
        BudgetCode = budgetCode;
    }

    internal void Move(Indicator item, int newIndex)
    {
        Rule.Require(newIndex >= 0 && newIndex < _indicators.Count, "PLAN_POSITION_INVALID", $"Posisi {newIndex + 1} di luar daftar indikator.");
        _indicators.Remove(item);
        _indicators.Insert(newIndex, item);
        Renumber();
    }

    private void Renumber()
    {
        for (var i = 0; i < _indicators.Count; i++)
        {
            _indicators[i].Position = i;
        }
    }
}
