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

    public const int MaxByLength = 300;

    // For EF Core.
    private ChangeEntry()
    {
        Summary = string.Empty;
    }

    public ChangeEntry(ChangeSubject subject, Guid subjectId, Guid workUnitId, int revision, DateTimeOffset at, string summary, Kinerja.Accounts.Actor? by = null)
    {
        ByUserId = by?.UserId;
        By = by is null ? null : by.Label.Length <= MaxByLength ? by.Label : by.Label[..MaxByLength];
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

    /// <summary>The user who made the change, when a person did (null for the command line and start-up).</summary>
    public Guid? ByUserId { get; private set; }

    /// <summary>The person as named at the time: "Siti Rahma (KPU Kota Serang)"; kept as written even if the user is renamed later.</summary>
    public string? By { get; private set; }
}
