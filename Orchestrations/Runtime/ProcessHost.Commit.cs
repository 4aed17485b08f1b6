using Azure;
using Azure.Data.Tables;
using Reopen.Orchestrations.Storage;

namespace Reopen.Orchestrations.Runtime;

public sealed partial class ProcessHost<TState, TCommand, TEvent, TEffect>
{
    private const int MaxRowsPerCommit = 100;
    // The $batch request holds at most 4 MiB; strings travel JSON-escaped, so keep a margin.
    private const int MaxCommitBytes = 3_000_000;

    private sealed record Loaded(TState State, long Version, ETag? ETag);

    private sealed record Commit(
        IReadOnlyList<TableTransactionAction> Actions,
        IReadOnlyList<TableEntity> Timers,
        int? DedupeIndex,
        IReadOnlyList<(int ActionIndex, TableEntity Row, TEffect Effect)> Outbox,
        TState State,
        long Version);

    private async Task<Loaded> LoadAsync(string partition, CancellationToken ct)
    {
        var row = await store.Processes.GetEntityOrNullAsync(partition, ProcessKeys.SnapshotRow, ct: ct).ConfigureAwait(false);
        if (row is null) return new(process.Initial, 0, null);
        var etag = row.ETag != default ? row.ETag : throw new InvalidOperationException($"Snapshot {partition} came back without an ETag.");
        if (SnapshotRows.IsPlaceholder(row)) return new(process.Initial, 0, etag);
        return new(ProcessJson.Deserialize<TState>(SnapshotRows.StateJson(row)), SnapshotRows.Version(row), etag);
    }

    private Commit Plan(string partition, string instanceId, Loaded current, IReadOnlyList<TEvent> events, string? commandId,
        DateTimeOffset now)
    {
        var state = current.State;
        var sequence = current.Version;
        var eventRows = new List<TableEntity>(events.Count);
        var outboxRows = new List<(TableEntity Row, TEffect Effect)>();
        var timers = new List<TableEntity>();
        foreach (var @event in events)
        {
            sequence++;
            state = process.Evolve(state, @event);
            eventRows.Add(EventRows.Create(partition, sequence, @event.GetType().Name, ProcessJson.Serialize(@event), now, commandId));
            var index = 0;
            foreach (var effect in process.Effects(state, @event))
            {
                var row = OutboxRows.Create(partition, sequence, index++, Name, instanceId, effect.GetType().Name, ProcessJson.Serialize(effect), now);
                outboxRows.Add((row, effect));
            }
            index = 0;
            foreach (var timer in process.Timers(state, @event))
            {
                var commandJson = ProcessJson.Serialize(timer.Command);
                var timerId = TimerRows.TimerId(sequence, index++, timer.DueAt, commandJson);
                timers.Add(TimerRows.Create(Name, instanceId, timerId, timer.DueAt, timer.Command.GetType().Name, commandJson));
            }
        }
        // Written with the timers, before the commit: a committed effect is always reachable by the outbox sweep.
        if (outboxRows.Count > 0) timers.Add(OutboxIndex.Create(Name, instanceId, sequence, now + OutboxIndex.FirstVisit));

        var actions = new List<TableTransactionAction>();
        int? dedupeIndex = null;
        if (commandId is not null)
        {
            // First in the batch: a duplicate then fails on this row (409) before the snapshot's ETag check.
            dedupeIndex = actions.Count;
            actions.Add(new(TableTransactionActionType.Add, DedupeRows.Create(partition, commandId, sequence, now)));
        }
        var snapshot = SnapshotRows.Create(partition, Name, instanceId, ProcessJson.Serialize(state), sequence, process.StatusOf(state), now);
        actions.Add(current.ETag is null
            ? new(TableTransactionActionType.Add, snapshot)
            : new(TableTransactionActionType.UpdateReplace, snapshot, current.ETag.Value));
        actions.AddRange(eventRows.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)));
        var outbox = new List<(int, TableEntity, TEffect)>(outboxRows.Count);
        foreach (var (row, effect) in outboxRows)
        {
            outbox.Add((actions.Count, row, effect));
            actions.Add(new(TableTransactionActionType.Add, row));
        }

        CheckLimits(actions, events.Count);
        return new(actions, timers, dedupeIndex, outbox, state, sequence);
    }

    private void CheckLimits(List<TableTransactionAction> actions, int eventCount)
    {
        if (actions.Count > MaxRowsPerCommit)
            throw new InvalidOperationException(
                $"A command of process {Name} produced {eventCount} events needing {actions.Count} rows (snapshot, events, effects, command id); " +
                $"one atomic commit holds at most {MaxRowsPerCommit}. Emit fewer events or effects per command.");
        var bytes = actions.Sum(action => ChunkedText.SizeOf((TableEntity)action.Entity));
        if (bytes > MaxCommitBytes)
            throw new InvalidOperationException(
                $"A command of process {Name} needs {bytes} bytes in one commit; at most {MaxCommitBytes} fit. Keep events and effects small.");
    }

    // A failing handler leaves its row to the sweep and the rest still go out; failing storage leaves all the rest to the sweep.
    private async Task DispatchAsync(Commit commit, IReadOnlyList<Response> results, string instanceId, DateTimeOffset now, CancellationToken ct)
    {
        var delivered = new List<OutboxItem>(commit.Outbox.Count);
        try
        {
            foreach (var (actionIndex, row, effect) in commit.Outbox)
            {
                var item = OutboxRows.Item(row, attempt: 1, results[actionIndex].Headers.ETag ?? ETag.All);
                var handled = await delivery.TryHandleAsync(item, (context, token) => effects.HandleAsync(effect, context, token), now, ct)
                    .ConfigureAwait(false);
                if (handled.Delivered) delivered.Add(item);
            }
            await delivery.AcknowledgeAsync(delivered, ct).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Unacknowledged rows stay leased; the outbox sweep delivers them again under the same keys.
            if (!ct.IsCancellationRequested) logger.ImmediateDispatchFailed(ex, Name, instanceId);
        }
    }

    /// <summary>All of a command's timers and its outbox index row in one request: they share the timers partition.</summary>
    private Task WriteTimersAsync(IReadOnlyList<TableEntity> timers, CancellationToken ct) => timers.Count switch
    {
        0 => Task.CompletedTask,
        1 => store.Timers.UpsertEntityAsync(timers[0], TableUpdateMode.Replace, ct),
        _ => store.Timers.SubmitTransactionAsync(
            timers.Select(timer => new TableTransactionAction(TableTransactionActionType.UpsertReplace, timer)).ToArray(), ct),
    };
}
