namespace Reopen.Orchestrations.Runtime;

/// <param name="Duplicate">The command id was already applied: nothing new was written, State is the current state.</param>
public sealed record CommandResult<TState, TEvent>(TState State, long Version, IReadOnlyList<TEvent> NewEvents, bool Duplicate);

public sealed record ProcessSnapshot<TState>(string InstanceId, TState State, long Version, string Status, DateTimeOffset UpdatedAt);

/// <param name="Type">The event's type name, readable in storage and in the audit trail.</param>
public sealed record RecordedEvent<TEvent>(long Sequence, DateTimeOffset At, string Type, TEvent Event, string? CommandId);

/// <summary>Other writers kept changing the instance while this command retried; nothing was written for it.</summary>
public sealed class ProcessConflictException(string processName, string instanceId, int attempts)
    : Exception($"Process {processName} instance {instanceId} changed concurrently on each of {attempts} attempts; the command was not applied.")
{
    public string ProcessName { get; } = processName;
    public string InstanceId { get; } = instanceId;
}
