using Kinerja.Data;
using Kinerja.Domain.Access;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Accounts;

/// <summary>The outcome of an account act: done, or refused with a message for the person (and no change stored).</summary>
public sealed record AccountResult(bool Succeeded, string Message, KinerjaUser? User = null)
{
    public static AccountResult Done(string message, KinerjaUser? user = null) => new(true, message, user);

    public static AccountResult Refused(string message) => new(false, message);

    public static AccountResult From(IdentityResult result, string message, KinerjaUser? user = null) =>
        result.Succeeded ? Done(message, user) : Refused(string.Join(" ", result.Errors.Select(e => e.Description)));
}

/// <summary>
/// Creating users, granting and revoking roles, deactivating and handing out set-up or reset links: the one path that the
/// command line (<c>user …</c>), the admin pages and the demo data all use, so each rule is kept once.
/// </summary>
public sealed class UserAccounts(UserManager<KinerjaUser> users, KinerjaDbContext db, Sessions sessions, TimeProvider clock)
{
    /// <summary>Creates a user with one role. Without a password the user gets a one-time set-up link (<see cref="ResetLinkAsync"/>).</summary>
    public async Task<AccountResult> CreateAsync(string email, string fullName, string? nip, RoleAssignment role, string? password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (string.IsNullOrWhiteSpace(fullName))
        {
            return AccountResult.Refused("Nama pengguna wajib diisi.");
        }

        if (fullName.Trim().Length > KinerjaUser.MaxNameLength)
        {
            return AccountResult.Refused($"Nama pengguna paling panjang {KinerjaUser.MaxNameLength} karakter.");
        }

        Nip? parsedNip = null;
        if (!string.IsNullOrWhiteSpace(nip))
        {
            if (Nip.Problem(nip) is { } problem)
            {
                return AccountResult.Refused(problem);
            }

            parsedNip = Nip.Parse(nip);
        }

        if (await UnitAsync(role.WorkUnitId, cancellationToken) is null)
        {
            return AccountResult.Refused("Satuan kerja peran tidak ditemukan.");
        }

        // Identity would refuse the user name and the e-mail (they are the same) in two sentences; one says it.
        if (await users.FindByEmailAsync(email.Trim()) is not null)
        {
            return AccountResult.Refused(users.ErrorDescriber.DuplicateEmail(email.Trim()).Description);
        }

        var user = new KinerjaUser(email, fullName, parsedNip, clock.GetUtcNow());
        user.Grant(role, clock.GetUtcNow());
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        return AccountResult.From(created, $"Pengguna {user.Email} dibuat sebagai {AccessRules.Title(role.Role)}.", user);
    }

    public async Task<AccountResult> GrantAsync(KinerjaUser user, RoleAssignment role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var unit = await UnitAsync(role.WorkUnitId, cancellationToken);
        if (unit is null)
        {
            return AccountResult.Refused("Satuan kerja peran tidak ditemukan.");
        }

        if (!user.Grant(role, clock.GetUtcNow()))
        {
            return AccountResult.Done($"{user.FullName} sudah memegang peran {AccessRules.Title(role.Role)} di {unit.Name}.", user);
        }

        return await SaveAsync(user, $"Peran {AccessRules.Title(role.Role)} di {unit.Name} diberikan kepada {user.FullName}.");
    }

    public async Task<AccountResult> RevokeAsync(KinerjaUser user, RoleAssignment role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var unit = await UnitAsync(role.WorkUnitId, cancellationToken);
        if (!user.Revoke(role))
        {
            return AccountResult.Refused($"{user.FullName} tidak memegang peran {AccessRules.Title(role.Role)} di {unit?.Name ?? "satuan kerja itu"}.");
        }

        return await SaveAsync(user, $"Peran {AccessRules.Title(role.Role)} di {unit?.Name} dicabut dari {user.FullName}.");
    }

    /// <summary>Deactivates a user and ends all its sessions at once; the history that names it stays.</summary>
    public async Task<AccountResult> DeactivateAsync(KinerjaUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.Deactivate();
        var result = await SaveAsync(user, $"Pengguna {user.Email} dinonaktifkan.");
        if (result.Succeeded)
        {
            await users.UpdateSecurityStampAsync(user);
            await sessions.EndAllAsync(user.Id, keep: null, cancellationToken);
        }

        return result;
    }

    public async Task<AccountResult> ActivateAsync(KinerjaUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.Activate();
        return await SaveAsync(user, $"Pengguna {user.Email} diaktifkan kembali.");
    }

    /// <summary>
    /// A one-time link that sets a new password: for a new user without one, for a forgotten password, or forced by an admin.
    /// It works once (the reset changes the security stamp it is bound to) and for two hours.
    /// </summary>
    public async Task<string> ResetLinkAsync(KinerjaUser user, string baseAddress)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(baseAddress);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{baseAddress.TrimEnd('/')}/Akun/AturUlang?pengguna={user.Id:N}&token={Uri.EscapeDataString(token)}";
    }

    /// <summary>Forces a new password: the current one stops working and every session ends; the admin hands over the link.</summary>
    public async Task<string> ForceResetAsync(KinerjaUser user, string baseAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await users.HasPasswordAsync(user))
        {
            await users.RemovePasswordAsync(user);
        }

        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id, keep: null, cancellationToken);
        return await ResetLinkAsync(user, baseAddress);
    }

    /// <summary>A user by e-mail, with its roles loaded: granting or revoking on a user without them would misjudge what it holds.</summary>
    public async Task<KinerjaUser?> FindAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is not null)
        {
            await db.Entry(user).Collection(u => u.Roles).LoadAsync(cancellationToken);
        }

        return user;
    }

    /// <summary>
    /// A unit by its satker code (the command line's <c>--unit</c>), or KPU RI by the word <c>nasional</c>: on a fresh deployment
    /// KPU RI is the only unit, and the first admin nasional is created on it before any document gives it a code.
    /// </summary>
    public Task<WorkUnit?> UnitBySatkerAsync(string satker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(satker);
        var code = satker.Trim();
        var units = db.WorkUnits.IgnoreQueryFilters().IgnoreAutoIncludes();
        return string.Equals(code, "nasional", StringComparison.OrdinalIgnoreCase)
            ? units.SingleOrDefaultAsync(w => w.Level == WorkUnitLevel.National, cancellationToken)
            : units.SingleOrDefaultAsync(w => w.SatkerCode == code, cancellationToken);
    }

    private Task<WorkUnit?> UnitAsync(Guid id, CancellationToken cancellationToken) =>
        db.WorkUnits.IgnoreQueryFilters().IgnoreAutoIncludes().SingleOrDefaultAsync(w => w.Id == id, cancellationToken);

    private async Task<AccountResult> SaveAsync(KinerjaUser user, string message)
    {
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            sessions.ForgetUser(user.Id);
        }

        return AccountResult.From(result, message, user);
    }
}
