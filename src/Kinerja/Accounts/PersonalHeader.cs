using System.Text;
using System.Text.Encodings.Web;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;

namespace Kinerja.Accounts;

/// <summary>
/// The one personal part of a page, the menu with the user's name, is not in the page: the layout writes a mark
/// (<see cref="Mark"/>) and this middleware, outside the output cache, puts the current user's menu in its place as the page goes
/// out. So a cached page is shared by everyone allowed to see it, and nobody ever receives another person's name or menu.
/// </summary>
public sealed class PersonalHeader(RequestDelegate next)
{
    public const string Mark = "<!--kinerja:pengguna-->";

    private static readonly byte[] MarkBytes = Encoding.UTF8.GetBytes(Mark);

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var original = context.Response.Body;
        await using var filter = new MarkStream(original, context);
        context.Response.Body = filter;
        try
        {
            await next(context);
            await filter.FlushPendingAsync(context.RequestAborted);
        }
        finally
        {
            context.Response.Body = original;
        }
    }

    /// <summary>The menu of the signed-in user (or the sign-in link), as HTML.</summary>
    public static string Render(SignedInUser? user)
    {
        var html = HtmlEncoder.Default;
        var text = new StringBuilder(600);
        text.Append("<nav aria-label=\"Menu utama\" class=\"menu\">");
        if (user is null)
        {
            text.Append("<a href=\"/Akun/Masuk\">Masuk</a></nav>");
            return text.ToString();
        }

        text.Append("<a href=\"/\">Satuan kerja</a>");
        if (user.CanAnywhere(Act.Edit))
        {
            text.Append("<a href=\"/Impor\">Impor dokumen</a>");
        }

        if (user.Holdings.Any(h => h.Unit.Level == WorkUnitLevel.National && h.Role is not (Role.Operator or Role.CommissionHead or Role.SecretariatHead)))
        {
            text.Append("<a href=\"/Monev/Nasional\">Monev nasional</a>");
        }

        foreach (var province in user.Holdings.Where(h => h.Unit.Level == WorkUnitLevel.Province && h.Role is not (Role.Operator or Role.CommissionHead or Role.SecretariatHead))
            .Select(h => h.Unit.Id).Distinct())
        {
            text.Append("<a href=\"/Monev/Provinsi/").Append(province.ToString()).Append("\">Monev provinsi</a>");
        }

        if (user.CanAnywhere(Act.Administer))
        {
            text.Append("<a href=\"/Pengguna\">Pengguna</a>");
        }

        text.Append("</nav><div class=\"who\"><a href=\"/Akun/Profil\" title=\"Profil dan keamanan akun\">")
            .Append(html.Encode(user.FullName)).Append("</a>");
        if (user.Home is { } home)
        {
            text.Append(" <span class=\"who-unit\">").Append(html.Encode(home.UnitName)).Append("</span>");
        }

        text.Append("<form method=\"post\" action=\"/Akun/Keluar\" class=\"inline\"><button type=\"submit\" class=\"link\">Keluar</button></form></div>");
        return text.ToString();
    }

    /// <summary>
    /// Passes the body through, replacing the first occurrence of the mark in the first bytes of an HTML response. Bytes that may be
    /// the start of the mark are held back until the next write decides.
    /// </summary>
    private sealed class MarkStream(Stream inner, HttpContext context) : Stream
    {
        private const int SearchLimit = 16 * 1024;
        private byte[] _pending = [];
        private long _seen;
        private bool _done;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_done || !IsHtml())
            {
                _done = true;
                await FlushPendingAsync(cancellationToken);
                await inner.WriteAsync(buffer, cancellationToken);
                return;
            }

            if (!context.Response.HasStarted)
            {
                // The menu changes the length: a length set for the page without it (a cached page's) would be wrong.
                context.Response.ContentLength = null;
            }

            ReadOnlyMemory<byte> data = _pending.Length == 0 ? buffer : (byte[])[.. _pending, .. buffer.Span];
            _pending = [];
            var at = data.Span.IndexOf(MarkBytes);
            if (at >= 0)
            {
                _done = true;
                await inner.WriteAsync(data[..at], cancellationToken);
                await inner.WriteAsync(Encoding.UTF8.GetBytes(Render(context.SignedIn())), cancellationToken);
                await inner.WriteAsync(data[(at + MarkBytes.Length)..], cancellationToken);
                return;
            }

            _seen += data.Length;
            if (_seen > SearchLimit)
            {
                _done = true;
                await inner.WriteAsync(data, cancellationToken);
                return;
            }

            // Keep back a tail that could be the mark's beginning.
            var keep = Math.Min(MarkBytes.Length - 1, data.Length);
            await inner.WriteAsync(data[..^keep], cancellationToken);
            _pending = data[^keep..].ToArray();
            _seen -= keep;
        }

        public async Task FlushPendingAsync(CancellationToken cancellationToken)
        {
            if (_pending.Length > 0)
            {
                var pending = _pending;
                _pending = [];
                await inner.WriteAsync(pending, cancellationToken);
            }
        }

        private bool IsHtml() => context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
    }
}
