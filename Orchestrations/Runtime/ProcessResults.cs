namespace Reopen.Orchestrations.Runtime;

/// <param name="Duplicate">The command id was already applied: nothing new was written, State is the current state.</param>
public sealed record CommandResult<TState, TEvent>(TState State, long Version, IReadOnlyList<TEvent> NewEvents, bool Duplicate);

public sealed record ProcessSnapshot<TState>(string InstanceId, TState State, long Version, string Status, DateTimeOffset UpdatedAt);

/// <param name="Type">The event's type name, readable in storage and in the audit trail.</param>
public sealed record RecordedEvent<TEvent>(long Sequence, DateTimeOffset At, string Type, TEvent Event, string? CommandId);

/// <summary>
/// The command was handed to the orchestration, which had not applied it when the wait ran out; it will, or it will
/// refuse it, and the instance's pages then show which.
/// </summary>
public sealed class CommandPendingException(string processName, string instanceId, TimeSpan waited)
    : Exception($"Process {processName} instance {instanceId} had not applied the command after {waited.TotalSeconds:0.#} s; it is queued.")
{
    public string InstanceId { get; } = instanceId;
}
