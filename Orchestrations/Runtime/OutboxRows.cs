using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Reopen.Orchestrations.Storage;

namespace Reopen.Orchestrations.Runtime;

/// <summary>Outbox rows live in the instance's partition, so they commit atomically with the events that ask for them.</summary>
internal static class OutboxRows
{
    /// <summary>How long a claimed effect is left to its claimant before a sweep may take it over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromHours(1);

    /// <summary>Born claimed by the committing host (attempt 1), which delivers it right after the commit.</summary>
    public static TableEntity Create(string partitionKey, long sequence, int index, string processName, string instanceId,
        string effectType, string effectJson, DateTimeOffset now)
    {
        var row = new TableEntity(partitionKey, ProcessKeys.Outbox(sequence, index))
        {
            ["Process"] = processName,
            ["InstanceId"] = instanceId,
            ["EffectType"] = effectType,
            ["IdempotencyKey"] = ProcessKeys.IdempotencyKey(processName, instanceId, sequence, index),
            ["CreatedAt"] = now,
            ["Attempts"] = 1,
            ["LeasedUntil"] = now + Lease,
        };
        ChunkedText.Write(row, "Effect", effectJson);
        return row;
    }

    /// <summary>Failed tries after which an effect is dead-lettered instead of tried again.</summary>
    public const int MaxAttempts = 20;

    /// <summary>The outbox rows of one instance: the only outbox query there is.</summary>
    public static string PartitionFilter(string partitionKey) =>
        $"{TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}")} and {TableFilters.StartsWith("RowKey", ProcessKeys.OutboxPrefix)}";

    /// <summary>A dead effect stays in its partition for the record; the sweep passes it by.</summary>
    public static bool IsDead(TableEntity row) => row.GetBoolean("Dead") == true;

    public static TableEntity MarkDead(OutboxItem item, DateTimeOffset now) =>
        new(item.PartitionKey, item.RowKey) { ["Dead"] = true, ["DeadAt"] = now };

    /// <summary>
    /// Delay before the next try after <paramref name="attempts"/> failed ones: 15 s, 30 s, 1 min, ... at most 1 h;
    /// longer when the other side asked for a longer wait (also at most 1 h).
    /// </summary>
    public static TimeSpan Backoff(int attempts, TimeSpan? retryAfter = null)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 20);
        var delay = FirstRetry * Math.Pow(2, doublings);
        if (retryAfter > delay) delay = retryAfter.Value;
        return delay < LongestRetry ? delay : LongestRetry;
    }

    public static OutboxItem Item(TableEntity row, int attempt, ETag leaseETag) => new(
        row.PartitionKey,
        row.RowKey,
        row.GetString("Process") ?? "",
        row.GetString("InstanceId") ?? "",
        row.GetString("IdempotencyKey") ?? string.Create(CultureInfo.InvariantCulture, $"{row.PartitionKey}|{row.RowKey}"),
        row.GetString("EffectType") ?? "",
        attempt,
        leaseETag);
}

/// <summary>An outbox row this host holds the lease on.</summary>
internal sealed record OutboxItem(
    string PartitionKey, string RowKey, string ProcessName, string InstanceId, string IdempotencyKey, string EffectType, int Attempt,
    ETag LeaseETag)
{
    public EffectContext Context => new(ProcessName, InstanceId, IdempotencyKey, Attempt);
}
