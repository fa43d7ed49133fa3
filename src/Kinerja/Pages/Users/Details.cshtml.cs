using Kinerja.Accounts;
using Kinerja.Data;
using Kinerja.Domain.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Pages.Users;

/// <summary>
/// One user of the admin's scope: its data and roles; roles are granted and revoked here (only on the admin's units), the account
/// deactivated or reactivated, and a password reset forced or, when the user asked for one, a reset link made. Anyone outside
/// the scope answers 404.
/// </summary>
public sealed class DetailsModel(KinerjaDbContext db, UserAccounts accounts, IConfiguration configuration, TimeProvider clock, ILogger<DetailsModel> log) : PageModel
{
    [BindProperty]
    public RoleInput Input { get; set; } = new();

    public AdminScope Scope { get; private set; } = null!;

    public KinerjaUser Person { get; private set; } = null!;

    public bool IsSelf => Person.Id == Scope.Admin.Id;

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public HandedLink? Handed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostGrantAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async user =>
        {
            if (Input.Role is not { } role || !Enum.IsDefined(role) || Input.WorkUnitId is not { } unit)
            {
                return (AccountResult.Refused("Pilih satuan kerja dan peran."), null);
            }

            var result = await accounts.GrantAsync(user, new RoleAssignment(role, unit), cancellationToken);
            return (result, unit);
        }, cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async user =>
        {
            if (Input.Role is not { } role || Input.WorkUnitId is not { } unit)
            {
                return (AccountResult.Refused("Pilih peran yang dicabut."), null);
            }

            if (IsSelf && role == Role.Administrator && user.Roles.Count(r => r.Role == Role.Administrator) == 1)
            {
                return (AccountResult.Refused("Anda tidak dapat mencabut peran Admin terakhir Anda sendiri."), null);
            }

            return (await accounts.RevokeAsync(user, new RoleAssignment(role, unit), cancellationToken), unit);
        }, cancellationToken);

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async user => IsSelf
            ? (AccountResult.Refused("Anda tidak dapat menonaktifkan akun Anda sendiri."), null)
            : (await accounts.DeactivateAsync(user, cancellationToken), null), cancellationToken);

    public Task<IActionResult> OnPostActivateAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async user => (await accounts.ActivateAsync(user), null), cancellationToken);

    public Task<IActionResult> OnPostForceResetAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async user =>
        {
            var link = await accounts.ForceResetAsync(user, AdminScope.BaseAddress(configuration, Request), cancellationToken);
            Handed = new("Tautan atur ulang kata sandi", link);
            return (AccountResult.Done($"Kata sandi {user.Email} tidak berlaku lagi dan semua sesinya diakhiri; serahkan tautan atur ulang.", user), null);
        }, cancellationToken);

    public Task<IActionResult> OnPostResetLinkAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async user =>
        {
            var link = await accounts.ResetLinkAsync(user, AdminScope.BaseAddress(configuration, Request));
            Handed = new("Tautan atur ulang kata sandi", link);
            return (AccountResult.Done($"Tautan atur ulang kata sandi untuk {user.Email} dibuat.", user), null);
        }, cancellationToken);

    /// <summary>
    /// Loads the user (404 outside the scope), refuses a unit outside the admin's units (404, as for a forged form), runs the act
    /// through <see cref="UserAccounts"/>, records it in the change trail of the unit it concerns, and shows the page again.
    /// </summary>
    private async Task<IActionResult> ActAsync(Guid id, Func<KinerjaUser, Task<(AccountResult Result, Guid? Unit)>> act, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || (Input.WorkUnitId is { } unit && !Scope.Administers(unit)))
        {
            return NotFound();
        }

        var (result, concerned) = await act(Person);
        if (!result.Succeeded)
        {
            Error = result.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var at = concerned ?? Person.Roles.Select(r => r.WorkUnitId).Where(Scope.Administers).Select(u => (Guid?)u).FirstOrDefault() ?? Scope.Admin.Home?.Unit.Id;
        if (at is { } trail)
        {
            await AdminScope.RecordAsync(db, trail, clock.GetUtcNow(), $"{result.Message} (oleh {Scope.Admin.FullName})", cancellationToken);
        }

        log.LogInformation("{Admin} on user {User}: {Handler}", Scope.Admin.Email, Person.Email, Request.Query["handler"].ToString());
        Message = result.Message;
        Input = new();
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Scope = await AdminScope.LoadAsync(db, HttpContext.SignedIn()!, cancellationToken);
        if (await Scope.UserAsync(db, id, cancellationToken) is not { } user)
        {
            return false;
        }

        Person = user;
        return true;
    }
}

/// <summary>A role on a unit, as the grant form and each revoke button send it.</summary>
public sealed class RoleInput
{
    public Guid? WorkUnitId { get; set; }

    public Role? Role { get; set; }
}
