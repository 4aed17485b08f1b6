namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// Thrown by an effect handler when trying again cannot succeed (the other side refused the request for good):
/// the runtime dead-letters the effect at once instead of spending its attempts.
/// </summary>
public class EffectRejectedException(string message, Exception? innerException = null) : Exception(message, innerException);

/// <summary>Thrown by an effect handler when the other side asked to be tried later: the next try waits at least <see cref="RetryAfter"/>.</summary>
public class EffectDeferredException(string message, TimeSpan? retryAfter, Exception? innerException = null) : Exception(message, innerException)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
