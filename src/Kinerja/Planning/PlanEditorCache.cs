using System.Collections.Concurrent;
using Kinerja.Caching;
using Kinerja.Data;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Planning;

/// <summary>
/// Serves the plan editor page from memory while nothing it shows has changed (<see cref="RevisionCache"/>). The page shows the
/// plan, its work unit (names of units and officials) and the unit's newest budget version for the year (outputs, totals,
/// checks); their revisions are read in one compiled query.
/// </summary>
public sealed class PlanEditorCache : RevisionCache
{
    public const string PolicyName = "PlanEditor";

    // A compiled query binds to the model of the first context it runs on, so each provider's context type gets its own.
    private static readonly ConcurrentDictionary<Type, Func<KinerjaDbContext, Guid, Task<Stamp?>>> StampQueries = new();

    private static Func<KinerjaDbContext, Guid, Task<Stamp?>> StampQuery() => EF.CompileAsyncQuery(
        (KinerjaDbContext db, Guid id) => db.Plans
            .Where(p => p.Id == id)
            .Select(p => new Stamp(
                p.WorkUnitId,
                p.Revision,
                db.WorkUnits.Where(w => w.Id == p.WorkUnitId).Select(w => w.Revision).FirstOrDefault(),
                db.BudgetVersions.Where(b => b.WorkUnitId == p.WorkUnitId && b.Year == p.Year).OrderByDescending(b => b.Number).Select(b => (Guid?)b.Id).FirstOrDefault(),
                db.BudgetVersions.Where(b => b.WorkUnitId == p.WorkUnitId && b.Year == p.Year).OrderByDescending(b => b.Number).Select(b => b.Revision).FirstOrDefault()))
            .FirstOrDefault());

    /// <summary>Called by every save to a plan, so that its editor page is never served from before the change.</summary>
    public static void Forget(IMemoryCache stamps, Guid planId) => Forget(stamps, KeyOf(planId));

    protected override string? StampKey(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Request.Query.Count == 0 && Guid.TryParse(http.Request.RouteValues["id"]?.ToString(), out var id) ? KeyOf(id) : null;
    }

    protected override async Task<RevisionStamp?> ReadAsync(KinerjaDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(http);
        var id = Guid.Parse(http.Request.RouteValues["id"]!.ToString()!);
        var stamp = await StampQueries.GetOrAdd(db.GetType(), _ => StampQuery())(db, id);
        return stamp is null ? null : new RevisionStamp(stamp.UnitId, stamp.ToString());
    }

    private static string KeyOf(Guid planId) => $"plan-editor-stamp:{planId}";

    private sealed record Stamp(Guid UnitId, int Plan, int Unit, Guid? Budget, int BudgetRevision);
}
