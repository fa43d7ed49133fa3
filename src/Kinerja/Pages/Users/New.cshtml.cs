using System.ComponentModel.DataAnnotations;
using Kinerja.Accounts;
using Kinerja.Data;
using Kinerja.Domain.Access;
using Kinerja.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Pages.Users;

/// <summary>
/// Pengguna baru: created without a password through <see cref="UserAccounts"/> (the one path), with one role on a unit of the
/// admin's scope; the page then shows the one-time set-up link for the admin to hand over.
/// </summary>
public sealed class NewModel(KinerjaDbContext db, UserAccounts accounts, IConfiguration configuration, TimeProvider clock, ILogger<NewModel> log) : PageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public AdminScope Scope { get; private set; } = null!;

    public string? Error { get; private set; }

    /// <summary>The user just created and its set-up link: shown once, here.</summary>
    public KinerjaUser? Created { get; private set; }

    public HandedLink? Handed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Scope = await AdminScope.LoadAsync(db, HttpContext.SignedIn()!, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Scope = await AdminScope.LoadAsync(db, HttpContext.SignedIn()!, cancellationToken);

        // The select offers only the admin's units: another unit is a forged form, and nothing says whether it exists.
        if (Input.WorkUnitId is { } unitId && !Scope.Administers(unitId))
        {
            return NotFound();
        }

        Error = Problem();
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var role = new RoleAssignment(Input.Role!.Value, Input.WorkUnitId!.Value);
        var result = await accounts.CreateAsync(Input.Email.Trim(), Input.FullName, Input.Nip, role, password: null, cancellationToken);
        if (!result.Succeeded || result.User is not { } user)
        {
            Error = result.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var admin = Scope.Admin;
        await AdminScope.RecordAsync(db, role.WorkUnitId, clock.GetUtcNow(), $"{result.Message} (oleh {admin.FullName})", cancellationToken);
        log.LogInformation("{Admin} created user {User} as {Role} of {Unit}", admin.Email, user.Email, role.Role, role.WorkUnitId);
        Created = user;
        Handed = new("Tautan penetapan kata sandi", await accounts.ResetLinkAsync(user, AdminScope.BaseAddress(configuration, Request)));
        Input = new();
        return Page();
    }

    private string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Input.Email) || !new EmailAddressAttribute().IsValid(Input.Email.Trim()) || Input.Email.Length > 256)
        {
            return "Isi e-mail yang sah (paling panjang 256 karakter).";
        }

        if (string.IsNullOrWhiteSpace(Input.FullName))
        {
            return "Nama pengguna wajib diisi.";
        }

        if (!string.IsNullOrWhiteSpace(Input.Nip) && Nip.Problem(Input.Nip) is { } nip)
        {
            return nip;
        }

        if (Input.WorkUnitId is null)
        {
            return "Pilih satuan kerja peran pengguna.";
        }

        return Input.Role is { } role && Enum.IsDefined(role) ? null : "Pilih peran pengguna.";
    }
}

public sealed class NewUserInput
{
    [MaxLength(256)]
    public string Email { get; set; } = string.Empty;

    [MaxLength(KinerjaUser.MaxNameLength)]
    public string FullName { get; set; } = string.Empty;

    [MaxLength(30)]
    public string? Nip { get; set; }

    public Guid? WorkUnitId { get; set; }

    public Role? Role { get; set; }
}
