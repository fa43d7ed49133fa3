using Kinerja.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Accounts;

/// <summary>
/// Every message ASP.NET Core Identity can show a user, in Indonesian, plus those of our own password checks.
/// The codes stay Identity's, so code that branches on them keeps working.
/// </summary>
public sealed class IndonesianIdentityErrors : IdentityErrorDescriber
{
    private const string ChooseAnother = "pilih kalimat lain yang mudah Anda ingat.";

    public static IdentityError PasswordTooLong { get; } =
        Error("PasswordTooLong", $"Kata sandi paling panjang {IdFormat.Whole(PasswordRules.MaxLength)} karakter.");

    public static IdentityError PasswordBreached { get; } =
        Error("PasswordBreached", "Kata sandi ini termasuk kata sandi yang sudah bocor atau sangat umum dipakai; " + ChooseAnother);

    public static IdentityError PasswordLikeUserName { get; } =
        Error("PasswordLikeUserName", "Kata sandi tidak boleh berupa nama pengguna atau alamat e-mail Anda, diulang atau "
            + "ditambah angka; " + ChooseAnother);

    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), "Terjadi kesalahan. Silakan coba lagi.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Data pengguna ini baru saja diubah orang lain. Muat ulang halaman, lalu coba lagi.");

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), "Kata sandi salah.");

    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), "Tautan atau kode ini tidak berlaku lagi. Mintalah yang baru.");

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Error(nameof(RecoveryCodeRedemptionFailed), "Kode pemulihan salah atau sudah pernah dipakai.");

    public override IdentityError LoginAlreadyAssociated() =>
        Error(nameof(LoginAlreadyAssociated), "Akun login luar ini sudah terhubung dengan pengguna lain.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"Nama pengguna '{userName}' tidak sah: ada karakter yang tidak diizinkan.");

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), $"Alamat e-mail '{email}' tidak sah.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Nama pengguna '{userName}' sudah dipakai.");

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), $"Alamat e-mail '{email}' sudah dipakai pengguna lain.");

    public override IdentityError InvalidRoleName(string? role) =>
        Error(nameof(InvalidRoleName), $"Nama peran '{role}' tidak sah.");

    public override IdentityError DuplicateRoleName(string role) =>
        Error(nameof(DuplicateRoleName), $"Nama peran '{role}' sudah ada.");

    public override IdentityError UserAlreadyHasPassword() =>
        Error(nameof(UserAlreadyHasPassword), "Pengguna ini sudah memiliki kata sandi.");

    public override IdentityError UserLockoutNotEnabled() =>
        Error(nameof(UserLockoutNotEnabled), "Penguncian akun tidak diaktifkan untuk pengguna ini.");

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), $"Pengguna ini sudah memegang peran '{role}'.");

    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), $"Pengguna ini tidak memegang peran '{role}'.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"Kata sandi paling sedikit {IdFormat.Whole(length)} karakter.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars),
            $"Kata sandi harus memuat paling sedikit {IdFormat.Whole(uniqueChars)} karakter yang berbeda.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Kata sandi harus memuat paling sedikit satu karakter selain huruf dan angka.");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "Kata sandi harus memuat paling sedikit satu angka (0-9).");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "Kata sandi harus memuat paling sedikit satu huruf kecil (a-z).");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "Kata sandi harus memuat paling sedikit satu huruf besar (A-Z).");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
