using Kinerja.Domain.Organisation;

namespace Kinerja.Changes;

/// <summary>Changes as a page lists them, with the time zone of the unit they belong to: every time is shown in its local time.</summary>
public sealed record ChangeList(IReadOnlyList<ChangeEntry> Changes, IndonesianTimeZone Zone);
