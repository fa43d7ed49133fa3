using Kinerja.Access;
using Kinerja.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;

namespace Kinerja.Caching;

/// <summary>What a cached page shows, as revisions: the work unit it belongs to (for the scope check) and a text that changes whenever any of it does.</summary>
public sealed record RevisionStamp(Guid UnitId, string Revisions);

/// <summary>
/// Serves a page from memory while nothing it shows has changed. Every aggregate a page shows carries a revision that each of its
/// verbs bumps, so the cache key is those revisions (<see cref="RevisionStamp"/>): any saved change makes a new key, an old entry is
/// never served again and simply expires. The revisions are read under the user's scope: a page the user may not see gives no
/// stamp, is not cached, and answers 404 as usual.
/// <para>
/// The stamp itself is kept for a moment (<see cref="StampLifetime"/>, a quarter of a second) so that a busy page does not ask the
/// database on every request. A page's own saves forget the stamp (<see cref="Forget"/>) so an editor never sees its own change
/// late; a change made elsewhere (another page, another process) shows at most that moment later. Whether the user may see the
/// page is still decided on every request, from the stamp's work unit and the user's scope.
/// </para>
/// </summary>
public abstract class RevisionCache : IOutputCachePolicy
{
    public static readonly TimeSpan StampLifetime = TimeSpan.FromMilliseconds(250);

    /// <summary>Forgets a stamp, so the next request reads the revisions again. Called by every save the page itself makes.</summary>
    public static void Forget(IMemoryCache stamps, string key)
    {
        ArgumentNullException.ThrowIfNull(stamps);
        stamps.Remove(key);
    }

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        context.EnableOutputCaching = false;
        if (!HttpMethods.IsGet(http.Request.Method) || http.Request.Headers.ContainsKey("HX-Request") || StampKey(http) is not { } key)
        {
            return;
        }

        var stamps = http.RequestServices.GetRequiredService<IMemoryCache>();
        if (!stamps.TryGetValue(key, out RevisionStamp? stamp) || stamp is null)
        {
            stamp = await ReadAsync(http.RequestServices.GetRequiredService<KinerjaDbContext>(), http, cancellation);
            if (stamp is null)
            {
                return;
            }

            stamps.Set(key, stamp, StampLifetime);
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
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["stamp"] = stamp.Revisions;
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

    /// <summary>The key the request's stamp is kept under; null when this request is not one the page caches (a form, an unknown query).</summary>
    protected abstract string? StampKey(HttpContext http);

    /// <summary>Reads the revisions of what the page shows; null when there is nothing to show (the page answers 404).</summary>
    protected abstract Task<RevisionStamp?> ReadAsync(KinerjaDbContext db, HttpContext http, CancellationToken cancellationToken);

    /// <summary>True when every query key of the request is one of <paramref name="allowed"/> (case-insensitive).</summary>
    protected static bool QueryIsOnly(HttpRequest request, params string[] allowed)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Query.Keys.All(k => allowed.Contains(k, StringComparer.OrdinalIgnoreCase));
    }
}
