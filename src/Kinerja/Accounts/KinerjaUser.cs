using Kinerja.Domain.Access;
using Kinerja.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Accounts;

/// <summary>
/// A person who signs in. The e-mail is the user name. Rights come only from <see cref="Roles"/>, each held for one work unit;
/// a deactivated user keeps its history (change entries name it) but can no longer sign in.
/// </summary>
public sealed class KinerjaUser : IdentityUser<Guid>
{
    public const int MaxNameLength = 120;

    private readonly List<UserRole> _roles = [];

    // For EF Core and Identity.
    public KinerjaUser()
    {
    }

    public KinerjaUser(string email, string fullName, Nip? nip, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        Email = email.Trim();
        UserName = Email;
        FullName = Rule.Text(fullName, "USER_NAME_EMPTY", "Nama pengguna", MaxNameLength);
        Nip = nip;
        CreatedAt = createdAt;
        IsActive = true;
        LockoutEnabled = true;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public string FullName { get; private set; } = string.Empty;

    /// <summary>The civil servant's NIP, when the person is one; links the user to the official of that NIP.</summary>
    public Nip? Nip { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The TOTP time step of the last code accepted: a code of that step or an earlier one is refused (a code works once).</summary>
    public long LastTotpStep { get; set; }

    /// <summary>When the user asked for a password reset and no mail server could send it: the admins see it and hand over a link.</summary>
    public DateTimeOffset? ResetRequestedAt { get; set; }

    public IReadOnlyList<UserRole> Roles => _roles;

    public IEnumerable<RoleAssignment> Assignments => _roles.Select(r => r.Assignment);

    public void Rename(string fullName, Nip? nip)
    {
        FullName = Rule.Text(fullName, "USER_NAME_EMPTY", "Nama pengguna", MaxNameLength);
        Nip = nip;
    }

    /// <summary>Grants a role for a unit; granting one the user already holds changes nothing and says so.</summary>
    public bool Grant(RoleAssignment assignment, DateTimeOffset at)
    {
        if (_roles.Any(r => r.Assignment == assignment))
        {
            return false;
        }

        _roles.Add(new UserRole(Id, assignment, at));
        return true;
    }

    public bool Revoke(RoleAssignment assignment) => _roles.RemoveAll(r => r.Assignment == assignment) > 0;

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}

/// <summary>One role a user holds for one work unit.</summary>
public sealed class UserRole
{
    // For EF Core.
    private UserRole()
    {
    }

    internal UserRole(Guid userId, RoleAssignment assignment, DateTimeOffset grantedAt)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        Role = assignment.Role;
        WorkUnitId = assignment.WorkUnitId;
        GrantedAt = grantedAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Role Role { get; private set; }

    public Guid WorkUnitId { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    public RoleAssignment Assignment => new(Role, WorkUnitId);
}

/// <summary>
/// One signed-in browser. The cookie names the session; the server decides whether it is still alive (not signed out, not idle
/// for 30 minutes, not older than 12 hours), so "keluar dari semua perangkat" and a password change end it everywhere at once.
/// </summary>
public sealed class UserSession
{
    public const int MaxClientLength = 300;

    // For EF Core.
    private UserSession()
    {
    }

    public UserSession(Guid userId, DateTimeOffset at, string? client, string? address)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        CreatedAt = at;
        LastSeenAt = at;
        ConfirmedAt = at;
        Client = client is null ? null : client.Length <= MaxClientLength ? client : client[..MaxClientLength];
        Address = address;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>When the user last typed the password in this session: sign-in, or the confirmation asked before sensitive acts.</summary>
    public DateTimeOffset ConfirmedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The browser, as its User-Agent says (shown in the list of sessions).</summary>
    public string? Client { get; private set; }

    public string? Address { get; private set; }
}
