using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;

namespace Reopen.Orchestrations.Runtime;

/// <summary>Rows of the "Timers" table: one partition, row keys that sort by due time.</summary>
internal static class TimerRows
{
    public const string Partition = "due";
    /// <summary>Failed tries after which a timer is dead-lettered instead of tried again.</summary>
    public const int MaxAttempts = 10;
    private const string DueFormat = "yyyyMMddHHmmssfffffff";

    /// <summary>
    /// Same inputs, same id: a retried command rewrites the same row. The hash keeps apart timers that competing
    /// attempts decided for the same sequence, so an orphan's id never blocks the real timer's command id.
    /// </summary>
    public static string TimerId(long sequence, int index, DateTimeOffset dueAt, string commandJson)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(DueKey(dueAt) + "|" + commandJson));
        return string.Create(CultureInfo.InvariantCulture, $"t{sequence:D12}-{index:D3}-{Convert.ToHexStringLower(digest, 0, 6)}");
    }

    public static TableEntity Create(string processName, string instanceId, string timerId, DateTimeOffset dueAt, string commandType,
        string commandJson)
    {
        var row = new TableEntity(Partition, $"{DueKey(dueAt)}|{processName}|{instanceId}|{timerId}")
        {
            ["Process"] = processName,
            ["InstanceId"] = instanceId,
            ["TimerId"] = timerId,
            ["CommandType"] = commandType,
            ["DueAt"] = dueAt.ToUniversalTime(),
        };
        ChunkedText.Write(row, "Command", commandJson);
        return row;
    }

    /// <summary>Filter for every timer due at or before <paramref name="now"/>, oldest first.</summary>
    public static string DueFilter(DateTimeOffset now) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey lt {DueKey(now.AddTicks(1))}");

    /// <summary>A timer that failed waits for its next try; the key keeps its first due time.</summary>
    public static bool IsWaiting(TableEntity row, DateTimeOffset now) => row.GetDateTimeOffset("NextTryAt") is { } next && next > now;

    public static int Attempts(TableEntity row) => row.GetInt32("Attempts") ?? 0;

    /// <summary>Counts a failed try and puts the next one off: 15 s, 30 s, 1 min, ... at most 1 h.</summary>
    public static TableEntity Failed(TableEntity row, int attempts, DateTimeOffset now) => new(row.PartitionKey, row.RowKey)
    {
        ["Attempts"] = attempts,
        ["NextTryAt"] = now + OutboxRows.Backoff(attempts),
    };

    public static string DueKey(DateTimeOffset at) => at.UtcDateTime.ToString(DueFormat, CultureInfo.InvariantCulture);
}
