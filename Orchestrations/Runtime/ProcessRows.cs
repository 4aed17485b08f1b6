using System.Globalization;
using Azure.Data.Tables;
using Reopen.Orchestrations.Storage;

namespace Reopen.Orchestrations.Runtime;

/// <summary>The snapshot row: the state after the last event, its version and status.</summary>
internal static class SnapshotRows
{
    public static TableEntity Create(string partitionKey, string processName, string instanceId, string stateJson, long version,
        string status, DateTimeOffset now)
    {
        var row = new TableEntity(partitionKey, ProcessKeys.SnapshotRow)
        {
            ["Process"] = processName,
            ["InstanceId"] = instanceId,
            ["Status"] = status,
            ["Version"] = version,
            ["UpdatedAt"] = now,
        };
        ChunkedText.Write(row, "State", stateJson);
        return row;
    }

    public static string StateJson(TableEntity row) => ChunkedText.Read(row, "State");

    public static long Version(TableEntity row) => row.GetInt64("Version") ?? 0;

    /// <summary>Snapshots of one process (its partitions all start with "{name}|"), optionally of one status.</summary>
    public static string ListFilter(string processName, string? status)
    {
        // '}' is the character right after '|', so this range holds exactly the process's partitions.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey gt {processName + "|"} and PartitionKey lt {processName + "}"} and RowKey eq {ProcessKeys.SnapshotRow}");
        return status is null ? filter : $"{filter} and {TableClient.CreateQueryFilter($"Status eq {status}")}";
    }
}

/// <summary>Event rows: the audit trail, in sequence order.</summary>
internal static class EventRows
{
    public static TableEntity Create(string partitionKey, long sequence, string type, string dataJson, DateTimeOffset at, string? commandId)
    {
        var row = new TableEntity(partitionKey, ProcessKeys.Event(sequence)) { ["Type"] = type, ["At"] = at };
        if (commandId is not null) row["CommandId"] = commandId;
        ChunkedText.Write(row, "Data", dataJson);
        return row;
    }

    public static long Sequence(TableEntity row) =>
        long.Parse(row.RowKey.AsSpan(ProcessKeys.EventPrefix.Length), CultureInfo.InvariantCulture);

    public static string HistoryFilter(string partitionKey) =>
        $"{TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}")} and {TableFilters.StartsWith("RowKey", ProcessKeys.EventPrefix)}";

    /// <summary>The events after version <paramref name="after"/> up to and including <paramref name="upTo"/>.</summary>
    public static string RangeFilter(string partitionKey, long after, long upTo) =>
        TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey gt {ProcessKeys.Event(after)} and RowKey le {ProcessKeys.Event(upTo)}");
}

/// <summary>
/// A command id's row, written by the orchestration: applied (with the version it led to, in the same transaction as its
/// events) or refused (with the rule's code), so that whoever sent the command can tell what became of it.
/// </summary>
internal static class OutcomeRows
{
    public static TableEntity Applied(string partitionKey, string commandId, long fromVersion, long version, DateTimeOffset at) =>
        new(partitionKey, ProcessKeys.Outcome(commandId)) { ["FromVersion"] = fromVersion, ["Version"] = version, ["At"] = at };

    public static TableEntity Refused(string partitionKey, string commandId, string code, string message, DateTimeOffset at) =>
        new(partitionKey, ProcessKeys.Outcome(commandId)) { ["RejectedCode"] = code, ["RejectedMessage"] = message, ["At"] = at };

    public static CommandOutcome Read(TableEntity row) =>
        row.GetString("RejectedCode") is { } code
            ? new CommandOutcome(null, null, code, row.GetString("RejectedMessage") ?? code)
            : new CommandOutcome(row.GetInt64("FromVersion") ?? 0, row.GetInt64("Version") ?? 0, null, null);
}

/// <summary>What became of a command: applied from <paramref name="FromVersion"/> to <paramref name="Version"/>, or refused with <paramref name="RejectedCode"/>.</summary>
public sealed record CommandOutcome(long? FromVersion, long? Version, string? RejectedCode, string? RejectedMessage)
{
    public bool IsRejected => RejectedCode is not null;
}
