namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// Thrown by an effect handler when trying again cannot succeed (the other side refused the request for good):
/// the orchestration sets the effect aside at once instead of spending its tries.
/// </summary>
public class EffectRejectedException(string message, Exception? innerException = null) : Exception(message, innerException);

/// <summary>Thrown by an effect handler when the other side asked to be tried later (throttled, failing, unreachable).</summary>
public class EffectDeferredException(string message, TimeSpan? retryAfter, Exception? innerException = null) : Exception(message, innerException)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
