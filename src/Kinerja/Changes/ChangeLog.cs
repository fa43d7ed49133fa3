using Kinerja.Data;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Changes;

/// <summary>Writes and reads the change trail; writing only adds to the context, the caller's SaveChanges stores it with the change.</summary>
public static class ChangeLog
{
    /// <summary>A name as quoted in a change summary: up to 80 characters, cut with an ellipsis.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 79), "…");
    }

    /// <summary>
    /// Who made the given changes, for a conflict message: "Siti Rahma (KPU Kota Serang)", two names joined with "dan", or
    /// "pengguna lain" when no person is recorded (the command line, an import run on the server).
    /// </summary>
    public static string Who(IEnumerable<ChangeEntry> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var names = changes.Select(c => c.By).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return names.Count switch
        {
            0 => "pengguna lain",
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " dan " + names[^1],
        };
    }

    public static void Record(KinerjaDbContext db, ChangeSubject subject, Guid subjectId, Guid workUnitId, int revision, DateTimeOffset at, string summary)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Changes.Add(new ChangeEntry(subject, subjectId, workUnitId, revision, at, summary, db.Scope.Actor));
    }

    /// <summary>The changes made to a subject after the given revision, oldest first.</summary>
    public static Task<List<ChangeEntry>> SinceAsync(KinerjaDbContext db, Guid subjectId, int revision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Changes.AsNoTracking()
            .Where(c => c.SubjectId == subjectId && c.Revision > revision)
            .OrderBy(c => c.Revision)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The newest changes made to a subject, newest first.</summary>
    public static Task<List<ChangeEntry>> LatestAsync(KinerjaDbContext db, Guid subjectId, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Changes.AsNoTracking()
            .Where(c => c.SubjectId == subjectId)
            .OrderByDescending(c => c.Revision)
            .Take(count)
            .ToListAsync(cancellationToken);
    }
}
