using Azure.Data.Tables;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Orchestrations.Tests.Runtime.Sample;

/// <summary>Everything an instance left in storage, as text, so two runs compare with one Assert.Equal.</summary>
public sealed record Observed(
    string Snapshot, IReadOnlyList<string> History, IReadOnlyList<string> Timers, IReadOnlyList<string> Outbox, IReadOnlyList<string> OutboxIndex,
    IReadOnlyList<string> DeadLetters)
{
    public static async Task<Observed> ReadAsync(SampleApp app, string instanceId = SampleApp.Instance)
    {
        var snapshot = await app.Host.GetAsync(instanceId);
        var history = await app.Host.HistoryAsync(instanceId);
        var timers = new List<string>();
        var index = new List<string>();
        var dead = new List<string>();
        await foreach (var row in app.Store.Timers.QueryAsync<TableEntity>())
        {
            if (row.PartitionKey == DeadLetterRows.Partition) dead.Add(row.RowKey);
            else if (Reopen.Orchestrations.Runtime.OutboxIndex.IsIndex(row)) index.Add(row.RowKey);
            else timers.Add($"{row.RowKey} {row.GetString("Command")}");
        }
        var outbox = new List<string>();
        await foreach (var row in app.Store.Processes.QueryAsync<TableEntity>("RowKey ge 'o-' and RowKey lt 'o.'"))
            outbox.Add($"{row.PartitionKey} {row.RowKey}{(OutboxRows.IsDead(row) ? " dead" : "")}");
        return new(
            snapshot is null ? "none" : $"v{snapshot.Version} {snapshot.Status} {ProcessJson.Serialize(snapshot.State)}",
            [.. history.Select(e => $"{e.Sequence} {e.Type} {e.CommandId} {e.At:O} {ProcessJson.Serialize(e.Event)}")],
            timers,
            outbox,
            index,
            dead);
    }

    public override string ToString() =>
        string.Join("\n", [Snapshot, .. History, "timers:", .. Timers, "outbox:", .. Outbox, "outbox index:", .. OutboxIndex, "dead:", .. DeadLetters]);
}
