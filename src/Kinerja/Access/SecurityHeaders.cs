using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Kinerja.Access;

/// <summary>
/// The headers every answer carries, pages, files and error pages alike: a Content-Security-Policy that runs only the
/// app's own scripts and styles and lets no other site frame it, no MIME sniffing, no referrer to other sites, and none of
/// the browser's sensors. HSTS is <c>UseHsts</c>'s, sent only over HTTPS.
/// </summary>
public sealed partial class SecurityHeaders(RequestDelegate next)
{
    /// <summary>
    /// <c>data:</c> images are the layout's empty icon; htmx only fetches this origin. No <c>'unsafe-inline'</c> anywhere:
    /// every script and stylesheet is a file under wwwroot.
    /// </summary>
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src {0}; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors {1}";

    private static readonly string PagePolicy = PolicyWith("'self'", "'none'");

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // At the start of the answer rather than now: the exception handler clears the headers of a failed request.
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = PagePolicy;
                headers.XFrameOptions = "DENY";
            }
            else
            {
                headers.XFrameOptions = headers.ContentSecurityPolicy.ToString().EndsWith("frame-ancestors 'self'", StringComparison.Ordinal) ? "SAMEORIGIN" : "DENY";
            }

            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    /// <summary>
    /// The policy for an official document's HTML. The document is one self-contained file (Chromium prints it, a user
    /// saves it), so its stylesheet is inline: exactly the <c>&lt;style&gt;</c> blocks it holds are allowed, by their hash.
    /// The plan editor shows the preview in a frame of its own: this site may frame it, no other.
    /// </summary>
    public static string PolicyForDocument(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var hashes = StyleBlock().Matches(html)
            .Select(m => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value)))}'")
            .Distinct();
        return PolicyWith(string.Join(' ', hashes.Prepend("'self'")), "'self'");
    }

    private static string PolicyWith(string styleSources, string frameAncestors) =>
        Policy.Replace("{0}", styleSources, StringComparison.Ordinal).Replace("{1}", frameAncestors, StringComparison.Ordinal);

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();
}
