using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Kinerja.Accounts;

/// <summary>
/// The authenticator-app codes (TOTP, RFC 6238: 6 digits, 30-second steps, one step of clock drift either way). Unlike Identity's
/// own provider it remembers the step of the last code it accepted, so a code (or an older one) works once: a code seen over a
/// shoulder or replayed from a log is refused. Two sign-ins racing with the same code meet the user's concurrency stamp, and one fails.
/// </summary>
public sealed class OnceOnlyTotp(TimeProvider clock) : IUserTwoFactorTokenProvider<KinerjaUser>
{
    public const string Name = "KinerjaTotp";

    public Task<string> GenerateAsync(string purpose, UserManager<KinerjaUser> manager, KinerjaUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<KinerjaUser> manager, KinerjaUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var code = new string((token ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit) || string.IsNullOrEmpty(key))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 1)) || step <= user.LastTotpStep)
        {
            return false;
        }

        user.LastTotpStep = step;
        return (await manager.UpdateAsync(user)).Succeeded;
    }

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<KinerjaUser> manager, KinerjaUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));
    }
}
