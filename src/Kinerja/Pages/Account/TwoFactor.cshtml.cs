using System.ComponentModel.DataAnnotations;
using Kinerja.Access;
using Kinerja.Accounts;
using Kinerja.Domain.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Kinerja.Pages.Account;

/// <summary>
/// Verifikasi dua langkah: enrols an authenticator app (QR code drawn on the server, and the key to type by hand), shows the
/// recovery codes once, makes new ones, and turns the second factor off for a user whose roles do not require it. Every change
/// asks for a current code, so a session left open cannot swap the phone.
/// </summary>
public sealed class TwoFactorModel(UserManager<KinerjaUser> users, Sessions sessions) : PageModel
{
    public const string WrongCode = "Kode salah atau sudah pernah dipakai. Tunggu kode berikutnya di aplikasi autentikator lalu coba lagi.";

    private const int RecoveryCodeCount = 10;

    [BindProperty]
    [Required(ErrorMessage = "Isi kode 6 angka dari aplikasi autentikator.")]
    [MaxLength(20)]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true, Name = "kembali")]
    public string? ReturnTo { get; set; }

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    /// <summary>The key grouped in fours, as a person types it into the app.</summary>
    public string? ManualKey { get; private set; }

    public string? QrSvg { get; private set; }

    /// <summary>The new recovery codes, shown on this one answer only (the database keeps only their hashes).</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Done { get; private set; }

    /// <summary>Where to go back after enrolment (a write that waited for it), on this site only.</summary>
    public string? Back => string.IsNullOrEmpty(ReturnTo) ? null : AccessFilter.LocalOnly(ReturnTo);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await CheckedAsync() is not { } user)
        {
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        sessions.ForgetUser(user.Id);
        Done = "Verifikasi dua langkah aktif. Mulai sekarang, setelah kata sandi Anda diminta kode dari aplikasi autentikator.";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await CheckedAsync() is not { } user)
        {
            return Page();
        }

        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        Done = "Kode pemulihan baru dibuat; kode yang lama tidak berlaku lagi.";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await CheckedAsync() is not { } user)
        {
            return Page();
        }

        if (Required)
        {
            Message = "Peran Anda mewajibkan verifikasi dua langkah, jadi tidak dapat dimatikan.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        sessions.ForgetUser(user.Id);
        Done = "Verifikasi dua langkah dimatikan.";
        await LoadAsync();
        return Page();
    }

    /// <summary>The user when the typed code is right (the page is loaded either way); null with the message otherwise.</summary>
    private async Task<KinerjaUser?> CheckedAsync()
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return null;
        }

        if (!ModelState.IsValid)
        {
            Message = AccountForms.FirstError(ModelState);
            return null;
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code))
        {
            Message = WrongCode;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return null;
        }

        return user;
    }

    private async Task<KinerjaUser?> LoadAsync()
    {
        var me = HttpContext.SignedIn()!;
        var user = await users.FindByIdAsync(me.Id.ToString());
        if (user is null)
        {
            return null;
        }

        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = me.Holdings.Any(h => AccessRules.RequiresTwoFactor(h.Role));
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
            }

            ManualKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
            QrSvg = Svg(OtpAuthUri(user.Email ?? string.Empty, key));
        }

        return user;
    }

    /// <summary>The address an authenticator app reads from the QR code.</summary>
    public static string OtpAuthUri(string email, string key) =>
        $"otpauth://totp/Kinerja:{Uri.EscapeDataString(email)}?secret={key}&issuer=Kinerja&digits=6";

    private static string Svg(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.Q);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(4);
    }
}
