using Kinerja.Access;
using Kinerja.Data;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Kinerja.Accounts;

/// <summary>How long a session lives: ended after 30 idle minutes and after 12 hours whatever happens, and how recently the
/// password must have been typed for the most sensitive acts (role changes).</summary>
public static class SessionPolicy
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public static readonly TimeSpan ConfirmationValidFor = TimeSpan.FromMinutes(5);

    /// <summary>How often a busy session writes that it is still in use; the idle timeout is measured from that write.</summary>
    public static readonly TimeSpan SeenResolution = TimeSpan.FromMinutes(1);

    /// <summary>How long a loaded session is trusted before the database is asked again: the longest that a sign-out or a role
    /// change made through another app instance takes to reach this one (this instance forgets at once).</summary>
    public static readonly TimeSpan Reload = TimeSpan.FromSeconds(5);
}

/// <summary>
/// Loads the signed-in user of a session and keeps it for a moment (<see cref="SessionPolicy.Reload"/>), decides whether the
/// session is still alive, and ends sessions. Uses its own short-lived contexts: it runs before the request's scope exists.
/// </summary>
public sealed class Sessions(DatabaseSettings database, IMemoryCache cache, TimeProvider clock)
{
    public enum Verdict
    {
        Alive,
        Ended,
        Idle,
        Expired,
    }

    /// <summary>The user of a live session, or null (with the reason) when the session is over; an idle or expired one is ended.</summary>
    public async Task<(SignedInUser? User, Verdict Verdict)> ResumeAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var user = await LoadAsync(sessionId, cancellationToken);
        if (user is null)
        {
            return (null, Verdict.Ended);
        }

        var now = clock.GetUtcNow();
        var verdict = now - user.SessionStarted >= SessionPolicy.Lifetime ? Verdict.Expired
            : now - user.LastSeen >= SessionPolicy.IdleTimeout ? Verdict.Idle
            : Verdict.Alive;
        if (verdict != Verdict.Alive)
        {
            await EndAsync(sessionId, cancellationToken);
            return (null, verdict);
        }

        if (now - user.LastSeen >= SessionPolicy.SeenResolution)
        {
            user.Seen(now);
            await using var db = database.CreateContext(WorkUnitScope.National);
            // No "LastSeenAt < now" guard: SQLite cannot compare DateTimeOffset in SQL (the update threw once a session was a
            // minute old), and two racing requests differ by moments, far below the idle timeout.
            await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
        }

        return (user, Verdict.Alive);
    }

    /// <summary>Ends one session (sign-out).</summary>
    public async Task EndAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext(WorkUnitScope.National);
        await db.Sessions.Where(s => s.Id == sessionId && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
        cache.Remove(Key(sessionId));
    }

    /// <summary>Ends every session of a user but <paramref name="keep"/> (sign-out everywhere, a password change, deactivation).</summary>
    public async Task<int> EndAllAsync(Guid userId, Guid? keep, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext(WorkUnitScope.National);
        var ended = await db.Sessions.Where(s => s.UserId == userId && s.EndedAt == null && s.Id != keep)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
        ForgetUser(userId);
        return ended;
    }

    /// <summary>Records that the password was typed again in this session (the confirmation before sensitive acts).</summary>
    public async Task ConfirmAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext(WorkUnitScope.National);
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedAt, now), cancellationToken);
        cache.Remove(Key(sessionId));
    }

    /// <summary>Makes this instance reload every session of the user on its next request (roles, name or 2FA changed).</summary>
    public void ForgetUser(Guid userId) => cache.Set(VersionKey(userId), clock.GetUtcNow().UtcTicks);

    private async Task<SignedInUser?> LoadAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key(sessionId), out SignedInUser? cached) && cached is not null
            && cached.Version == cache.Get<long?>(VersionKey(cached.Id)).GetValueOrDefault())
        {
            return cached;
        }

        await using var db = database.CreateContext(WorkUnitScope.National);
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId && s.EndedAt == null, cancellationToken);
        var user = session is null ? null : await db.Users.AsNoTracking().Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == session.UserId && u.IsActive, cancellationToken);
        if (session is null || user is null)
        {
            cache.Remove(Key(sessionId));
            return null;
        }

        var heldIds = user.Roles.Select(r => r.WorkUnitId).Distinct().ToList();
        var units = await db.WorkUnits.IgnoreQueryFilters().IgnoreAutoIncludes().AsNoTracking()
            .Where(w => heldIds.Contains(w.Id) || (w.ParentId != null && heldIds.Contains(w.ParentId.Value)))
            .Select(w => new { w.Id, w.Level, w.ParentId, w.Name })
            .ToListAsync(cancellationToken);
        var places = units.ToDictionary(u => u.Id, u => (Place: new UnitPlace(u.Id, u.Level, u.ParentId), u.Name));
        var holdings = user.Roles
            .Where(r => places.ContainsKey(r.WorkUnitId))
            .Select(r => new Holding(r.Role, places[r.WorkUnitId].Place, places[r.WorkUnitId].Name))
            .OrderBy(h => h.Unit.Level).ThenBy(h => h.Role)
            .ToList();
        var loaded = new SignedInUser(user.Id, session.Id, user.FullName, user.Email ?? string.Empty, user.TwoFactorEnabled, holdings,
            ReadScope(holdings, places.Values.Select(p => p.Place)), session.CreatedAt, session.LastSeenAt, session.ConfirmedAt,
            cache.Get<long?>(VersionKey(user.Id)).GetValueOrDefault());
        cache.Set(Key(sessionId), loaded, SessionPolicy.Reload);
        return loaded;
    }

    /// <summary>The units some role lets the user read: for a national holder all of them; otherwise the held units and those below.</summary>
    private static WorkUnitScope ReadScope(List<Holding> holdings, IEnumerable<UnitPlace> known)
    {
        if (holdings.Any(h => h.Unit.Level == WorkUnitLevel.National
            && AccessRules.Allows(h.Role, h.Unit, Act.Read, new UnitPlace(Guid.AllBitsSet, WorkUnitLevel.Province, h.Unit.Id))))
        {
            return WorkUnitScope.NationalReader;
        }

        var readable = known.Where(u => holdings.Any(h => AccessRules.Allows(h.Role, h.Unit, Act.Read, u))).Select(u => u.Id).ToList();
        return readable.Count == 0 ? WorkUnitScope.None : WorkUnitScope.Units(holdings[0].UnitName, readable);
    }

    private static string Key(Guid sessionId) => "sesi:" + sessionId.ToString("N");

    private static string VersionKey(Guid userId) => "pengguna-versi:" + userId.ToString("N");
}
