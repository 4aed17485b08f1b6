using System.Runtime.CompilerServices;
using Azure.Data.Tables;

namespace Reopen.Orchestrations.Runtime;

public enum DeadLetterKind { Timer, Effect }

/// <summary>Work the runtime gave up on after its attempts ran out; ids and types only.</summary>
/// <param name="Id">The timer id, or the outbox row key in the instance's partition.</param>
/// <param name="Type">The timer's command type or the effect's type.</param>
public sealed record DeadLetter(DeadLetterKind Kind, string ProcessName, string InstanceId, string Id, string Type, int Attempts, DateTimeOffset DeadAt);

/// <summary>The "dead" partition of the Timers table: one row per dead timer (with its command) or dead effect (a pointer).</summary>
internal static class DeadLetterRows
{
    public const string Partition = "dead";

    /// <summary>The timer row itself, under the dead partition, so it could be put back later.</summary>
    public static TableEntity FromTimer(TableEntity timer, int attempts, DateTimeOffset now)
    {
        var row = new TableEntity(Partition, Key(timer.GetString("Process") ?? "", timer.GetString("InstanceId") ?? "", timer.GetString("TimerId") ?? timer.RowKey));
        foreach (var (name, value) in timer)
        {
            // Keys, Timestamp and odata.etag belong to the timer row, not to its copy.
            if (name is not ("PartitionKey" or "RowKey" or "Timestamp") && !name.StartsWith("odata.", StringComparison.Ordinal)) row[name] = value;
        }
        row["Kind"] = nameof(DeadLetterKind.Timer);
        row["Attempts"] = attempts;
        row["DeadAt"] = now;
        return row;
    }

    /// <summary>The effect stays in its instance's partition, marked dead; this row points at it.</summary>
    public static TableEntity FromEffect(OutboxItem item, DateTimeOffset now) => new(Partition, Key(item.ProcessName, item.InstanceId, item.RowKey))
    {
        ["Kind"] = nameof(DeadLetterKind.Effect),
        ["Process"] = item.ProcessName,
        ["InstanceId"] = item.InstanceId,
        ["OutboxRow"] = item.RowKey,
        ["EffectType"] = item.EffectType,
        ["Attempts"] = item.Attempt,
        ["DeadAt"] = now,
    };

    public static async IAsyncEnumerable<DeadLetter> ReadAsync(TableClient timers, [EnumeratorCancellation] CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var row in timers.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            var isTimer = row.GetString("Kind") == nameof(DeadLetterKind.Timer);
            yield return new(
                isTimer ? DeadLetterKind.Timer : DeadLetterKind.Effect,
                row.GetString("Process") ?? "",
                row.GetString("InstanceId") ?? "",
                (isTimer ? row.GetString("TimerId") : row.GetString("OutboxRow")) ?? "",
                (isTimer ? row.GetString("CommandType") : row.GetString("EffectType")) ?? "",
                row.GetInt32("Attempts") ?? 0,
                row.GetDateTimeOffset("DeadAt") ?? default);
        }
    }

    private static string Key(string processName, string instanceId, string id) => $"{processName}|{instanceId}|{id}";
}
