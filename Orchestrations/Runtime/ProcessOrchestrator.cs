using Microsoft.DurableTask;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// One instance of a process as a Durable orchestration. Each generation takes one command (an external event, or the
/// timers that came due), asks the rules (<see cref="ProcessTransition"/>, with the context's clock), runs the activities
/// they name (one that records the command and tries its effects in order, then one per effect to retry, with backoff) and continues as new with the state it carries.
/// So a history holds one command's work, replays are short, and a new deployment meets a running instance only
/// between commands, where all it needs is the carried <see cref="ProcessRun{TState,TCommand}"/>.
/// </summary>
public sealed class ProcessOrchestrator<TState, TCommand, TEvent, TEffect>(IProcess<TState, TCommand, TEvent, TEffect> process)
    : TaskOrchestrator<ProcessRun<TState, TCommand>, TState>
    where TState : class
    where TCommand : class
    where TEvent : class
    where TEffect : class
{
    // Apply and Reject fail only when storage does (an effect's failure comes back as data); their writes are idempotent.
    private static readonly TaskOptions Recording = TaskOptions.FromRetryPolicy(EffectRetryPolicy.Durable);

    private readonly ProcessTaskNames _names = ProcessTaskNames.For(process.Name);

    public override async Task<TState> RunAsync(TaskOrchestrationContext context, ProcessRun<TState, TCommand> input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var run = input;
        if (run.First is { } first)
        {
            run = await ApplyAsync(context, run with { First = null, FirstAt = null }, first, run.FirstAt ?? Now(context));
        }
        else if (run.Timers.Count == 0)
        {
            var command = await context.WaitForExternalEvent<ProcessCommand<TCommand>>(_names.CommandEvent);
            run = await ApplyAsync(context, run, command, Now(context));
        }
        else
        {
            var dueAt = run.Timers[0].DueAt;
            var command = await NextCommandBeforeAsync(context, dueAt);
            if (command is not null)
            {
                run = await ApplyAsync(context, run, command, Now(context));
            }
            else
            {
                // A durable timer may fire a little early: wait out the rest, so no reminder goes out before its time.
                while (Now(context) < dueAt) await context.CreateTimer(dueAt.UtcDateTime, CancellationToken.None);
                var (due, rest) = ProcessTransition.TakeDue(run, dueAt);
                run = rest;
                foreach (var timer in due)
                {
                    run = await ApplyAsync(context, run, new ProcessCommand<TCommand>(null, timer.Command), Now(context));
                }
            }
        }

        if (process.IsFinished(run.State)) return run.State;
        context.ContinueAsNew(run, preserveUnprocessedEvents: true);
        return run.State;
    }

    /// <summary>The next command if one arrives before <paramref name="dueAt"/>; null when the timer wins.</summary>
    private async Task<ProcessCommand<TCommand>?> NextCommandBeforeAsync(TaskOrchestrationContext context, DateTimeOffset dueAt)
    {
        var wait = dueAt - Now(context);
        if (wait <= TimeSpan.Zero) return null;
        try
        {
            return await context.WaitForExternalEvent<ProcessCommand<TCommand>>(_names.CommandEvent, wait);
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    private async Task<ProcessRun<TState, TCommand>> ApplyAsync(TaskOrchestrationContext context, ProcessRun<TState, TCommand> run,
        ProcessCommand<TCommand> command, DateTimeOffset now)
    {
        var step = ProcessTransition.Apply(process, context.InstanceId, run, command, now);
        if (step.Rejection is { } rejection) await context.CallActivityAsync<bool>(_names.Reject, rejection, Recording);
        if (step.Commit is not { } commit) return step.Run;

        // One activity records the command and makes each effect's first try; what failed there is retried here, alone.
        var effects = step.Effects;
        var outcome = await context.CallActivityAsync<ApplyOutcome>(_names.Apply, new ProcessApply<TState, TEvent, TEffect>(commit, effects), Recording);
        if (outcome.StoppedAt >= effects.Count) return step.Run;
        var stopped = EffectRuns.Of(effects, outcome.StoppedAt).First();
        await Task.WhenAll(outcome.Failed.Select(i => DeliverAsync(context, effects[i], firstAttempt: 2)));
        foreach (var range in EffectRuns.Of(effects, stopped.End.Value))
        {
            await Task.WhenAll(effects.Take(range).Select(e => DeliverAsync(context, e, firstAttempt: 1)));
        }
        return step.Run;
    }

    /// <summary>Tries an effect from <paramref name="firstAttempt"/> on; a try after the first waits its backoff first.</summary>
    private async Task DeliverAsync(TaskOrchestrationContext context, EffectDelivery<TEffect> delivery, int firstAttempt)
    {
        for (var attempt = firstAttempt; ; attempt++)
        {
            if (attempt > 1) await context.CreateTimer(EffectRetryPolicy.DelayAfter(attempt - 1), CancellationToken.None);
            try
            {
                await context.CallActivityAsync<bool>(_names.Deliver, delivery with { Context = delivery.Context with { Attempt = attempt } });
                return;
            }
            catch (TaskFailedException) when (attempt < EffectRetryPolicy.MaxAttempts)
            {
                // The next turn of the loop waits, then tries again.
            }
            catch (TaskFailedException)
            {
                // The last try has recorded the message as undelivered, where officials see it; the process goes on.
                return;
            }
        }
    }

    private static DateTimeOffset Now(TaskOrchestrationContext context) => new(context.CurrentUtcDateTime, TimeSpan.Zero);
}
