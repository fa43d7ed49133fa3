using Kinerja.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Kinerja.Access;

/// <summary>
/// Applies <see cref="EndpointAccess"/> before every page handler: no decision → the handler does not run (500, and the matrix
/// test fails); nobody signed in → the sign-in page; no role with the act anywhere → 403; a role that needs a second factor
/// and has none → the enrolment page before any write; a sensitive act long after the password was typed → the confirmation page.
/// Then the act is set on the request's <see cref="WorkUnitScope"/>, and a save outside it answers 403.
/// </summary>
public sealed class AccessFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var page = context.ActionDescriptor.ViewEnginePath;
        var decision = EndpointAccess.Find(http.Request.Method, page, context.HandlerMethod?.Name)
            ?? throw new InvalidOperationException($"Halaman {page} ({http.Request.Method} {context.HandlerMethod?.Name}) belum punya keputusan akses.");
        if (!decision.Anonymous)
        {
            if (Refusal(http, decision) is { } refusal)
            {
                context.Result = refusal;
                return;
            }

            if (decision.Act is { } act)
            {
                http.RequestServices.GetRequiredService<WorkUnitScope>().Permit(act);
            }
        }

        var executed = await next();
        if (executed.Exception is ScopeViolationException || executed.Exception?.InnerException is ScopeViolationException)
        {
            executed.ExceptionHandled = true;
            executed.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
    }

    private static IActionResult? Refusal(HttpContext http, Decision decision)
    {
        if (http.SignedIn() is not { } user)
        {
            return new ChallengeResult();
        }

        if (decision.Act is not { } act)
        {
            return null;
        }

        if (!user.CanAnywhere(act))
        {
            return new StatusCodeResult(StatusCodes.Status403Forbidden);
        }

        if (act != Domain.Access.Act.Read && user.NeedsTwoFactor)
        {
            return Redirect(http, "/Akun/DuaLangkah");
        }

        if (decision.Confirmed && http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow() - user.ConfirmedAt > SessionPolicy.ConfirmationValidFor)
        {
            return Redirect(http, "/Akun/Konfirmasi");
        }

        return null;
    }

    /// <summary>Sends the user to a page that must come first, and back afterwards; htmx is told to load it as a whole page.</summary>
    private static IActionResult Redirect(HttpContext http, string path)
    {
        var back = HttpMethods.IsGet(http.Request.Method) ? http.Request.Path + http.Request.QueryString : http.Request.Headers.Referer.ToString();
        var target = $"{path}?kembali={Uri.EscapeDataString(LocalOnly(back))}";
        if (http.Request.Headers.ContainsKey("HX-Request"))
        {
            http.Response.Headers["HX-Redirect"] = target;
            return new StatusCodeResult(StatusCodes.Status403Forbidden);
        }

        return new RedirectResult(target);
    }

    /// <summary>A return address that stays on this site: a path, never another host.</summary>
    public static string LocalOnly(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return "/";
        }

        if (Uri.TryCreate(address, UriKind.Absolute, out var absolute))
        {
            address = absolute.PathAndQuery;
        }

        return address.StartsWith('/') && !address.StartsWith("//", StringComparison.Ordinal) && !address.StartsWith("/\\", StringComparison.Ordinal) ? address : "/";
    }
}
