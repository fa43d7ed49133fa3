using System.Collections.Concurrent;
using Kinerja.Access;
using Kinerja.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Planning;

/// <summary>
/// Serves the plan editor page from memory while nothing it shows has changed. The page shows the plan, its work unit
/// (names of units and officials) and the unit's newest budget version for the year (outputs, totals, checks); each
/// carries a revision, so the cache key is those revisions, read in one query. Any saved change makes a new key; an old
/// entry is never served again and simply expires. The query runs under the user's scope: a plan the user may not see
/// gives no key, is not cached, and the page answers 404 as usual.
/// <para>
/// The revisions themselves are kept for a moment (<see cref="StampLifetime"/>, a quarter of a second) so that a busy
/// page does not ask the database for them on every request: the editor forgets a plan's revisions the moment it saves
/// a change to it, so an editor never sees its own change late; a change made elsewhere (another page, another
/// process) shows at most that moment later. Whether the user may see the plan is still decided on every request,
/// from the plan's work unit and the user's scope.
/// </para>
/// </summary>
public sealed class PlanEditorCache : IOutputCachePolicy
{
    public const string PolicyName = "PlanEditor";

    public static readonly TimeSpan StampLifetime = TimeSpan.FromMilliseconds(250);

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

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        context.EnableOutputCaching = false;
        if (!HttpMethods.IsGet(http.Request.Method)
            || http.Request.Query.Count > 0
            || !Guid.TryParse(http.Request.RouteValues["id"]?.ToString(), out var id))
        {
            return;
        }

        var stamps = http.RequestServices.GetRequiredService<IMemoryCache>();
        if (!stamps.TryGetValue(StampKey(id), out Stamp? stamp) || stamp is null)
        {
            var db = http.RequestServices.GetRequiredService<KinerjaDbContext>();
            stamp = await StampQueries.GetOrAdd(db.GetType(), _ => StampQuery())(db, id);
            if (stamp is null)
            {
                return;
            }

            stamps.Set(StampKey(id), stamp, StampLifetime);
        }

        if (!http.RequestServices.GetRequiredService<WorkUnitScope>().Covers(stamp.UnitId))
        {
            return;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        context.CacheVaryByRules.VaryByValues["stamp"] = stamp.ToString();
    }

    /// <summary>Called by every save to a plan, so that its editor page is never served from before the change.</summary>
    public static void Forget(IMemoryCache stamps, Guid planId)
    {
        ArgumentNullException.ThrowIfNull(stamps);
        stamps.Remove(StampKey(planId));
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static string StampKey(Guid planId) => $"plan-editor-stamp:{planId}";

    private sealed record Stamp(Guid UnitId, int Plan, int Unit, Guid? Budget, int BudgetRevision);
}
