using Kinerja.Access;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;

namespace Kinerja.Accounts;

/// <summary>A role as the request sees it: the role, where its unit sits in the tree, and the unit's name.</summary>
public sealed record Holding(Role Role, UnitPlace Unit, string UnitName);

/// <summary>
/// The person behind a request, as its session says: loaded from the database at most every few seconds (<see cref="Sessions"/>)
/// and shared by all requests of that session. Everything a page needs to decide and to greet is here, so a request asks the
/// database nothing about who it is.
/// </summary>
public sealed class SignedInUser
{
    private long _lastSeenTicks;

    public SignedInUser(Guid id, Guid sessionId, string fullName, string email, bool twoFactorEnabled, IReadOnlyList<Holding> holdings,
        WorkUnitScope scope, DateTimeOffset sessionStarted, DateTimeOffset lastSeen, DateTimeOffset confirmedAt, long version)
    {
        Id = id;
        SessionId = sessionId;
        FullName = fullName;
        Email = email;
        TwoFactorEnabled = twoFactorEnabled;
        Holdings = holdings;
        Scope = scope;
        SessionStarted = sessionStarted;
        ConfirmedAt = confirmedAt;
        Version = version;
        _lastSeenTicks = lastSeen.UtcTicks;
    }

    public Guid Id { get; }

    public Guid SessionId { get; }

    public string FullName { get; }

    public string Email { get; }

    public bool TwoFactorEnabled { get; }

    public IReadOnlyList<Holding> Holdings { get; }

    /// <summary>The units the user may read: the union of every role's scope.</summary>
    public WorkUnitScope Scope { get; }

    public DateTimeOffset SessionStarted { get; }

    public DateTimeOffset ConfirmedAt { get; }

    /// <summary>The user's version when this was loaded (see <see cref="Sessions.ForgetUser"/>).</summary>
    public long Version { get; }

    public DateTimeOffset LastSeen => new(Interlocked.Read(ref _lastSeenTicks), TimeSpan.Zero);

    /// <summary>The unit the user is first of all: where an operator lands, whose time zone the pages use, named in change entries.</summary>
    public Holding? Home => Holdings.Count == 0 ? null : Holdings.OrderBy(h => h.Unit.Level).ThenBy(h => h.Role).First();

    /// <summary>True when the user holds a role that may not write before a second factor is set up.</summary>
    public bool NeedsTwoFactor => !TwoFactorEnabled && Holdings.Any(h => AccessRules.RequiresTwoFactor(h.Role));

    /// <summary>Who acts, as change entries and conflict messages name them.</summary>
    public Actor Actor => new(Id, FullName, Home?.UnitName);

    public bool Holds(Role role) => Holdings.Any(h => h.Role == role);

    /// <summary>True when some role allows <paramref name="act"/> on <paramref name="target"/>.</summary>
    public bool Can(Act act, UnitPlace target) => Holdings.Any(h => AccessRules.Allows(h.Role, h.Unit, act, target));

    /// <summary>True when some role allows the act on some unit (the page may be opened at all).</summary>
    public bool CanAnywhere(Act act) => Holdings.Any(h => RoleActs[h.Role].Contains(act));

    internal void Seen(DateTimeOffset at) => Interlocked.Exchange(ref _lastSeenTicks, at.UtcTicks);

    // Each role's acts on its own unit or the units below it, from the one rule table: asked of a national holder, for whom
    // every unit is below, nothing is missed.
    private static readonly Dictionary<Role, Act[]> RoleActs = Enum.GetValues<Role>().ToDictionary(r => r, r =>
    {
        var nation = new UnitPlace(Guid.Empty, WorkUnitLevel.National, null);
        var province = new UnitPlace(Guid.AllBitsSet, WorkUnitLevel.Province, nation.Id);
        return Enum.GetValues<Act>().Where(a => AccessRules.Allows(r, nation, a, nation) || AccessRules.Allows(r, nation, a, province)).ToArray();
    });
}

/// <summary>Who made a change: the user and the unit it works for (none for the command line and start-up).</summary>
public sealed record Actor(Guid UserId, string Name, string? UnitName)
{
    /// <summary>How a change entry names the person: "Siti Rahma (KPU Kota Serang)".</summary>
    public string Label => UnitName is null ? Name : $"{Name} ({UnitName})";
}
