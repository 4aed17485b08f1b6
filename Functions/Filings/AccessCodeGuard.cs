using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Reopen.Functions.Hosting.Clients;

namespace Reopen.Functions.Filings;

/// <summary>
/// Slows down one address guessing access codes across filings: each client address (see <see cref="ClientAddress"/>) may
/// present a limited number of wrong codes per minute to this app instance (a fixed-window limiter per address); past that,
/// every request with an access code from it is refused until the window ends, right or wrong. Correct codes cost nothing.
/// The per-filing budget (<see cref="AccessCodeBudget"/>) is the limit that holds across instances and addresses.
/// </summary>
internal sealed class AccessCodeGuard : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<string> _wrongCodes;

    public AccessCodeGuard(IOptions<FilingOptions> options)
    {
        var perMinute = Math.Max(1, options.Value.AccessCodeAttemptsPerMinute);
        _wrongCodes = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = Window, QueueLimit = 0 }));
    }

    /// <summary>How long the client must wait while it is locked out; null while it may present codes.</summary>
    public TimeSpan? LockedOutFor(HttpContext context)
    {
        // Zero permits asks whether one is left without taking it.
        using var lease = _wrongCodes.AttemptAcquire(ClientOf(context), 0);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
    }

    public void RecordWrongCode(HttpContext context) => _wrongCodes.AttemptAcquire(ClientOf(context)).Dispose();

    public void Dispose() => _wrongCodes.Dispose();

    private static string ClientOf(HttpContext context) => ClientAddress.Of(context) ?? "unknown";
}
