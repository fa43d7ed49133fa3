using Kinerja.Domain.Monitoring;

namespace Kinerja.Domain.Planning;

/// <summary>
/// The indicators with a realisation and the actions with progress reported against a plan, each with the periods reported.
/// The plan is told these when an element is removed, because the reports hold the element's id: removing it would orphan them.
/// </summary>
public sealed class ReportedElements
{
    private readonly Dictionary<Guid, Period[]> _periods;

    public ReportedElements(IEnumerable<(Guid ElementId, Period Period)> reported)
    {
        ArgumentNullException.ThrowIfNull(reported);
        _periods = reported.GroupBy(r => r.ElementId).ToDictionary(g => g.Key, g => g.Select(r => r.Period).Distinct().Order().ToArray());
    }

    /// <summary>Nothing reported: a plan no report points at yet.</summary>
    public static ReportedElements None { get; } = new([]);

    public bool IsReported(Guid elementId) => _periods.ContainsKey(elementId);

    /// <summary>The periods reported, in a sentence: "TW I dan TW II".</summary>
    public string PeriodsOf(Guid elementId)
    {
        var names = _periods.TryGetValue(elementId, out var periods) ? periods.Select(EarlyWarning.Name).ToList() : [];
        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} dan {names[^1]}";
    }
}
