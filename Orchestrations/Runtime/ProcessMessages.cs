namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// What one generation of a process's orchestration carries into the next (it continues as new after each command,
/// so its history stays short): the state, its version, the timers still to fire and the command ids it applied lately.
/// </summary>
/// <param name="First">The command that starts the instance; null afterwards.</param>
/// <param name="FirstAt">The time its sender decided it at, so the orchestration reaches the very same outcome.</param>
public sealed record ProcessRun<TState, TCommand>(
    TState State,
    long Version,
    IReadOnlyList<DurableTimer<TCommand>> Timers,
    IReadOnlyList<string> RecentCommandIds,
    ProcessCommand<TCommand>? First = null,
    DateTimeOffset? FirstAt = null)
    where TState : class
    where TCommand : class;

/// <summary>A command sent to an instance (as its start input, or as an external event), with the sender's id for it.</summary>
public sealed record ProcessCommand<TCommand>(string? CommandId, TCommand Command) where TCommand : class;

/// <summary>The read model's change for one command: the activity that writes it can run again safely.</summary>
public sealed record ProcessCommit<TState, TEvent>(
    string InstanceId,
    long FromVersion,
    long Version,
    TState State,
    string Status,
    IReadOnlyList<TEvent> Events,
    string? CommandId,
    DateTimeOffset At)
    where TState : class
    where TEvent : class;

/// <summary>The orchestration refused a command that had passed the sender's own check (someone got there first).</summary>
public sealed record CommandRejection(string InstanceId, string CommandId, string Code, string Message, DateTimeOffset At);

/// <summary>One effect for its activity, with the key that makes a repeat harmless and the number of the try.</summary>
public sealed record EffectDelivery<TEffect>(TEffect Effect, EffectContext Context) where TEffect : class;

/// <summary>The names of a process's orchestration, its command event and its activities (Functions names: letters only).</summary>
public sealed record ProcessTaskNames(string Orchestrator, string CommandEvent, string Commit, string Reject, string Deliver)
{
    public static ProcessTaskNames For(string processName)
    {
        var pascal = char.ToUpperInvariant(processName[0]) + processName[1..];
        return new(pascal + "Orchestrator", "command", pascal + "Commit", pascal + "Reject", pascal + "Deliver");
    }
}
