using System.ComponentModel.DataAnnotations;
using Kinerja.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Pages.Account;

/// <summary>
/// Lupa kata sandi: records the request on the account so the admins of the unit see it and hand over a reset link. The answer
/// is the same whether the e-mail belongs to an account or not, so the page tells nobody which accounts exist.
/// </summary>
public sealed class ForgotPasswordModel(UserManager<KinerjaUser> users, TimeProvider clock) : PageModel
{
    public const string Answer = "Permintaan diterima. Bila e-mail itu terdaftar, admin satuan kerja Anda akan memberikan tautan untuk mengatur ulang kata sandi.";

    [BindProperty]
    [Required(ErrorMessage = "Isi e-mail.")]
    [MaxLength(256)]
    public string Email { get; set; } = string.Empty;

    public string? Message { get; private set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Message = AccountForms.FirstError(ModelState);
            return Page();
        }

        // No mail is sent yet (no mail code in this issue): the request waits on the account for the admins either way.
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is { IsActive: true })
        {
            user.ResetRequestedAt = clock.GetUtcNow();
            await users.UpdateAsync(user);
        }

        Sent = true;
        return Page();
    }
}
