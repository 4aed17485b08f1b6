using Microsoft.Extensions.Logging;

namespace Reopen.Orchestrations.Runtime;

/// <summary>Runtime log lines: ids, types and counts only, never the content of states, events or effects.</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(1, LogLevel.Debug, "Process {Process} instance {InstanceId} committed {EventCount} events up to version {Version}")]
    public static partial void Committed(this ILogger logger, string process, string instanceId, int eventCount, long version);

    [LoggerMessage(2, LogLevel.Debug, "Process {Process} instance {InstanceId} changed concurrently; deciding again (attempt {Attempt})")]
    public static partial void Conflict(this ILogger logger, string process, string instanceId, int attempt);

    [LoggerMessage(3, LogLevel.Information, "Process {Process} instance {InstanceId} already applied command {CommandId}")]
    public static partial void DuplicateCommand(this ILogger logger, string process, string instanceId, string commandId);

    [LoggerMessage(4, LogLevel.Information, "Process {Process} instance {InstanceId} rejected {CommandType}: {Code}")]
    public static partial void Rejected(this ILogger logger, string process, string instanceId, string commandType, string code);

    [LoggerMessage(5, LogLevel.Warning, "Effect {OutboxRow} of process {Process} instance {InstanceId} failed on attempt {Attempt}; next try after {RetryAt}")]
    public static partial void EffectFailed(this ILogger logger, Exception exception, string process, string instanceId, string outboxRow, int attempt, DateTimeOffset retryAt);

    [LoggerMessage(6, LogLevel.Warning, "Dispatching the outbox of process {Process} instance {InstanceId} right after commit failed; the sweep will retry")]
    public static partial void ImmediateDispatchFailed(this ILogger logger, Exception exception, string process, string instanceId);

    [LoggerMessage(7, LogLevel.Information, "Timer {TimerId} fired for process {Process} instance {InstanceId}")]
    public static partial void TimerFired(this ILogger logger, string timerId, string process, string instanceId);

    [LoggerMessage(8, LogLevel.Warning, "Timer row {TimerRow} names unknown process {Process}; left in place")]
    public static partial void TimerForUnknownProcess(this ILogger logger, string timerRow, string process);

    [LoggerMessage(9, LogLevel.Warning, "Timer {TimerId} of process {Process} instance {InstanceId} failed on attempt {Attempt}; next try after {RetryAt}")]
    public static partial void TimerFailed(this ILogger logger, Exception exception, string timerId, string process, string instanceId, int attempt, DateTimeOffset retryAt);

    [LoggerMessage(10, LogLevel.Warning, "Outbox row {OutboxRow} of instance {PartitionKey} names unknown process {Process}; left in place")]
    public static partial void EffectForUnknownProcess(this ILogger logger, string outboxRow, string partitionKey, string process);

    [LoggerMessage(11, LogLevel.Error, "Outbox row {OutboxRow} of process {Process} instance {InstanceId} could not be dispatched; it stays for the next sweep")]
    public static partial void OutboxRowFailed(this ILogger logger, Exception exception, string outboxRow, string process, string instanceId);

    [LoggerMessage(14, LogLevel.Warning, "Timer {TimerId} of process {Process} instance {InstanceId} failed {Attempts} times; moved to the dead letters")]
    public static partial void TimerDeadLettered(this ILogger logger, Exception exception, string timerId, string process, string instanceId, int attempts);

    [LoggerMessage(15, LogLevel.Warning, "Effect {OutboxRow} ({EffectType}) of process {Process} instance {InstanceId} failed {Attempts} times; moved to the dead letters")]
    public static partial void EffectDeadLettered(this ILogger logger, Exception exception, string process, string instanceId, string outboxRow, string effectType, int attempts);

    [LoggerMessage(16, LogLevel.Error, "Outbox index row {IndexRow} could not be followed; it stays for the next sweep")]
    public static partial void OutboxIndexFailed(this ILogger logger, Exception exception, string indexRow);

    [LoggerMessage(12, LogLevel.Information, "Deadline sweep fired {Count} timers")]
    public static partial void TimersSwept(this ILogger logger, int count);

    [LoggerMessage(13, LogLevel.Information, "Outbox sweep delivered {Count} effects")]
    public static partial void OutboxSwept(this ILogger logger, int count);
}
