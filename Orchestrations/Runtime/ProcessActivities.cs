using Microsoft.Extensions.Logging;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// Writes one command's change to the read model, tells a sender waiting in this process, then makes the first try of
/// each effect, in order (<see cref="EffectRuns"/>). One activity for the whole command, because each activity is a round
/// trip through the task hub's queues; an effect that fails here is handed back, and the orchestration retries it alone.
/// </summary>
public sealed class ProcessApplyActivity<TState, TEvent, TEffect>(
    ProcessReadModel<TState, TEvent> readModel, CommandSignals signals, IEffectHandler<TEffect> handler, ILogger logger)
    where TState : class
    where TEvent : class
    where TEffect : class
{
    public async Task<ApplyOutcome> RunAsync(ProcessApply<TState, TEvent, TEffect> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var commit = input.Commit;
        await readModel.CommitAsync(commit);
        if (commit.CommandId is { } id) signals.Signal(commit.InstanceId, id, commit);

        foreach (var run in EffectRuns.Of(input.Effects))
        {
            var (start, length) = run.GetOffsetAndLength(input.Effects.Count);
            var tried = await Task.WhenAll(Enumerable.Range(start, length).Select(async i => (Index: i, Done: await TryAsync(input.Effects[i]))));
            var failed = tried.Where(t => !t.Done).Select(t => t.Index).ToArray();
            if (failed.Length > 0) return new ApplyOutcome(start, failed);
        }
        return new ApplyOutcome(input.Effects.Count, []);
    }

    /// <summary>True when the effect is done, or refused for good (the handler has recorded that); false when it is to be tried again.</summary>
    private async Task<bool> TryAsync(EffectDelivery<TEffect> delivery)
    {
        try
        {
            await handler.HandleAsync(delivery.Effect, delivery.Context, CancellationToken.None);
            return true;
        }
        catch (EffectRejectedException)
        {
            return true;
        }
#pragma warning disable CA1031 // Any failure of a first try is retried by the orchestration, as a failed Deliver activity would be.
        catch (Exception e)
#pragma warning restore CA1031
        {
            // The key and the exception's type only: a provider's message may quote an address or a phone number.
            logger.LogWarning("Effect {Key} failed on try {Attempt} ({Error}); the orchestration tries it again.",
                delivery.Context.IdempotencyKey, delivery.Context.Attempt, e.GetType().Name);
            return false;
        }
    }
}

/// <summary>Records a refused command for its sender.</summary>
public sealed class ProcessRejectActivity<TState, TEvent>(ProcessReadModel<TState, TEvent> readModel, CommandSignals signals)
    where TState : class
    where TEvent : class
{
    public async Task<bool> RunAsync(CommandRejection input)
    {
        await readModel.RecordRejectionAsync(input);
        signals.Signal(input.InstanceId, input.CommandId, input);
        return true;
    }
}

/// <summary>
/// Carries out one effect. True when done; false when the other side refused it for good (the handler has recorded
/// that), so the orchestration does not try again. Any other failure fails the activity, and the orchestration retries.
/// </summary>
public sealed class ProcessDeliverActivity<TEffect>(IEffectHandler<TEffect> handler)
    where TEffect : class
{
    public async Task<bool> RunAsync(EffectDelivery<TEffect> input)
    {
        try
        {
            await handler.HandleAsync(input.Effect, input.Context, CancellationToken.None);
            return true;
        }
        catch (EffectRejectedException)
        {
            return false;
        }
    }
}
