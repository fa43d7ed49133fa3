using System.Security.Claims;
using Kinerja.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kinerja.Accounts;

/// <summary>
/// Identity's sign-in with Kinerja's sessions: every sign-in starts a new server-side session (its id is the only thing the
/// cookie adds), a deactivated user cannot sign in, and signing out ends the session in the database, not just in the browser.
/// </summary>
public sealed class KinerjaSignInManager(
    UserManager<KinerjaUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<KinerjaUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<KinerjaUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<KinerjaUser> confirmation,
    KinerjaDbContext db,
    Sessions sessions,
    TimeProvider clock)
    : SignInManager<KinerjaUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public const string SessionClaim = "kinerja:sesi";

    public override async Task<bool> CanSignInAsync(KinerjaUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsActive && await base.CanSignInAsync(user);
    }

    public override async Task SignInWithClaimsAsync(KinerjaUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(user);
        var http = Context;
        var now = clock.GetUtcNow();
        var session = new UserSession(user.Id, now, http.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null,
            http.Connection.RemoteIpAddress?.ToString());
        db.Sessions.Add(session);
        user.ResetRequestedAt = null;
        await db.SaveChangesAsync(http.RequestAborted);

        // A session cookie (gone when the browser closes) that the server ends after 12 hours at most; idleness is judged on the server.
        var properties = authenticationProperties ?? new AuthenticationProperties();
        properties.IsPersistent = false;
        properties.AllowRefresh = false;
        properties.IssuedUtc = now;
        properties.ExpiresUtc = now + SessionPolicy.Lifetime;
        await base.SignInWithClaimsAsync(user, properties, additionalClaims.Append(new Claim(SessionClaim, session.Id.ToString("N"))));
    }

    public override async Task SignOutAsync()
    {
        if (SessionOf(Context.User) is { } session)
        {
            await sessions.EndAsync(session, Context.RequestAborted);
        }

        await base.SignOutAsync();
    }

    /// <summary>The session a principal's cookie names, if any.</summary>
    public static Guid? SessionOf(ClaimsPrincipal principal) =>
        Guid.TryParseExact(principal?.FindFirstValue(SessionClaim), "N", out var id) ? id : null;
}
