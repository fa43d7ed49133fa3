using System.Net;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests.Harness;

/// <summary>
/// One browser tab on the app under test. It records what a person would notice as broken: script errors, console errors
/// (a missing stylesheet shows there too) and server errors; <see cref="AssertNoErrors"/> fails on any.
/// </summary>
public sealed class Tab : IAsyncDisposable
{
    private readonly List<string> _errors = [];
    private readonly HashSet<int> _expectedStatuses = [];

    private Tab(BrowserApp app, IBrowserContext context, IPage page)
    {
        App = app;
        Context = context;
        Page = page;
    }

    public BrowserApp App { get; }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Script errors, console errors and HTTP 5xx answers seen so far.</summary>
    public IReadOnlyList<string> Errors => _errors;

    internal static async Task<Tab> CreateAsync(BrowserApp app, IBrowserContext context)
    {
        // Generous for a first PDF (the app starts its own Chromium), short enough that a missing element fails fast.
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        var tab = new Tab(app, context, page);
        page.PageError += (_, error) => tab._errors.Add($"script error: {error}");
        page.Console += (_, message) =>
        {
            // The layout names no icon, so Chromium asks for /favicon.ico by itself: that 404 is no page's fault.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal) && !tab.IsExpectedRefusal(message.Text))
            {
                tab._errors.Add($"console error: {message.Text} ({message.Location})");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                tab._errors.Add($"HTTP {response.Status} for {response.Url}");
            }
        };
        return tab;
    }

    /// <summary>
    /// Answers with this status are part of what the test does (a 409 conflict, a 422 refused save): Chromium's console
    /// line about them ("Failed to load resource: … status of 422") is no error of the page.
    /// </summary>
    public void ExpectRefusals(params int[] statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        _expectedStatuses.UnionWith(statuses);
    }

    private bool IsExpectedRefusal(string text) =>
        text.StartsWith("Failed to load resource", StringComparison.Ordinal)
        && _expectedStatuses.Any(status => text.Contains($"status of {status} ", StringComparison.Ordinal));

    /// <summary>Opens a path of the app as a person would and fails unless the answer is 200 OK.</summary>
    public async Task<IResponse> GotoAsync(string path)
    {
        try
        {
            var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");
            Assert.True(response.Status == 200, $"GET {path}: expected HTTP 200, got {response.Status}.");
            return response;
        }
        catch (PlaywrightException e) when (e.Message.Contains("ERR_HTTP_RESPONSE_CODE_FAILURE", StringComparison.Ordinal))
        {
            // An error answer without a body: Chromium shows its own error page and Playwright reports no response.
            Assert.Fail($"GET {path}: expected HTTP 200, got {(int)await StatusAsync(path)} with an empty body.");
            throw;
        }
    }

    /// <summary>The status of a GET of <paramref name="path"/> with this tab's cookies, without showing it (for 404, 409 and the like).</summary>
    public async Task<HttpStatusCode> StatusAsync(string path)
    {
        var answer = await Context.APIRequest.GetAsync(path, new() { MaxRedirects = 0 });
        return (HttpStatusCode)answer.Status;
    }

    /// <summary>Fails listing every script error, console error or server error the tab has seen.</summary>
    public void AssertNoErrors() =>
        Assert.True(_errors.Count == 0, "The page reported errors:\n" + string.Join('\n', _errors));

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
