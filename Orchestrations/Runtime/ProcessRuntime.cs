using Microsoft.Extensions.Logging;
using Reopen.Orchestrations.Tables;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// The two sweeps the timer functions call: fire due timers, and deliver effects that were not acknowledged.
/// Safe on several app instances at once: command ids deduplicate timers, ETag-guarded leases share out effects.
/// </summary>
public sealed class ProcessRuntime
{
    private readonly ProcessStore store;
    private readonly Dictionary<string, IProcessRunner> runners;
    private readonly ILogger<ProcessRuntime> logger;
    private readonly OutboxDelivery delivery;

    public ProcessRuntime(ProcessStore store, IEnumerable<IProcessRunner> runners, TimeProvider time, ILogger<ProcessRuntime> logger)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.runners = runners.ToDictionary(runner => runner.Name, StringComparer.Ordinal);
        ArgumentNullException.ThrowIfNull(time);
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        delivery = new OutboxDelivery(store.Processes, logger);
    }

    /// <summary>Hands every timer due at or before <paramref name="now"/> to its process, then removes it.</summary>
    /// <returns>Timers handled (including those whose purpose had passed).</returns>
    public async Task<int> FireDueTimersAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var fired = 0;
        await foreach (var row in store.Timers.QueryAsync(TimerRows.DueFilter(now), ct: ct).ConfigureAwait(false))
        {
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
                logger.TimerFailed(ex, timerId, processName, instanceId);
                continue;
            }
            await store.Timers.DeleteEntityAsync(row.PartitionKey, row.RowKey, "*", ct).ConfigureAwait(false);
            logger.TimerFired(timerId, processName, instanceId);
            fired++;
        }
        if (fired > 0) logger.TimersSwept(fired);
        return fired;
    }

    /// <summary>Delivers every effect whose lease or retry delay ran out by <paramref name="now"/>.</summary>
    /// <returns>Effects delivered and acknowledged.</returns>
    public async Task<int> DispatchPendingOutboxAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var delivered = 0;
        await foreach (var row in store.Processes.QueryAsync(OutboxRows.PendingFilter(now), ct: ct).ConfigureAwait(false))
        {
            var processName = row.GetString("Process") ?? "";
            if (!runners.TryGetValue(processName, out var runner))
            {
                logger.EffectForUnknownProcess(row.RowKey, row.PartitionKey, processName);
                continue;
            }
            if (await TryDeliverAsync(runner, row, now, ct).ConfigureAwait(false)) delivered++;
        }
        if (delivered > 0) logger.OutboxSwept(delivered);
        return delivered;
    }

    private async Task<bool> TryDeliverAsync(IProcessRunner runner, TableEntity row, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            var item = await delivery.TryClaimAsync(row, now, ct).ConfigureAwait(false);
            if (item is null) return false;
            var effectJson = ChunkedText.Read(row, "Effect");
            return await delivery.DeliverAsync(item, (context, token) => runner.DeliverEffectAsync(effectJson, context, token), now, ct)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.OutboxRowFailed(ex, row.RowKey, runner.Name, row.GetString("InstanceId") ?? "");
            return false;
        }
    }
}
