using Microsoft.AspNetCore.Diagnostics;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Hosting.Errors;

/// <summary>Turns an unhandled exception into ProblemDetails: the client's own mistakes get their 4xx and a reason, the rest a plain 500.</summary>
public sealed class ApiExceptionHandler(IHostEnvironment environment, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => Results.Problem(statusCode: bad.StatusCode, detail: bad.Message),
            CommandRejectedException rejected => Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                detail: rejected.Message,
                extensions: new Dictionary<string, object?> { ["code"] = rejected.Code }),
            _ => Unexpected(httpContext, exception),
        };
        await problem.ExecuteAsync(httpContext);
        return true;
    }

    private IResult Unexpected(HttpContext httpContext, Exception exception)
    {
        // The route pattern, not the path: paths carry link tokens and filing ids.
        var route = (httpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";
        logger.LogError(exception, "Unhandled exception for {Method} {Route}", httpContext.Request.Method, route);
        return Results.Problem(
            statusCode: StatusCodes.Status500InternalServerError,
            detail: environment.IsDevelopment() ? $"{exception.GetType().Name}: {exception.Message}" : "An unexpected error occurred.");
    }
}
