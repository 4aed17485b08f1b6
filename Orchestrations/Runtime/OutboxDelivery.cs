using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Reopen.Orchestrations.Storage;

namespace Reopen.Orchestrations.Runtime;

/// <summary>What became of one try: delivered, to be tried again at RetryAt, or dead-lettered (neither).</summary>
internal readonly record struct Handled(bool Delivered, DateTimeOffset? RetryAt)
{
    public static readonly Handled Done = new(true, null);
    public static readonly Handled Dead = new(false, null);
}

/// <summary>Claims, delivers and acknowledges outbox rows: at least once, under one idempotency key per effect.</summary>
internal sealed class OutboxDelivery(ProcessStore store, ILogger logger)
{
    private TableClient Processes => store.Processes;

    /// <summary>Takes the lease on a pending row; null when another host took it first or it is already done.</summary>
    public async Task<OutboxItem?> TryClaimAsync(TableEntity row, DateTimeOffset now, CancellationToken ct)
    {
        var etag = row.ETag != default
            ? row.ETag
            : (await Processes.GetEntityOrNullAsync(row.PartitionKey, row.RowKey, ["LeasedUntil"], ct).ConfigureAwait(false))?.ETag ?? default;
        if (etag == default) return null;

        var attempt = (row.GetInt32("Attempts") ?? 0) + 1;
        var claim = new TableEntity(row.PartitionKey, row.RowKey) { ["Attempts"] = attempt, ["LeasedUntil"] = now + OutboxRows.Lease };
        try
        {
            var claimed = await Processes.UpdateEntityAsync(claim, etag, TableUpdateMode.Merge, ct).ConfigureAwait(false);
            var leaseETag = claimed.Headers.ETag ?? throw new InvalidOperationException("Table storage answered an update without an ETag.");
            return OutboxRows.Item(row, attempt, leaseETag);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }
    }

    /// <summary>Delivers; deletes the row on success, puts the next try off by the backoff on failure.</summary>
    public async Task<Handled> DeliverAsync(OutboxItem item, Func<EffectContext, CancellationToken, Task> deliver, DateTimeOffset now,
        CancellationToken ct)
    {
        var handled = await TryHandleAsync(item, deliver, now, ct).ConfigureAwait(false);
        if (handled.Delivered) await Processes.DeleteEntityAsync(item.PartitionKey, item.RowKey, ETag.All, ct).ConfigureAwait(false);
        return handled;
    }

    /// <summary>
    /// Calls the handler; on failure puts the next try off by the backoff (or the handler's Retry-After, if longer),
    /// or after the last allowed attempt, or a refusal for good, dead-letters the effect. The caller acknowledges success.
    /// </summary>
    public async Task<Handled> TryHandleAsync(OutboxItem item, Func<EffectContext, CancellationToken, Task> deliver, DateTimeOffset now,
        CancellationToken ct)
    {
        try
        {
            await deliver(item.Context, ct).ConfigureAwait(false);
            return Handled.Done;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            if (item.Attempt >= OutboxRows.MaxAttempts || ex is EffectRejectedException)
            {
                await DeadLetterAsync(item, ex, now, ct).ConfigureAwait(false);
                return Handled.Dead;
            }
            var retryAt = now + OutboxRows.Backoff(item.Attempt, (ex as EffectDeferredException)?.RetryAfter);
            logger.EffectFailed(ex, item.ProcessName, item.InstanceId, item.RowKey, item.Attempt, retryAt);
            await ReleaseAsync(item, retryAt, ct).ConfigureAwait(false);
            return new(false, retryAt);
        }
    }

    /// <summary>Removes delivered rows of one partition in one request.</summary>
    public Task AcknowledgeAsync(IReadOnlyList<OutboxItem> delivered, CancellationToken ct) => delivered.Count switch
    {
        0 => Task.CompletedTask,
        1 => Processes.DeleteEntityAsync(delivered[0].PartitionKey, delivered[0].RowKey, ETag.All, ct),
        _ => Processes.SubmitTransactionAsync(delivered
            .Select(item => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(item.PartitionKey, item.RowKey), ETag.All))
            .ToArray(), ct),
    };

    // Pointer first: a crash in between leaves the effect to one more try, which dead-letters it again under the same key.
    private async Task DeadLetterAsync(OutboxItem item, Exception failure, DateTimeOffset now, CancellationToken ct)
    {
        await store.Timers.UpsertEntityAsync(DeadLetterRows.FromEffect(item, now), TableUpdateMode.Replace, ct).ConfigureAwait(false);
        try
        {
            await Processes.UpdateEntityAsync(OutboxRows.MarkDead(item, now), item.LeaseETag, TableUpdateMode.Merge, ct).ConfigureAwait(false);
            logger.EffectDeadLettered(failure, item.ProcessName, item.InstanceId, item.RowKey, item.EffectType, item.Attempt);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Another host took the row over or finished it: its lease rules now.
        }
    }

    private async Task ReleaseAsync(OutboxItem item, DateTimeOffset retryAt, CancellationToken ct)
    {
        var release = new TableEntity(item.PartitionKey, item.RowKey) { ["LeasedUntil"] = retryAt };
        try
        {
            await Processes.UpdateEntityAsync(release, item.LeaseETag, TableUpdateMode.Merge, ct).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Another host took the row over or finished it: its lease rules now.
        }
    }
}
