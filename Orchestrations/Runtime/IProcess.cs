namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// A long-lived process as a pure decider. Nothing here touches I/O or a clock: time arrives as <c>now</c>.
/// Its orchestration waits for commands and timers, asks these rules, records the events and runs the effects.
/// </summary>
public interface IProcess<TState, TCommand, TEvent, TEffect>
    where TState : class
    where TCommand : class
    where TEvent : class
    where TEffect : class
{
    /// <summary>Stable name: part of storage keys and task names, never change it.</summary>
    string Name { get; }

    TState Initial { get; }

    /// <summary>What happened because of the command; throws <see cref="CommandRejectedException"/> when it may not happen.</summary>
    IReadOnlyList<TEvent> Decide(TCommand command, TState state, DateTimeOffset now);

    TState Evolve(TState state, TEvent @event);

    /// <summary>Messages to the outside world that an event asks for (state is after the event).</summary>
    IEnumerable<TEffect> Effects(TState state, TEvent @event);

    /// <summary>Durable timers that an event sets; each hands its command to Decide at its due time.</summary>
    IEnumerable<DurableTimer<TCommand>> Timers(TState state, TEvent @event);

    /// <summary>A short status word stored beside the snapshot, for listing instances.</summary>
    string StatusOf(TState state);

    /// <summary>No command can change the state any more: the orchestration ends.</summary>
    bool IsFinished(TState state);
}

/// <summary>A command to be handed to the process at <paramref name="DueAt"/>; if its purpose has passed, Decide returns no events.</summary>
public sealed record DurableTimer<TCommand>(DateTimeOffset DueAt, TCommand Command) where TCommand : class;

/// <summary>A rule of the process forbids the command; nothing is written.</summary>
public sealed class CommandRejectedException(string code, string message) : Exception(message)
{
    /// <summary>Machine-readable reason, e.g. "step-already-decided".</summary>
    public string Code { get; } = code;
}
