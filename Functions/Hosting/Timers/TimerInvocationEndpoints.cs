using System.Net;
using System.Text.Json.Serialization;

namespace Reopen.Functions.Hosting.Timers;

/// <summary>
/// <c>POST /{FunctionName}</c> for each timer function: how the Functions host invokes a non-HTTP function.
/// Outside /api on purpose: the host proxies only /api/* from outside, and these accept loopback callers only.
/// </summary>
public static class TimerInvocationEndpoints
{
    public const string InvocationIdHeader = "X-Azure-Functions-InvocationId";

    public static IEndpointRouteBuilder MapTimerInvocations(this IEndpointRouteBuilder endpoints)
    {
        var executor = endpoints.ServiceProvider.GetRequiredService<TimerExecutor>();
        foreach (var name in executor.Names)
        {
            endpoints.MapPost("/" + name, (HttpContext context, TimerExecutor timers) => InvokeAsync(name, context, timers))
                .ExcludeFromDescription();
        }
        return endpoints;
    }

    private static async Task<IResult> InvokeAsync(string name, HttpContext context, TimerExecutor executor)
    {
        if (!IsLoopback(context.Connection.RemoteIpAddress)) return Results.NotFound();

        var invocationId = context.Request.Headers[InvocationIdHeader].FirstOrDefault() is { Length: > 0 } id ? id : Guid.NewGuid().ToString();
        var invocation = await TimerInvocationPayload.ReadAsync(context.Request.Body, invocationId, context.RequestAborted);
        if (invocation is null) return Answer(StatusCodes.Status400BadRequest, $"{name}: the invocation body is not JSON (invocation {invocationId}).");

        var outcome = await executor.RunAsync(name, invocation, context.RequestAborted);
        return Answer(outcome.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError, outcome.Log);
    }

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static IResult Answer(int status, string log) =>
        Results.Json(new InvocationResponse(new Dictionary<string, object?>(), [log], null), statusCode: status);

    /// <summary>The shape the host expects back; a non-2xx status fails the invocation.</summary>
    private sealed record InvocationResponse(
        [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
        [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
        [property: JsonPropertyName("ReturnValue")] object? ReturnValue);
}
