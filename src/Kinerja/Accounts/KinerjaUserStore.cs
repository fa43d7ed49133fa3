using System.Security.Cryptography;
using System.Text;
using Kinerja.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Kinerja.Accounts;

/// <summary>
/// Identity's store on our context, with the two secrets it would otherwise keep in plain text made safe: the authenticator key
/// is encrypted with the data-protection keys (kept in the database), and recovery codes are kept only as SHA-256 hashes
/// (they are long random codes, so a hash cannot be guessed back).
/// </summary>
public sealed class KinerjaUserStore(KinerjaDbContext context, IDataProtectionProvider protection, IdentityErrorDescriber? describer = null)
    : UserOnlyStore<KinerjaUser, KinerjaDbContext, Guid>(context, describer)
{
    private const string Provider = "[AspNetUserStore]";
    private const string KeyToken = "AuthenticatorKey";
    private const string CodesToken = "RecoveryCodes";

    private readonly IDataProtector _protector = protection.CreateProtector("Kinerja.Accounts.AuthenticatorKey");

    public override async Task SetAuthenticatorKeyAsync(KinerjaUser user, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await SetTokenAsync(user, Provider, KeyToken, _protector.Protect(key), cancellationToken);
    }

    public override async Task<string?> GetAuthenticatorKeyAsync(KinerjaUser user, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, Provider, KeyToken, cancellationToken);
        return stored is null ? null : _protector.Unprotect(stored);
    }

    public override Task ReplaceCodesAsync(KinerjaUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recoveryCodes);
        return SetTokenAsync(user, Provider, CodesToken, string.Join(';', recoveryCodes.Select(Hash)), cancellationToken);
    }

    public override async Task<bool> RedeemCodeAsync(KinerjaUser user, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var codes = (await GetTokenAsync(user, Provider, CodesToken, cancellationToken) ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries);
        var hash = Hash(code);
        if (!codes.Contains(hash, StringComparer.Ordinal))
        {
            return false;
        }

        await SetTokenAsync(user, Provider, CodesToken, string.Join(';', codes.Where(c => c != hash)), cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(KinerjaUser user, CancellationToken cancellationToken)
    {
        var codes = await GetTokenAsync(user, Provider, CodesToken, cancellationToken);
        return codes?.Split(';', StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
    }

    /// <summary>A recovery code as typed (any case, with or without the dash) hashes the same.</summary>
    private static string Hash(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant())));
}
