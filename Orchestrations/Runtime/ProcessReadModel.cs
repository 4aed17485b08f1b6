using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Reopen.Orchestrations.Storage;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// What pages and lists read of a process's instances, written by its orchestration's activities: the snapshot
/// (state, version, status), one row per event (the audit trail) and one row per command id (its outcome).
/// </summary>
public sealed class ProcessReadModel<TState, TEvent>(ProcessStore store, string processName)
    where TState : class
    where TEvent : class
{
    private const int MaxRowsPerCommit = 100;
    // The $batch request holds at most 4 MiB; strings travel JSON-escaped, so keep a margin.
    private const int MaxCommitBytes = 3_000_000;

    public string ProcessName { get; } = processName;

    /// <summary>The instance's current state; null when it has never recorded an event.</summary>
    public async Task<ProcessSnapshot<TState>?> GetAsync(string instanceId, CancellationToken ct = default)
    {
        ProcessKeys.ValidateId(instanceId, nameof(instanceId));
        var row = await store.Processes.GetEntityOrNullAsync(Partition(instanceId), ProcessKeys.SnapshotRow, ct: ct).ConfigureAwait(false);
        return row is null ? null : ToSnapshot(row);
    }

    /// <summary>Every event of the instance, oldest first.</summary>
    public Task<IReadOnlyList<RecordedEvent<TEvent>>> HistoryAsync(string instanceId, CancellationToken ct = default)
    {
        ProcessKeys.ValidateId(instanceId, nameof(instanceId));
        return ReadEventsAsync(EventRows.HistoryFilter(Partition(instanceId)), ct);
    }

    /// <summary>The events one command led to, as its outcome row tells: a range of rows, not the whole history.</summary>
    public async Task<IReadOnlyList<TEvent>> EventsOfAsync(string instanceId, CommandOutcome applied, CancellationToken ct = default)
    {
        if (applied.FromVersion is not { } from || applied.Version is not { } to || to <= from) return [];
        var events = await ReadEventsAsync(EventRows.RangeFilter(Partition(instanceId), from, to), ct).ConfigureAwait(false);
        return events.Select(e => e.Event).ToArray();
    }

    /// <summary>Every instance of this process, or those whose status is <paramref name="status"/>.</summary>
    public async IAsyncEnumerable<ProcessSnapshot<TState>> ListAsync(string? status = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var row in store.Processes.QueryAsync<TableEntity>(SnapshotRows.ListFilter(ProcessName, status), cancellationToken: ct)
            .ConfigureAwait(false))
        {
            yield return ToSnapshot(row);
        }
    }

    /// <summary>What became of the command with this id; null while the orchestration has not taken it up.</summary>
    public async Task<CommandOutcome?> OutcomeAsync(string instanceId, string commandId, CancellationToken ct = default)
    {
        var row = await store.Processes.GetEntityOrNullAsync(Partition(instanceId), ProcessKeys.Outcome(commandId), ct: ct).ConfigureAwait(false);
        return row is null ? null : OutcomeRows.Read(row);
    }

    /// <summary>
    /// Writes snapshot, events and the command's outcome in one transaction. Safe to run again: a repeat fails on its
    /// own event (or outcome) rows, already there, and changes nothing.
    /// </summary>
    public async Task CommitAsync(ProcessCommit<TState, TEvent> commit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ProcessKeys.ValidateId(commit.InstanceId, nameof(commit));
        ProcessKeys.ValidateCommandId(commit.CommandId);
        var partition = Partition(commit.InstanceId);
        var actions = new List<TableTransactionAction>();
        if (commit.CommandId is not null)
            actions.Add(new(TableTransactionActionType.Add, OutcomeRows.Applied(partition, commit.CommandId, commit.FromVersion, commit.Version, commit.At)));
        if (commit.Events.Count > 0)
        {
            var sequence = commit.FromVersion;
            foreach (var @event in commit.Events)
            {
                sequence++;
                actions.Add(new(TableTransactionActionType.Add,
                    EventRows.Create(partition, sequence, @event.GetType().Name, ProcessJson.Serialize(@event), commit.At, commit.CommandId)));
            }
            actions.Add(new(TableTransactionActionType.UpsertReplace, SnapshotRows.Create(partition, ProcessName, commit.InstanceId,
                ProcessJson.Serialize(commit.State), commit.Version, commit.Status, commit.At)));
        }
        if (actions.Count == 0) return;
        CheckLimits(actions, commit.Events.Count);
        try
        {
            await store.Processes.SubmitTransactionAsync(actions, ct).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            // Written before: this is the activity running again after a crash or a lost answer.
        }
    }

    /// <summary>Records that the orchestration refused the command, for whoever sent it.</summary>
    public async Task RecordRejectionAsync(CommandRejection rejection, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        ProcessKeys.ValidateCommandId(rejection.CommandId);
        var row = OutcomeRows.Refused(Partition(rejection.InstanceId), rejection.CommandId, rejection.Code, rejection.Message, rejection.At);
        try
        {
            await store.Processes.AddEntityAsync(row, ct).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Recorded before, by an earlier run of the same activity.
        }
    }

    private string Partition(string instanceId) => ProcessKeys.Partition(ProcessName, instanceId);

    private async Task<IReadOnlyList<RecordedEvent<TEvent>>> ReadEventsAsync(string filter, CancellationToken ct)
    {
        var events = new List<RecordedEvent<TEvent>>();
        await foreach (var row in store.Processes.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            events.Add(new(
                EventRows.Sequence(row),
                row.GetDateTimeOffset("At") ?? default,
                row.GetString("Type") ?? "",
                ProcessJson.Deserialize<TEvent>(ChunkedText.Read(row, "Data")),
                row.GetString("CommandId")));
        }
        return events;
    }

    private void CheckLimits(List<TableTransactionAction> actions, int eventCount)
    {
        if (actions.Count > MaxRowsPerCommit)
            throw new InvalidOperationException(
                $"A command of process {ProcessName} produced {eventCount} events needing {actions.Count} rows; one atomic commit holds at most {MaxRowsPerCommit}.");
        var bytes = actions.Sum(action => ChunkedText.SizeOf((TableEntity)action.Entity));
        if (bytes > MaxCommitBytes)
            throw new InvalidOperationException(
                $"A command of process {ProcessName} needs {bytes} bytes in one commit; at most {MaxCommitBytes} fit. Keep events small.");
    }

    private static ProcessSnapshot<TState> ToSnapshot(TableEntity row) => new(
        row.GetString("InstanceId") ?? row.PartitionKey[(row.PartitionKey.IndexOf('|', StringComparison.Ordinal) + 1)..],
        ProcessJson.Deserialize<TState>(SnapshotRows.StateJson(row)),
        SnapshotRows.Version(row),
        row.GetString("Status") ?? "",
        row.GetDateTimeOffset("UpdatedAt") ?? default);
}
