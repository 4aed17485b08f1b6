using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Reopen.Orchestrations.Storage;

namespace Reopen.Orchestrations.Runtime;

public sealed partial class ProcessHost<TState, TCommand, TEvent, TEffect>
{
    /// <summary>The instance's current state; null when it has never committed an event.</summary>
    public async Task<ProcessSnapshot<TState>?> GetAsync(string instanceId, CancellationToken ct = default)
    {
        ProcessKeys.ValidateId(instanceId, nameof(instanceId));
        var row = await store.Processes.GetEntityOrNullAsync(ProcessKeys.Partition(Name, instanceId), ProcessKeys.SnapshotRow, ct: ct)
            .ConfigureAwait(false);
        return row is null || SnapshotRows.IsPlaceholder(row) ? null : ToSnapshot(row);
    }

    /// <summary>Every event of the instance, oldest first.</summary>
    public async Task<IReadOnlyList<RecordedEvent<TEvent>>> HistoryAsync(string instanceId, CancellationToken ct = default)
    {
        ProcessKeys.ValidateId(instanceId, nameof(instanceId));
        var history = new List<RecordedEvent<TEvent>>();
        var filter = EventRows.HistoryFilter(ProcessKeys.Partition(Name, instanceId));
        await foreach (var row in store.Processes.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            history.Add(new(
                EventRows.Sequence(row),
                row.GetDateTimeOffset("At") ?? default,
                row.GetString("Type") ?? "",
                ProcessJson.Deserialize<TEvent>(ChunkedText.Read(row, "Data")),
                row.GetString("CommandId")));
        }
        return history;
    }

    /// <summary>Every instance of this process, or those whose status is <paramref name="status"/>.</summary>
    public async IAsyncEnumerable<ProcessSnapshot<TState>> ListAsync(string? status = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var row in store.Processes.QueryAsync<TableEntity>(SnapshotRows.ListFilter(Name, status), cancellationToken: ct).ConfigureAwait(false))
        {
            if (!SnapshotRows.IsPlaceholder(row)) yield return ToSnapshot(row);
        }
    }

    private static ProcessSnapshot<TState> ToSnapshot(TableEntity row) => new(
        row.GetString("InstanceId") ?? row.PartitionKey[(row.PartitionKey.IndexOf('|', StringComparison.Ordinal) + 1)..],
        ProcessJson.Deserialize<TState>(SnapshotRows.StateJson(row)),
        SnapshotRows.Version(row),
        row.GetString("Status") ?? "",
        row.GetDateTimeOffset("UpdatedAt") ?? default);
}
