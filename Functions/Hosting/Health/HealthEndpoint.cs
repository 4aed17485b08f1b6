using System.Reflection;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Reopen.Functions.Hosting.Storage;
using Reopen.Orchestrations.Storage;

namespace Reopen.Functions.Hosting.Health;

/// <summary><c>GET /api/health</c>: 200 when storage answers, 503 when it does not.</summary>
public static class HealthEndpoint
{
    private static readonly TimeSpan StorageTimeout = TimeSpan.FromSeconds(5);

    private static readonly string Version =
        typeof(HealthEndpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder api)
    {
        api.MapGet("/health", CheckAsync).WithName("Health").WithTags("Health");
        return api;
    }

    public static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> CheckAsync(
        TableServiceClient tables, IOptions<StorageOptions> options, ILoggerFactory loggers, CancellationToken ct)
    {
        var reachable = await StorageAnswersAsync(tables, options.Value, loggers.CreateLogger(typeof(HealthEndpoint)), ct);
        var report = new HealthReport(reachable ? "healthy" : "unhealthy", reachable ? "reachable" : "unreachable", Version);
        return reachable ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    // One point read: cheap, and it proves the address, the credential and the service all work.
    private static async Task<bool> StorageAnswersAsync(TableServiceClient tables, StorageOptions options, ILogger logger, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(StorageTimeout);
        try
        {
            // Found or not (the row never exists), an answer is what counts.
            await tables.GetTableClient(options.TableName("Processes")).GetEntityOrNullAsync("health", "probe", ct: timeout.Token);
            return true;
        }
        // Any other failure (refused, timed out, retries exhausted as AggregateException, denied) means not usable.
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("Health check: table storage did not answer: {Error}", e.Message);
            return false;
        }
    }
}

public sealed record HealthReport(string Status, string Storage, string Version);
