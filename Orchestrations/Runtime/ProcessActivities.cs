namespace Reopen.Orchestrations.Runtime;

/// <summary>Writes one command's change to the read model, then tells a sender waiting in this process.</summary>
public sealed class ProcessCommitActivity<TState, TEvent>(ProcessReadModel<TState, TEvent> readModel, CommandSignals signals)
    where TState : class
    where TEvent : class
{
    public async Task<bool> RunAsync(ProcessCommit<TState, TEvent> input)
    {
        await readModel.CommitAsync(input);
        if (input.CommandId is { } id) signals.Signal(input.InstanceId, id, input);
        return true;
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
