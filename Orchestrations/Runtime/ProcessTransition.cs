using System.Globalization;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// What the orchestration does with one command, as a pure function: decide, evolve, and list the commit, the effects
/// (each with its stable key) and the timers. The orchestrator only waits, calls this and runs the activities it names.
/// </summary>
public static class ProcessTransition
{
    /// <summary>Command ids remembered across generations, to drop a command delivered twice.</summary>
    public const int RecentCommandsKept = 64;

    public static ProcessStep<TState, TCommand, TEvent, TEffect> Apply<TState, TCommand, TEvent, TEffect>(
        IProcess<TState, TCommand, TEvent, TEffect> process, string instanceId, ProcessRun<TState, TCommand> run,
        ProcessCommand<TCommand> command, DateTimeOffset now)
        where TState : class
        where TCommand : class
        where TEvent : class
        where TEffect : class
    {
        var none = new ProcessStep<TState, TCommand, TEvent, TEffect>(run, null, null, []);
        if (command.CommandId is { } seen && run.RecentCommandIds.Contains(seen)) return none;

        IReadOnlyList<TEvent> events;
        try
        {
            events = process.Decide(command.Command, run.State, now);
        }
        catch (CommandRejectedException e)
        {
            return command.CommandId is null
                ? none
                : none with { Rejection = new CommandRejection(instanceId, command.CommandId, e.Code, e.Message, now) };
        }

        var state = run.State;
        var version = run.Version;
        var timers = new List<DurableTimer<TCommand>>(run.Timers);
        var effects = new List<EffectDelivery<TEffect>>();
        foreach (var @event in events)
        {
            version++;
            state = process.Evolve(state, @event);
            var index = 0;
            foreach (var effect in process.Effects(state, @event))
            {
                var key = string.Create(CultureInfo.InvariantCulture, $"{process.Name}|{instanceId}|{version}|{index++}");
                effects.Add(new(effect, new EffectContext(process.Name, instanceId, key, Attempt: 1)));
            }
            timers.AddRange(process.Timers(state, @event));
        }
        timers.Sort((a, b) => a.DueAt.CompareTo(b.DueAt));

        var recent = command.CommandId is null
            ? run.RecentCommandIds
            : run.RecentCommandIds.Append(command.CommandId).TakeLast(RecentCommandsKept).ToArray();
        var next = new ProcessRun<TState, TCommand>(state, version, timers, recent);
        // A command that changes nothing is still recorded as applied, so that its sender stops waiting.
        var commit = events.Count > 0 || command.CommandId is not null
            ? new ProcessCommit<TState, TEvent>(instanceId, run.Version, version, state, process.StatusOf(state), events, command.CommandId, now)
            : null;
        return new(next, commit, null, effects);
    }

    /// <summary>The timers due by <paramref name="dueAt"/>, earliest first, and the run without them.</summary>
    public static (IReadOnlyList<DurableTimer<TCommand>> Due, ProcessRun<TState, TCommand> Remaining) TakeDue<TState, TCommand>(
        ProcessRun<TState, TCommand> run, DateTimeOffset dueAt)
        where TState : class
        where TCommand : class
    {
        var due = run.Timers.Where(t => t.DueAt <= dueAt).OrderBy(t => t.DueAt).ToArray();
        return (due, run with { Timers = run.Timers.Where(t => t.DueAt > dueAt).ToArray() });
    }
}

/// <param name="Run">What the next generation carries.</param>
/// <param name="Commit">The read model's change; null when nothing is to be written.</param>
/// <param name="Rejection">The refusal to record for the sender; null unless a command with an id was refused.</param>
public sealed record ProcessStep<TState, TCommand, TEvent, TEffect>(
    ProcessRun<TState, TCommand> Run,
    ProcessCommit<TState, TEvent>? Commit,
    CommandRejection? Rejection,
    IReadOnlyList<EffectDelivery<TEffect>> Effects)
    where TState : class
    where TCommand : class
    where TEvent : class
    where TEffect : class;
