namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// Carries out one effect from the outbox. Called at least once per effect: implementations must use
/// <see cref="EffectContext.IdempotencyKey"/> so that a repeat changes nothing.
/// </summary>
public interface IEffectHandler<in TEffect> where TEffect : class
{
    Task HandleAsync(TEffect effect, EffectContext context, CancellationToken ct);
}

/// <param name="IdempotencyKey">Stable for the effect across every retry, unique across effects.</param>
public sealed record EffectContext(string ProcessName, string InstanceId, string IdempotencyKey, int Attempt)
{
    /// <summary>A failure now is final: the runtime dead-letters the effect instead of trying it again.</summary>
    public bool IsLastAttempt => Attempt >= OutboxRows.MaxAttempts;
}
