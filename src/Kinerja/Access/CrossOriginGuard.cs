namespace Kinerja.Access;

/// <summary>
/// Refuses a state-changing request that a browser says came from another site. Browsers send
/// <c>Sec-Fetch-Site</c> (and <c>Origin</c>) with every POST; a form or script on a foreign page cannot hide them. This
/// replaces per-form antiforgery tokens, which would make every page personal and so uncacheable.
/// </summary>
public sealed class CrossOriginGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        {
            return next(context);
        }

        if (IsCrossSite(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync("Permintaan dari situs lain ditolak.");
        }

        return next(context);
    }

    public static bool IsCrossSite(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is not ("same-origin" or "none");
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || origin == "null")
        {
            // Not a browser, or a browser too old to say: nothing a foreign page could have sent.
            return origin == "null";
        }

        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
