using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Notifications;

/// <summary>
/// The provider is throttling (429), failing (5xx) or unreachable: the same message may go through later, so the
/// runtime tries again (not sooner than <see cref="EffectDeferredException.RetryAfter"/> when the provider said so).
/// Provider, status and field names only: never an address or a body.
/// </summary>
public sealed class TransientNotificationException(string provider, int? status, TimeSpan? retryAfter, Exception? innerException = null)
    : EffectDeferredException(Describe(provider, status, retryAfter), retryAfter, innerException)
{
    public string Provider { get; } = provider;

    /// <summary>The HTTP status of the last answer; null when no answer came.</summary>
    public int? Status { get; } = status;

    private static string Describe(string provider, int? status, TimeSpan? retryAfter) =>
        (status is { } s ? $"{provider} answered {s}; the message can be tried again" : $"{provider} could not be reached; the message can be tried again")
        + (retryAfter is { } wait ? $" after {wait.TotalSeconds:0} s." : ".");
}

/// <summary>
/// The provider refused this message for good (a 4xx other than 408/429: wrong key, bad sender, invalid recipient):
/// trying again would be refused again, so the runtime sets it aside at once. Provider, status and field names only.
/// </summary>
public sealed class PermanentNotificationException(string provider, int status, string reason)
    : EffectRejectedException($"{provider} refused the message ({status}): {reason}")
{
    public string Provider { get; } = provider;

    public int Status { get; } = status;

    /// <summary>Whether an HTTP status means "try again later" rather than "never".</summary>
    public static bool IsTransient(int status) => status is 408 or 429 or >= 500;
}
