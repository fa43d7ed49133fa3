using Kinerja.Domain.Organisation;

namespace Kinerja.Domain.Access;

/// <summary>What a person does in Kinerja, always held for one work unit (see the access doc's table of roles).</summary>
public enum Role
{
    /// <summary>Operator satker: drafts the unit's plans, budget versions, realisations and evidence, and submits them.</summary>
    Operator,

    /// <summary>Pimpinan KPU: the Ketua of the commission, who approves and signs the commission's documents.</summary>
    CommissionHead,

    /// <summary>Pimpinan Sekretariat: the Sekretaris, who approves and signs the secretariat's documents.</summary>
    SecretariatHead,

    /// <summary>Verifikator: verifies or returns the documents and reports of the units below its own.</summary>
    Verifier,

    /// <summary>Admin: manages the users of its scope; the admin nasional also verifies the provinces and unlocks.</summary>
    Administrator,

    /// <summary>Evaluator APIP (Inspektorat Utama): reads everything in scope.</summary>
    Evaluator,

    /// <summary>Pimpinan read-only: dashboards and documents of its scope, no writes.</summary>
    Reader,
}

/// <summary>The kinds of act a page or a download asks for. Every endpoint is decided by exactly one.</summary>
public enum Act
{
    /// <summary>See a unit's plans, budgets, reports, evidence and documents.</summary>
    Read,

    /// <summary>Change a unit's drafts and its data: plans, budget versions, realisations, evidence, organisation; import into it.</summary>
    Edit,

    /// <summary>Approve and sign a unit's documents (the Pimpinan of the entity).</summary>
    Approve,

    /// <summary>Verify or return the documents and reports of a unit a level down.</summary>
    Verify,

    /// <summary>Manage the users of a scope: create, assign roles, deactivate, force a password reset.</summary>
    Administer,
}

/// <summary>One role held for one work unit.</summary>
public readonly record struct RoleAssignment(Role Role, Guid WorkUnitId);

/// <summary>Where a work unit sits in the tree: enough to decide who may act on it.</summary>
public readonly record struct UnitPlace(Guid Id, WorkUnitLevel Level, Guid? ParentId);

/// <summary>
/// Who may do what where: the one rule table behind every access decision. A role covers acts on units relative to the unit it is
/// held for: the unit itself, or the units below it (a province's regencies/cities; for KPU RI every province), or its whole scope
/// (itself and everything below).
/// </summary>
public static class AccessRules
{
    /// <summary>The command-line names of the roles, as <c>user role --role</c> takes them.</summary>
    public static readonly IReadOnlyDictionary<string, Role> CommandNames = new Dictionary<string, Role>(StringComparer.OrdinalIgnoreCase)
    {
        ["operator"] = Role.Operator,
        ["pimpinan-kpu"] = Role.CommissionHead,
        ["pimpinan-sekretariat"] = Role.SecretariatHead,
        ["verifikator"] = Role.Verifier,
        ["admin"] = Role.Administrator,
        ["evaluator"] = Role.Evaluator,
        ["pembaca"] = Role.Reader,
    };

    /// <summary>What the role is called on screen.</summary>
    public static string Title(Role role) => role switch
    {
        Role.Operator => "Operator satker",
        Role.CommissionHead => "Pimpinan KPU (Ketua)",
        Role.SecretariatHead => "Pimpinan Sekretariat (Sekretaris)",
        Role.Verifier => "Verifikator",
        Role.Administrator => "Admin",
        Role.Evaluator => "Evaluator APIP",
        Role.Reader => "Pimpinan (hanya baca)",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string CommandName(Role role) => CommandNames.Single(n => n.Value == role).Key;

    /// <summary>True for the roles that approve, verify, unlock or manage users: they must use a second factor before their first write.</summary>
    public static bool RequiresTwoFactor(Role role) =>
        role is Role.CommissionHead or Role.SecretariatHead or Role.Verifier or Role.Administrator or Role.Evaluator;

    /// <summary>True when a role held for <paramref name="holder"/> allows <paramref name="act"/> on <paramref name="target"/>.</summary>
    public static bool Allows(Role role, UnitPlace holder, Act act, UnitPlace target)
    {
        var self = holder.Id == target.Id;
        var below = IsBelow(holder, target);
        return (role, act) switch
        {
            (Role.Operator, Act.Read or Act.Edit) => self,
            (Role.CommissionHead or Role.SecretariatHead, Act.Read or Act.Approve) => self,
            (Role.Verifier, Act.Read) => self || below,
            (Role.Verifier, Act.Verify) => below || (self && holder.Level == WorkUnitLevel.National),
            (Role.Administrator, Act.Read or Act.Administer) => self || below,
            (Role.Administrator, Act.Verify) => holder.Level == WorkUnitLevel.National && (self || target.Level == WorkUnitLevel.Province),
            (Role.Evaluator or Role.Reader, Act.Read) => self || below,
            _ => false,
        };
    }

    /// <summary>True when any of the assignments allows the act on the target; <paramref name="places"/> gives each held unit's place.</summary>
    public static bool Allows(IEnumerable<RoleAssignment> assignments, Func<Guid, UnitPlace?> places, Act act, UnitPlace target)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(places);
        return assignments.Any(a => places(a.WorkUnitId) is { } holder && Allows(a.Role, holder, act, target));
    }

    /// <summary>
    /// True when <paramref name="target"/> is under <paramref name="holder"/>: KPU RI is above every unit; a province above its
    /// regencies/cities. The tree has three levels, so a regency's grandparent is always KPU RI.
    /// </summary>
    public static bool IsBelow(UnitPlace holder, UnitPlace target) =>
        holder.Id != target.Id && (holder.Level == WorkUnitLevel.National || (holder.Level == WorkUnitLevel.Province && target.ParentId == holder.Id));
}
