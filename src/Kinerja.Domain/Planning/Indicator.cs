using Kinerja.Domain.Common;

namespace Kinerja.Domain.Planning;

/// <summary>An indikator kinerja with its target, and in an RAK the actions that deliver it.</summary>
public sealed class Indicator
{
    private readonly List<PlanAction> _actions = [];

    internal Indicator(string text, Target? target, Direction direction, string? code)
    {
        Id = Guid.CreateVersion7();
        Text = string.Empty;
        Change(text, target, direction, code);
    }

    private Indicator()
    {
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public int Position { get; internal set; }

    public string Text { get; private set; }

    /// <summary>A code printed with the indicator, such as the budget output it measures (<c>3355.003</c>) or an IKU number.</summary>
    public string? Code { get; private set; }

    public Target? Target { get; private set; }

    public Direction Direction { get; private set; }

    public IReadOnlyList<PlanAction> Actions => _actions;

    internal void Change(string text, Target? target, Direction direction, string? code)
    {
        Text = Rule.Text(text, "INDICATOR_INVALID", "Rumusan indikator", PerformancePlan.MaxTextLength);
        Rule.Require(
            direction != Direction.Range || target is { Kind: TargetKind.Range },
            "INDICATOR_RANGE_TARGET",
            "Indikator berarah rentang memerlukan target rentang, contoh: 80–90%.");
        Rule.Defined(direction, "INDICATOR_DIRECTION_UNKNOWN", "Arah indikator tidak dikenal.");
        Target = target;
        Direction = direction;
        Code = Rule.OptionalText(code, "INDICATOR_INVALID", "Kode indikator", 50);
    }

    internal void Add(PlanAction action)
    {
        action.Position = _actions.Count;
        _actions.Add(action);
    }

    internal void Remove(PlanAction action)
    {
        _actions.Remove(action);
        Renumber();
    }

    internal void Move(PlanAction item, int newIndex)
    {
        Rule.Require(newIndex >= 0 && newIndex < _actions.Count, "PLAN_POSITION_INVALID", $"Posisi {newIndex + 1} di luar daftar aksi.");
        _actions.Remove(item);
        _actions.Insert(newIndex, item);
        Renumber();
    }

    private void Renumber()
    {
        for (var i = 0; i < _actions.Count; i++)
        {
            _actions[i].Position = i;
        }
    }
}
