namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// Carries out one effect. Called at least once per effect (an activity may run again after a crash or a failure):
/// implementations use <see cref="EffectContext.IdempotencyKey"/> so that a repeat changes nothing.
/// </summary>
public interface IEffectHandler<in TEffect> where TEffect : class
{
    Task HandleAsync(TEffect effect, EffectContext context, CancellationToken ct);
}

/// <param name="IdempotencyKey">Stable for the effect across every retry, unique across effects.</param>
/// <param name="Attempt">1 for the first try; the orchestration counts its retries.</param>
public sealed record EffectContext(string ProcessName, string InstanceId, string IdempotencyKey, int Attempt)
{
    /// <summary>A failure now is final: the orchestration will not try the effect again.</summary>
    public bool IsLastAttempt => Attempt >= EffectRetryPolicy.MaxAttempts;
}
