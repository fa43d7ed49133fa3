namespace Kinerja.Tests.Web;

/// <summary>Posts a form as the browser does: url-encoded fields, and with <c>HX-Request</c> when htmx sends it.</summary>
internal static class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IReadOnlyDictionary<string, string> fields, bool htmx)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }

        return await client.SendAsync(request);
    }
}
