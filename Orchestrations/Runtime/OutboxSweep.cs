using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Reopen.Orchestrations.Storage;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// Follows one due outbox index row to its instance. The row may go only when the commit it stands for can add no more
/// rows (the snapshot reached its version, or a fence on the snapshot makes that commit fail) and none of its partition's
/// outbox rows are left to try; otherwise it moves to the next time one may be tried. Every change to an index row is
/// guarded by its ETag, so a writer that upserted it meanwhile keeps it.
/// </summary>
internal sealed class OutboxSweep(ProcessStore store, OutboxDelivery delivery, ILogger logger)
{
    /// <returns>Effects delivered and acknowledged.</returns>
    public async Task<int> FollowAsync(IProcessRunner runner, TableEntity index, DateTimeOffset now, CancellationToken ct)
    {
        var partition = ProcessKeys.Partition(runner.Name, OutboxIndex.InstanceId(index));
        // The snapshot first: only rows committed before this read count as the commit's rows in the query after it.
        var snapshot = await store.Processes.GetEntityOrNullAsync(partition, ProcessKeys.SnapshotRow, ["Version"], ct).ConfigureAwait(false);
        if (snapshot is null || SnapshotRows.Version(snapshot) < OutboxIndex.Version(index))
        {
            // Its commit failed or is stuck: a fence makes it fail for good, and the entry has nothing left to lead to.
            if (await FenceAsync(partition, runner.Name, OutboxIndex.InstanceId(index), snapshot, now, ct).ConfigureAwait(false))
                await RemoveAsync(index, ct).ConfigureAwait(false);
            return 0;
        }

        var delivered = 0;
        DateTimeOffset? nextTry = null;
        await foreach (var row in store.Processes.QueryAsync<TableEntity>(OutboxRows.PartitionFilter(partition), cancellationToken: ct).ConfigureAwait(false))
        {
            if (OutboxRows.IsDead(row)) continue;
            var leasedUntil = row.GetDateTimeOffset("LeasedUntil") ?? now;
            var handled = leasedUntil > now ? new Handled(false, leasedUntil) : await TryDeliverAsync(runner, row, now, ct).ConfigureAwait(false);
            if (handled.Delivered) delivered++;
            else if (handled.RetryAt is { } at && (nextTry is null || at < nextTry)) nextTry = at;
        }

        if (nextTry is { } due) await MoveAsync(index, due, ct).ConfigureAwait(false);
        else await RemoveAsync(index, ct).ConfigureAwait(false);
        return delivered;
    }

    private async Task<Handled> TryDeliverAsync(IProcessRunner runner, TableEntity row, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            var item = await delivery.TryClaimAsync(row, now, ct).ConfigureAwait(false);
            // Another host claimed or finished it: look again when that claim runs out.
            if (item is null) return new(false, now + OutboxRows.Lease);
            var effectJson = ChunkedText.Read(row, "Effect");
            return await delivery.DeliverAsync(item, (context, token) => runner.DeliverEffectAsync(effectJson, context, token), now, ct)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.OutboxRowFailed(ex, row.RowKey, runner.Name, row.GetString("InstanceId") ?? "");
            return new(false, now + OutboxRows.Lease);
        }
    }

    /// <summary>Changes the snapshot's ETag (or creates an empty one), so no commit planned on what was read before can land.</summary>
    private async Task<bool> FenceAsync(string partition, string processName, string instanceId, TableEntity? snapshot, DateTimeOffset now,
        CancellationToken ct)
    {
        try
        {
            if (snapshot is not null && snapshot.ETag != default)
                await store.Processes.UpdateEntityAsync(new TableEntity(partition, ProcessKeys.SnapshotRow) { ["FencedAt"] = now }, snapshot.ETag,
                    TableUpdateMode.Merge, ct).ConfigureAwait(false);
            else
                await store.Processes.AddEntityAsync(SnapshotRows.Placeholder(partition, processName, instanceId, now), ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            // A writer got there first: the next sweep looks again.
            return false;
        }
    }

    private async Task RemoveAsync(TableEntity index, CancellationToken ct)
    {
        try
        {
            await store.Timers.DeleteEntityAsync(index.PartitionKey, index.RowKey, index.ETagOrAll(), ct).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // A writer upserted it meanwhile: it stands for that writer's commit now.
        }
    }

    private async Task MoveAsync(TableEntity index, DateTimeOffset dueAt, CancellationToken ct)
    {
        try
        {
            await store.Timers.SubmitTransactionAsync(OutboxIndex.Move(index, dueAt), ct).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            // Changed or moved by someone else meanwhile: theirs stands.
        }
    }
}
