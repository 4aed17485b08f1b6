using Microsoft.DurableTask;

namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// How the orchestration retries an effect whose activity failed: on durable timers, 2 s doubling up to 5 min,
/// 8 tries in all (about 10 minutes). It counts the tries itself so that the last one knows it is the last.
/// </summary>
public static class EffectRetryPolicy
{
    public const int MaxAttempts = 8;

    private static readonly TimeSpan First = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(5);

    /// <summary>The same backoff as Durable's own retry policy, for the activities that only a storage fault can fail.</summary>
    public static RetryPolicy Durable { get; } = new(MaxAttempts, First, backoffCoefficient: 2, maxRetryInterval: Longest);

    /// <summary>The wait after failed try <paramref name="attempt"/> (1-based).</summary>
    public static TimeSpan DelayAfter(int attempt) =>
        TimeSpan.FromTicks(Math.Min(Longest.Ticks, First.Ticks * (1L << Math.Clamp(attempt - 1, 0, 20))));
}
