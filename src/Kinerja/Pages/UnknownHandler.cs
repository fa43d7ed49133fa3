using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Kinerja.Pages;

/// <summary>
/// A request that names no handler of its page (<c>?handler=Nope</c>, a POST to a page with only named POST handlers) is
/// not found. Razor Pages would otherwise draw the page without running any handler, so with none of its data loaded, or
/// run the unnamed handler for a name it does not have. Pages that have no handler at all (the error page) are drawn as they are.
/// </summary>
public sealed class UnknownHandler : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.ActionDescriptor.HandlerMethods.Count > 0
            && (context.HandlerMethod is null || (Requested(context) is { } name && !string.Equals(name, context.HandlerMethod.Name, StringComparison.OrdinalIgnoreCase))))
        {
            context.Result = new NotFoundResult();
            return Task.CompletedTask;
        }

        return next();
    }

    /// <summary>The handler name as Razor Pages reads it: the route value, else the query string.</summary>
    private static string? Requested(PageHandlerExecutingContext context) =>
        context.RouteData.Values["handler"] is string { Length: > 0 } routed
            ? routed
            : context.HttpContext.Request.Query["handler"].FirstOrDefault() is { Length: > 0 } queried ? queried : null;
}
