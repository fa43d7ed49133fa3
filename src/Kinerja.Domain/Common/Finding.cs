namespace Kinerja.Domain.Common;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// Something a check found: a stable <paramref name="Code"/> to act on, a severity, where it is
/// (<paramref name="Location"/> in words, <paramref name="ElementId"/> to link to the row) and a message in Indonesian.
/// </summary>
public sealed record Finding(string Code, Severity Severity, string Location, string Message, Guid? ElementId = null);
