using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Reopen.Orchestrations.Storage;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// The two sweeps the timer functions call: fire due timers, and deliver effects that were not acknowledged.
/// Safe on several app instances at once: command ids deduplicate timers, ETag-guarded leases share out effects.
/// Both read only the due range of the timers partition, so their cost follows pending work, not history.
/// </summary>
public sealed class ProcessRuntime
{
    private readonly ProcessStore store;
    private readonly Dictionary<string, IProcessRunner> runners;
    private readonly ILogger<ProcessRuntime> logger;
    private readonly OutboxSweep outbox;

    public ProcessRuntime(ProcessStore store, IEnumerable<IProcessRunner> runners, TimeProvider time, ILogger<ProcessRuntime> logger)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.runners = runners.ToDictionary(runner => runner.Name, StringComparer.Ordinal);
        ArgumentNullException.ThrowIfNull(time);
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        outbox = new OutboxSweep(store, new OutboxDelivery(store, logger), logger);
    }

    /// <summary>
    /// Hands every timer due at or before <paramref name="now"/> to its process, then removes it. A timer whose command
    /// fails is tried again after a growing delay, and after <see cref="TimerRows.MaxAttempts"/> tries moves to the dead letters.
    /// </summary>
    /// <returns>Timers handled (including those whose purpose had passed).</returns>
    public async Task<int> FireDueTimersAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var fired = 0;
        await foreach (var row in store.Timers.QueryAsync<TableEntity>(TimerRows.DueFilter(now), cancellationToken: ct).ConfigureAwait(false))
        {
            if (OutboxIndex.IsIndex(row) || TimerRows.IsWaiting(row, now)) continue;
            var processName = row.GetString("Process") ?? "";
            var instanceId = row.GetString("InstanceId") ?? "";
            var timerId = row.GetString("TimerId") ?? "";
            if (!runners.TryGetValue(processName, out var runner))
            {
                logger.TimerForUnknownProcess(row.RowKey, processName);
                continue;
            }
            try
            {
                await runner.FireTimerAsync(instanceId, ChunkedText.Read(row, "Command"), timerId, ct).ConfigureAwait(false);
            }
            catch (CommandRejectedException ex)
            {
                // The step moved on in a way the process refuses outright: the timer has nothing left to do.
                logger.Rejected(processName, instanceId, "timer " + timerId, ex.Code);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                await TimerFailedAsync(row, ex, now, ct).ConfigureAwait(false);
                continue;
            }
            await store.Timers.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, ct).ConfigureAwait(false);
            logger.TimerFired(timerId, processName, instanceId);
            fired++;
        }
        if (fired > 0) logger.TimersSwept(fired);
        return fired;
    }

    /// <summary>
    /// Delivers every effect whose lease or retry delay ran out by <paramref name="now"/>, found through the outbox index.
    /// An effect that fails <see cref="OutboxRows.MaxAttempts"/> times moves to the dead letters.
    /// </summary>
    /// <returns>Effects delivered and acknowledged.</returns>
    public async Task<int> DispatchPendingOutboxAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var delivered = 0;
        await foreach (var index in store.Timers.QueryAsync<TableEntity>(OutboxIndex.DueFilter(now), cancellationToken: ct).ConfigureAwait(false))
        {
            var processName = OutboxIndex.ProcessName(index);
            if (!runners.TryGetValue(processName, out var runner))
            {
                logger.EffectForUnknownProcess(index.RowKey, OutboxIndex.InstanceId(index), processName);
                continue;
            }
            try
            {
                delivered += await outbox.FollowAsync(runner, index, now, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                logger.OutboxIndexFailed(ex, index.RowKey);
            }
        }
        if (delivered > 0) logger.OutboxSwept(delivered);
        return delivered;
    }

    /// <summary>Timers and effects the runtime gave up on, for an operator to look at; ids and types only.</summary>
    public IAsyncEnumerable<DeadLetter> DeadLettersAsync(CancellationToken ct = default) => DeadLetterRows.ReadAsync(store.Timers, ct);

    private async Task TimerFailedAsync(TableEntity row, Exception failure, DateTimeOffset now, CancellationToken ct)
    {
        var attempts = TimerRows.Attempts(row) + 1;
        var processName = row.GetString("Process") ?? "";
        var instanceId = row.GetString("InstanceId") ?? "";
        var timerId = row.GetString("TimerId") ?? "";
        try
        {
            if (attempts >= TimerRows.MaxAttempts)
            {
                // Dead row first: a crash in between leaves the timer to one more try, which dead-letters it again under the same key.
                await store.Timers.UpsertEntityAsync(DeadLetterRows.FromTimer(row, attempts, now), TableUpdateMode.Replace, ct).ConfigureAwait(false);
                await store.Timers.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETagOrAll(), ct).ConfigureAwait(false);
                logger.TimerDeadLettered(failure, timerId, processName, instanceId, attempts);
                return;
            }
            var next = TimerRows.Failed(row, attempts, now);
            logger.TimerFailed(failure, timerId, processName, instanceId, attempts, next.GetDateTimeOffset("NextTryAt") ?? now);
            await store.Timers.UpdateEntityAsync(next, row.ETagOrAll(), TableUpdateMode.Merge, ct).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Another sweep handled the timer meanwhile: its outcome stands.
        }
    }
}
