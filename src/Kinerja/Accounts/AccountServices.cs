using Kinerja.Access;
using Kinerja.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Accounts;

public static class AccountServices
{
    /// <summary>
    /// Identity with Kinerja's rules (ASVS level 2): passwords of 12 to 128 characters with no composition rules and not on the
    /// breached list, lockout after 5 failures for 15 minutes, once-only TOTP, server-side sessions (30 minutes idle, 12 hours at
    /// most), cookies HttpOnly, SameSite=Lax and Secure over HTTPS, and the data-protection keys in the database.
    /// </summary>
    public static IServiceCollection AddKinerjaAccounts(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Kinerja").PersistKeysToDbContext<KinerjaDbContext>();
        services.AddSingleton<Sessions>();
        services.AddScoped<UserAccounts>();
        services.AddHttpContextAccessor();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<KinerjaUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
                options.Password.RequiredLength = PasswordRules.MinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
                options.Tokens.AuthenticatorTokenProvider = OnceOnlyTotp.Name;
            })
            .AddSignInManager<KinerjaSignInManager>()
            .AddUserStore<KinerjaUserStore>()
            .AddErrorDescriber<IndonesianIdentityErrors>()
            .AddPasswordValidator<BreachedPasswordValidator<KinerjaUser>>()
            .AddTokenProvider<OnceOnlyTotp>(OnceOnlyTotp.Name)
            .AddDefaultTokenProviders();

        // A reset link works for 2 hours and once: it is bound to the security stamp, which the reset itself changes.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(2));
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "kinerja";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = SessionPolicy.Lifetime;
            options.SlidingExpiration = false;
            options.LoginPath = "/Akun/Masuk";
            options.LogoutPath = "/Akun/Keluar";
            options.AccessDeniedPath = "/Error";
            options.ReturnUrlParameter = "kembali";
            options.Events.OnValidatePrincipal = ValidateAsync;
            options.Events.OnRedirectToLogin = context =>
            {
                // htmx follows no redirect into a fragment: it is told to load the sign-in page as a whole.
                if (context.Request.Headers.ContainsKey("HX-Request"))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.Response.Headers["HX-Redirect"] = context.RedirectUri;
                    return Task.CompletedTask;
                }

                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
        });
        // After the cookie handler's own post-configuration has made the ticket format from the data-protection keys.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
            options.TicketDataFormat = new RememberedTickets(options.TicketDataFormat));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = "kinerja-2fa";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddScoped(sp => sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.Features.Get<SignedInUser>() is { } user
            ? WorkUnitScope.ForUser(user)
            : sp.GetRequiredService<IHttpContextAccessor>().HttpContext is null ? WorkUnitScope.National : WorkUnitScope.None);
        return services;
    }

    /// <summary>The signed-in user of the request, when someone is signed in and the session is alive.</summary>
    public static SignedInUser? SignedIn(this HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Features.Get<SignedInUser>();
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var session = KinerjaSignInManager.SessionOf(context.Principal!);
        var (user, _) = session is { } id
            ? await context.HttpContext.RequestServices.GetRequiredService<Sessions>().ResumeAsync(id, context.HttpContext.RequestAborted)
            : (null, Sessions.Verdict.Ended);
        if (user is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        context.HttpContext.Features.Set(user);
    }
}
