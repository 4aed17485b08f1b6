using Microsoft.AspNetCore.Diagnostics;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Hosting.Errors;

/// <summary>
/// Turns an unhandled exception into ProblemDetails (or, for a browser, a readable page): the client's own mistakes get their
/// 4xx and a reason, a change the orchestration has not applied yet a 202 (pending), the rest a plain 500.
/// </summary>
public sealed class ApiExceptionHandler(IHostEnvironment environment, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail, code) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, bad.Message, null),
            // A form body that cannot be parsed (e.g. multipart without a boundary).
            InvalidDataException => (StatusCodes.Status400BadRequest, "The request body could not be read.", "unreadable-body"),
            CommandRejectedException rejected => (StatusCodes.Status409Conflict, rejected.Message, rejected.Code),
            CommandPendingException => (StatusCodes.Status202Accepted, "The change was received and is still being applied; read the filing's status shortly instead of sending it again.", "pending"),
            _ => Unexpected(httpContext, exception),
        };
        // The client is gone (it closed its side mid-body): nobody reads an answer, and writing one would only fail again.
        if (httpContext.RequestAborted.IsCancellationRequested) return true;
        var result = WantsPage(httpContext.Request)
            ? PageResults.Error(status, PageMessage(Texts.For(httpContext), status, exception))
            : Results.Problem(statusCode: status, detail: detail,
                extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });
        try
        {
            await result.ExecuteAsync(httpContext);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client left while the answer was being written: the same as gone before it, nothing to report.
        }
        return true;
    }

    // Browsers ask for text/html first; API clients ask for JSON or nothing.
    private static bool WantsPage(HttpRequest request) =>
        request.GetTypedHeaders().Accept.FirstOrDefault()?.MediaType.Value is "text/html";

    private static string PageMessage(Texts texts, int status, Exception exception) => status switch
    {
        StatusCodes.Status202Accepted => texts["error.pending"],
        >= 500 => texts["error.unexpected"],
        _ when exception is CommandRejectedException rejected => rejected.Message,
        _ => texts["error.badRequest"],
    };

    private (int, string, string?) Unexpected(HttpContext httpContext, Exception exception)
    {
        // The route pattern, not the path: paths carry link tokens and filing ids.
        var route = (httpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";
        logger.LogError(exception, "Unhandled exception for {Method} {Route}", httpContext.Request.Method, route);
        return (StatusCodes.Status500InternalServerError,
            environment.IsDevelopment() ? $"{exception.GetType().Name}: {exception.Message}" : "An unexpected error occurred.", null);
    }
}
