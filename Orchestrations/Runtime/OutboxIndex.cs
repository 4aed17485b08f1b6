using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Reopen.Orchestrations.Storage;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// Index rows that lead the outbox sweep to instances with pending effects, so it never scans the Processes table.
/// They share the timers partition (keys sort by due time), so a command's timers and its index row go in one request.
/// Written before the commit; removed only once the commit it stands for can no longer add rows and none are left.
/// </summary>
internal static class OutboxIndex
{
    public const string Kind = "outbox";

    /// <summary>The sweep's first look: as soon as an effect that failed right after the commit may be tried again.</summary>
    public static readonly TimeSpan FirstVisit = OutboxRows.Backoff(1) < OutboxRows.Lease ? OutboxRows.Backoff(1) : OutboxRows.Lease;

    /// <param name="version">The version the commit produces: once the snapshot reaches it, that commit has landed or never will.</param>
    public static TableEntity Create(string processName, string instanceId, long version, DateTimeOffset dueAt) =>
        new(TimerRows.Partition, RowKey(dueAt, processName, instanceId, version))
        {
            ["Kind"] = Kind,
            ["Process"] = processName,
            ["InstanceId"] = instanceId,
            ["Version"] = version,
            ["DueAt"] = dueAt.ToUniversalTime(),
        };

    /// <summary>The same entry at a later due time: one transaction deletes the old key (if unchanged) and writes the new one.</summary>
    public static IReadOnlyList<TableTransactionAction> Move(TableEntity row, DateTimeOffset dueAt) =>
    [
        new(TableTransactionActionType.Delete, new TableEntity(row.PartitionKey, row.RowKey), row.ETagOrAll()),
        new(TableTransactionActionType.UpsertReplace, Create(ProcessName(row), InstanceId(row), Version(row), dueAt)),
    ];

    public static bool IsIndex(TableEntity row) => row.GetString("Kind") == Kind;

    public static string ProcessName(TableEntity row) => row.GetString("Process") ?? "";

    public static string InstanceId(TableEntity row) => row.GetString("InstanceId") ?? "";

    public static long Version(TableEntity row) => row.GetInt64("Version") ?? long.MaxValue;

    /// <summary>Index rows due at or before <paramref name="now"/>: the timers partition's due range, index rows only.</summary>
    public static string DueFilter(DateTimeOffset now) =>
        $"{TimerRows.DueFilter(now)} and {TableClient.CreateQueryFilter($"Kind eq {Kind}")}";

    private static string RowKey(DateTimeOffset dueAt, string processName, string instanceId, long version) =>
        string.Create(CultureInfo.InvariantCulture, $"{TimerRows.DueKey(dueAt)}|{processName}|{instanceId}|o{version:D12}");
}
