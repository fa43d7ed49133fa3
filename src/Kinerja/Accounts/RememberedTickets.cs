using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace Kinerja.Accounts;

/// <summary>
/// Keeps the decrypted sign-in cookie for a minute, keyed by the cookie's exact text: a busy browser sends the same cookie on
/// every request, and decrypting and deserialising it each time was most of what a signed-in page cost beyond the anonymous
/// one. Only the decryption is remembered: the ticket's expiry and the session (ended, idle, expired) are still checked on every
/// request, and a cookie that was never issued with these keys never gets in.
/// </summary>
public sealed class RememberedTickets(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>, IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly MemoryCache _tickets = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        if (_tickets.TryGetValue(protectedText, out AuthenticationTicket? known))
        {
            return known;
        }

        var ticket = inner.Unprotect(protectedText);
        if (ticket is not null)
        {
            _tickets.Set(protectedText, ticket, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        }

        return ticket;
    }

    public void Dispose() => _tickets.Dispose();
}
