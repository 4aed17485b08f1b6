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

/// <summary>One command's work for one activity: its read-model change, then its effects, in order.</summary>
public sealed record ProcessApply<TState, TEvent, TEffect>(ProcessCommit<TState, TEvent> Commit, IReadOnlyList<EffectDelivery<TEffect>> Effects)
    where TState : class
    where TEvent : class
    where TEffect : class;

/// <summary>
/// How far the apply activity got: every effect before <paramref name="StoppedAt"/> is done; at it, the run of one kind it
/// was sending had the effects in <paramref name="Failed"/> fail their first try (the rest of that run is done); the
/// effects after that run were not tried. <paramref name="StoppedAt"/> is the count of effects when all are done.
/// </summary>
public sealed record ApplyOutcome(int StoppedAt, IReadOnlyList<int> Failed);

/// <summary>The names of a process's orchestration, its command event and its activities (Functions names: letters only).</summary>
public sealed record ProcessTaskNames(string Orchestrator, string CommandEvent, string Apply, string Reject, string Deliver)
{
    public static ProcessTaskNames For(string processName)
    {
        var pascal = char.ToUpperInvariant(processName[0]) + processName[1..];
        return new(pascal + "Orchestrator", "command", pascal + "Apply", pascal + "Reject", pascal + "Deliver");
    }
}

/// <summary>
/// Effects go out in order, except that a run of the same kind (the emails to a step's approvers) goes out together:
/// the runs, each as the range of its positions.
/// </summary>
public static class EffectRuns
{
    public static IEnumerable<Range> Of<TEffect>(IReadOnlyList<EffectDelivery<TEffect>> effects, int from = 0) where TEffect : class
    {
        for (var i = from; i < effects.Count;)
        {
            var kind = effects[i].Effect.GetType();
            var end = i + 1;
            while (end < effects.Count && effects[end].Effect.GetType() == kind) end++;
            yield return i..end;
            i = end;
        }
    }
}
