using Azure;
using Microsoft.Extensions.Logging;
using Reopen.Orchestrations.Tables;

namespace Reopen.Orchestrations.Runtime;

/// <summary>Claims, delivers and acknowledges outbox rows: at least once, under one idempotency key per effect.</summary>
internal sealed class OutboxDelivery(TableClient processes, ILogger logger)
{
    /// <summary>Takes the lease on a pending row; null when another host took it first or it is already done.</summary>
    public async Task<OutboxItem?> TryClaimAsync(TableEntity row, DateTimeOffset now, CancellationToken ct)
    {
        var etag = row.ETag
            ?? (await processes.GetEntityIfExistsAsync(row.PartitionKey, row.RowKey, ["LeasedUntil"], ct).ConfigureAwait(false))?.ETag;
        if (etag is null) return null;

        var attempt = (row.GetInt32("Attempts") ?? 0) + 1;
        var claim = new TableEntity(row.PartitionKey, row.RowKey) { ["Attempts"] = attempt, ["LeasedUntil"] = now + OutboxRows.Lease };
        try
        {
            var leaseETag = await processes.UpdateEntityAsync(claim, etag, TableUpdateMode.Merge, ct).ConfigureAwait(false);
            return OutboxRows.Item(row, attempt, leaseETag);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }
    }

    /// <summary>Delivers; deletes the row on success, puts the next try off by the backoff on failure.</summary>
    public async Task<bool> DeliverAsync(OutboxItem item, Func<EffectContext, CancellationToken, Task> deliver, DateTimeOffset now,
        CancellationToken ct)
    {
        if (!await TryHandleAsync(item, deliver, now, ct).ConfigureAwait(false)) return false;
        await processes.DeleteEntityAsync(item.PartitionKey, item.RowKey, "*", ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Calls the handler; on failure puts the next try off by the backoff. The caller acknowledges success.</summary>
    public async Task<bool> TryHandleAsync(OutboxItem item, Func<EffectContext, CancellationToken, Task> deliver, DateTimeOffset now,
        CancellationToken ct)
    {
        try
        {
            await deliver(item.Context, ct).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var retryAt = now + OutboxRows.Backoff(item.Attempt);
            logger.EffectFailed(ex, item.ProcessName, item.InstanceId, item.RowKey, item.Attempt, retryAt);
            await ReleaseAsync(item, retryAt, ct).ConfigureAwait(false);
            return false;
        }
    }

    /// <summary>Removes delivered rows of one partition in one request.</summary>
    public Task AcknowledgeAsync(IReadOnlyList<OutboxItem> delivered, CancellationToken ct) => delivered.Count switch
    {
        0 => Task.CompletedTask,
        1 => processes.DeleteEntityAsync(delivered[0].PartitionKey, delivered[0].RowKey, "*", ct),
        _ => processes.SubmitTransactionAsync(delivered
            .Select(item => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(item.PartitionKey, item.RowKey)))
            .ToArray(), ct),
    };

    private async Task ReleaseAsync(OutboxItem item, DateTimeOffset retryAt, CancellationToken ct)
    {
        var release = new TableEntity(item.PartitionKey, item.RowKey) { ["LeasedUntil"] = retryAt };
        try
        {
            await processes.UpdateEntityAsync(release, item.LeaseETag, TableUpdateMode.Merge, ct).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Another host took the row over or finished it: its lease rules now.
        }
    }
}
