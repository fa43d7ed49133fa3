namespace Kinerja.Changes;

/// <summary>What a change was made to: a plan, a budget version or a work unit (with its officials and units).</summary>
public enum ChangeSubject
{
    Plan,
    Budget,
    WorkUnit,

    /// <summary>A performance report (realisasi and capaian of a PK).</summary>
    Report,

    /// <summary>The monthly RPD and realisation of a work unit's budget.</summary>
    BudgetRealisation,
}

/// <summary>
/// One saved change, in words a planner reads ("Target indikator 1.2 diubah: 90% → 95%"), with the revision it made.
/// The trail lets a second editor see what changed since they opened the page, and is the start of the audit trail.
/// </summary>
public sealed class ChangeEntry
{
    public const int MaxSummaryLength = 1000;

    public ChangeEntry(ChangeSubject subject, Guid subjectId, Guid workUnitId, int revision, DateTimeOffset at, string summary)
    {
        Id = Guid.CreateVersion7();
        Subject = subject;
        SubjectId = subjectId;
        WorkUnitId = workUnitId;
        Revision = revision;
        At = at;
        Summary = summary.Length <= MaxSummaryLength ? summary : string.Concat(summary.AsSpan(0, MaxSummaryLength - 1), "…");
    }

    public Guid Id { get; private set; }

    public ChangeSubject Subject { get; private set; }

    public Guid SubjectId { get; private set; }

    public Guid WorkUnitId { get; private set; }

    /// <summary>The subject's revision after this change.</summary>
    public int Revision { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Summary { get; private set; }
}
