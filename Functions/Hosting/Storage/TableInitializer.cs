using Azure;
using Azure.Data.Tables;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Hosting.Storage;

/// <summary>Creates the tables before the app serves; waits a little for storage that is still starting (Azurite beside us).</summary>
public sealed class TableInitializer(
    ProcessStore store,
    TableServiceClient service,
    AppTables tables,
    IEnumerable<RequiredTable> requiredTables,
    ILogger<TableInitializer> logger) : IHostedService
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var giveUpAt = DateTimeOffset.UtcNow + Patience;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
                foreach (var table in requiredTables)
                {
                    await tables.Get(table.Name).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                }
                logger.LogInformation("Tables ready at {Endpoint} after {Attempts} attempt(s)", service.Uri, attempt);
                return;
            }
            catch (Exception e) when (IsStorageNotUpYet(e) && DateTimeOffset.UtcNow + Pause < giveUpAt)
            {
                logger.LogWarning("Table storage at {Endpoint} not reachable yet (attempt {Attempt}): {Error}", service.Uri, attempt, e.Message);
                await Task.Delay(Pause, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Status 0: no HTTP answer at all (connection refused, DNS); 5xx: the service is there but not ready.
    // Azure.Core's retry policy reports exhausted retries as an AggregateException of the attempts.
    private static bool IsStorageNotUpYet(Exception e) => e switch
    {
        AggregateException all => all.InnerExceptions.All(IsStorageNotUpYet),
        RequestFailedException failed => failed.Status is 0 or >= 500,
        _ => e is HttpRequestException,
    };
}
