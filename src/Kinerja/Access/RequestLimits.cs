using System.Globalization;
using System.Threading.RateLimiting;
using Kinerja.Importing;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Kinerja.Access;

/// <summary>
/// How much one request may send and how often one client may ask for the expensive work, from <c>RequestLimits:*</c>.
/// A page that takes uploads says its own body limit with <c>[RequestSizeLimit]</c>; every other form gets
/// <see cref="FormBytes"/>.
/// </summary>
public sealed record RequestLimits(long FormBytes, int FormFields, int UploadsPerWindow, int PdfRendersPerWindow, TimeSpan Window)
{
    public static RequestLimits From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("RequestLimits");
        return new RequestLimits(
            section.GetValue("FormBytes", 1024L * 1024),
            section.GetValue("FormFields", 1024),
            section.GetValue("UploadsPerWindow", 30),
            section.GetValue("PdfRendersPerWindow", 20),
            TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 60)));
    }

    /// <summary>What the error page says instead of its generic text: set by a refusal, read by <c>/Error</c>.</summary>
    public sealed record Refusal(string Title, string Message)
    {
        private static readonly object Key = new();

        public static Refusal? Of(HttpContext context) => context?.Items[Key] as Refusal;

        public void Answer(HttpContext context, int status)
        {
            ArgumentNullException.ThrowIfNull(context);
            context.Items[Key] = this;
            context.Response.StatusCode = status;
        }
    }

    /// <summary>An upload (a multipart POST, whatever the page) and a PDF render (<c>?format=pdf</c>) are limited per client.</summary>
    public void AddRateLimits(IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var kind = IsRepeat(context) ? null : KindOf(context.Request);
                if (kind is null)
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                // Behind a reverse proxy every client has the proxy's address: configure forwarded headers there first.
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "tanpa alamat";
                var permits = kind == Upload ? UploadsPerWindow : PdfRendersPerWindow;
                return RateLimitPartition.GetFixedWindowLimiter($"{kind} {client}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = Window,
                    QueueLimit = 0,
                });
            });
            options.OnRejected = (rejected, _) =>
            {
                var context = rejected.HttpContext;
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : Window;
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var what = KindOf(context.Request) == Upload ? $"{UploadsPerWindow} unggahan" : $"{PdfRendersPerWindow} PDF";
                new Refusal("Terlalu banyak permintaan", $"Dari satu alamat paling banyak {what} per {Duration(Window)}. Silakan coba lagi dalam {Duration(TimeSpan.FromSeconds(seconds))}.")
                    .Answer(context, StatusCodes.Status429TooManyRequests);
                return ValueTask.CompletedTask;
            };
        });
    }

    private const string Upload = "unggahan";
    private const string PdfRender = "pdf";

    private static string? KindOf(HttpRequest request) =>
        request.HasFormContentType && !HttpMethods.IsGet(request.Method) && request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) ? Upload
        : HttpMethods.IsGet(request.Method) && string.Equals(request.Query["format"], "pdf", StringComparison.OrdinalIgnoreCase) ? PdfRender
        : null;

    /// <summary>The error page shown for a request already counted and checked (re-executed with the same method and body).</summary>
    private static bool IsRepeat(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerPathFeature>() is not null;

    private static string Duration(TimeSpan span) =>
        span.TotalSeconds % 3600 == 0 ? $"{span.TotalHours:0} jam"
        : span.TotalSeconds % 60 == 0 ? $"{span.TotalMinutes:0} menit"
        : $"{span.TotalSeconds:0} detik";

    /// <summary>
    /// Reads every form before the page does, within the page's limits, so that a body too large, too many fields, a
    /// malformed form or a NUL character gets an answer that says which (413 or 400) instead of whatever the page's
    /// binding makes of it. A NUL is refused, not stripped: no keyboard types it, and quietly changing what was sent
    /// would store something nobody wrote.
    /// </summary>
    public sealed class FormGuard(RequestDelegate next, RequestLimits limits)
    {
        public async Task InvokeAsync(HttpContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (!IsRepeat(context) && await RefusalOfAsync(context) is { } refusal)
            {
                refusal.Refusal.Answer(context, refusal.Status);
                return;
            }

            await next(context);
        }

        private async Task<(Refusal Refusal, int Status)?> RefusalOfAsync(HttpContext context)
        {
            var request = context.Request;
            if (NulIn(request.Query) is { } queryField)
            {
                return Nul(queryField);
            }

            if (!request.HasFormContentType)
            {
                return null;
            }

            var declared = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
            var limit = declared is null ? limits.FormBytes : declared.MaxRequestBodySize ?? long.MaxValue;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = limit == long.MaxValue ? null : limit;
            }

            if (request.ContentLength > limit)
            {
                return TooLarge(limit);
            }

            // ASP.NET Core refuses a NUL in a url-encoded form without saying where: the small body is kept to find it.
            var urlEncoded = !request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase);
            if (urlEncoded)
            {
                request.EnableBuffering(bufferLimit: limit);
            }

            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(new FormOptions
                {
                    ValueCountLimit = limits.FormFields,
                    MultipartBodyLengthLimit = limit,
                    BufferBodyLengthLimit = limit,
                    // One text field stays within ASP.NET Core's own 4 MB, even on a page that takes 200 MB of files.
                    ValueLengthLimit = (int)Math.Min(limit, 4 * 1024 * 1024),
                }, context.RequestAborted);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return TooLarge(limit);
            }
            catch (InvalidDataException e) when (e.Message.Contains("length limit", StringComparison.Ordinal))
            {
                return TooLarge(limit);
            }
            catch (InvalidDataException e) when (e.Message.StartsWith("Form value count limit", StringComparison.Ordinal))
            {
                return (new Refusal(Unreadable, $"Formulir ini berisi terlalu banyak isian: paling banyak {limits.FormFields} isian sekali kirim."), StatusCodes.Status400BadRequest);
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
            {
                if (urlEncoded && e is InvalidDataException && await NulInBodyAsync(request) is { } nul)
                {
                    return Nul(nul);
                }

                return (new Refusal(Unreadable, "Formulir terpotong atau tidak tersusun sebagai formulir; kirim lagi dari halamannya."), StatusCodes.Status400BadRequest);
            }

            return NulIn(form) is { } field ? Nul(field) : null;
        }

        private static async Task<string?> NulInBodyAsync(HttpRequest request)
        {
            request.Body.Position = 0;
            using var reader = new StreamReader(request.Body, leaveOpen: true);
            var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            return body.Split('&').Select(pair => pair.Split('=', 2)).Select(pair => (Key: Decode(pair[0]), Value: pair.Length > 1 ? Decode(pair[1]) : string.Empty))
                .Where(pair => pair.Key.Contains('\0', StringComparison.Ordinal) || pair.Value.Contains('\0', StringComparison.Ordinal))
                .Select(pair => pair.Key)
                .FirstOrDefault();

            static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
        }

        private static (Refusal, int) TooLarge(long limit) =>
            (new Refusal("Permintaan terlalu besar", $"Yang dikirim melebihi batas halaman ini: paling besar {PendingUploads.Megabytes(limit)} sekali kirim."), StatusCodes.Status413PayloadTooLarge);

        private static (Refusal, int) Nul(string field) =>
            (new Refusal(Unreadable, $"Isian \"{field.Replace("\0", "\\0", StringComparison.Ordinal)}\" berisi karakter NUL (kode 0), yang tidak dapat disimpan. Hapus karakter itu lalu kirim lagi."), StatusCodes.Status400BadRequest);

        private static string? NulIn(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> fields) =>
            fields.FirstOrDefault(f => f.Key.Contains('\0', StringComparison.Ordinal) || f.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true)).Key;

        private const string Unreadable = "Formulir tidak dapat dibaca";
    }
}
