using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Reopen.Orchestrations.Tables;

namespace Reopen.Orchestrations.Runtime;

/// <summary>Rows of the "Timers" table: one partition, row keys that sort by due time.</summary>
internal static class TimerRows
{
    public const string Partition = "due";
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

    public static TableEntity Create(string processName, string instanceId, string timerId, DateTimeOffset dueAt, string commandJson)
    {
        var row = new TableEntity(Partition, $"{DueKey(dueAt)}|{processName}|{instanceId}|{timerId}")
        {
            ["Process"] = processName,
            ["InstanceId"] = instanceId,
            ["TimerId"] = timerId,
            ["DueAt"] = dueAt.ToUniversalTime(),
        };
        ChunkedText.Write(row, "Command", commandJson);
        return row;
    }

    /// <summary>Filter for every timer due at or before <paramref name="now"/>, oldest first.</summary>
    public static string DueFilter(DateTimeOffset now) =>
        $"PartitionKey eq {ProcessKeys.Quote(Partition)} and RowKey lt {ProcessKeys.Quote(DueKey(now.AddTicks(1)))}";

    private static string DueKey(DateTimeOffset at) => at.UtcDateTime.ToString(DueFormat, CultureInfo.InvariantCulture);
}
