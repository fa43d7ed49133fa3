using System.ComponentModel.DataAnnotations;
using Kinerja.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Kinerja.Pages.Account;

/// <summary>A new password typed twice (reset and change): the second guards against a typo nobody could see.</summary>
public class NewPasswordInput
{
    [Required(ErrorMessage = "Isi kata sandi baru.")]
    [MaxLength(PasswordRules.MaxLength)]
    public string NewPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Ketik kata sandi baru sekali lagi.")]
    [MaxLength(PasswordRules.MaxLength)]
    public string Repeat { get; set; } = string.Empty;
}

/// <summary>The current password and a new one (Ganti kata sandi).</summary>
public sealed class ChangePasswordInput : NewPasswordInput
{
    [Required(ErrorMessage = "Isi kata sandi sekarang.")]
    [MaxLength(PasswordRules.MaxLength)]
    public string CurrentPassword { get; set; } = string.Empty;
}

internal static class AccountForms
{
    /// <summary>The one message for two differing copies of the new password.</summary>
    public const string RepeatDiffers = "Kedua kata sandi baru tidak sama.";

    /// <summary>Identity's refusals (already in Indonesian, see <see cref="IndonesianIdentityErrors"/>) as one line for the form.</summary>
    public static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    /// <summary>The first validation message of the form, for the alert above it.</summary>
    public static string? FirstError(ModelStateDictionary state) =>
        state.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).FirstOrDefault(m => m.Length > 0);
}
