using System.Globalization;

namespace Reopen.Orchestrations.Runtime;

/// <summary>Row and partition keys of the "Processes" table: one partition per instance.</summary>
internal static class ProcessKeys
{
    public const string SnapshotRow = "snapshot";
    public const string EventPrefix = "e-";
    public const string OutcomePrefix = "c-";

    private const int MaxIdLength = 128;
    private const int MaxCommandIdLength = 256;

    public static string Partition(string processName, string instanceId) => $"{processName}|{instanceId}";

    public static string Event(long sequence) => EventPrefix + sequence.ToString("D12", CultureInfo.InvariantCulture);

    public static string Outcome(string commandId) => OutcomePrefix + commandId;

    public static string IdempotencyKey(string processName, string instanceId, long sequence, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{processName}|{instanceId}|{sequence}|{index}");

    /// <summary>Process names and instance ids go into keys joined by '|': letters, digits and "-_.:@~" only.</summary>
    public static void ValidateId(string value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, parameterName);
        if (value.Length > MaxIdLength)
            throw new ArgumentException($"Must be at most {MaxIdLength} characters.", parameterName);
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':' or '@' or '~'))
                throw new ArgumentException($"Character '{c}' is not allowed; use letters, digits and -_.:@~ only.", parameterName);
        }
    }

    /// <summary>Command ids become row keys: anything but the characters Table Storage forbids in keys.</summary>
    public static void ValidateCommandId(string? commandId)
    {
        if (commandId is null) return;
        ArgumentException.ThrowIfNullOrEmpty(commandId, nameof(commandId));
        if (commandId.Length > MaxCommandIdLength)
            throw new ArgumentException($"Must be at most {MaxCommandIdLength} characters.", nameof(commandId));
        foreach (var c in commandId)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
                throw new ArgumentException("Slash, backslash, '#', '?' and control characters are not allowed.", nameof(commandId));
        }
    }
}
