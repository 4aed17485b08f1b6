using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Reopen.Functions.Hosting.Clients;

namespace Reopen.Functions.Filings;

/// <summary>
/// Slows down guessing of access codes: each client address may present a limited number of wrong codes per minute
/// (a fixed-window limiter per address); past that, every request with an access code is refused until the window ends,
/// right or wrong, so an answer never tells a guesser which code was right. Correct codes cost nothing.
/// </summary>
internal sealed class AccessCodeGuard : IDisposable
{
    private readonly PartitionedRateLimiter<string> _wrongCodes;

    public AccessCodeGuard(IOptions<FilingOptions> options)
    {
        var perMinute = Math.Max(1, options.Value.AccessCodeAttemptsPerMinute);
        _wrongCodes = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    public bool IsLockedOut(HttpContext context) => _wrongCodes.GetStatistics(ClientOf(context))?.CurrentAvailablePermits <= 0;

    public void RecordWrongCode(HttpContext context) => _wrongCodes.AttemptAcquire(ClientOf(context)).Dispose();

    public void Dispose() => _wrongCodes.Dispose();

    private static string ClientOf(HttpContext context) => ClientAddress.Of(context) ?? "unknown";
}
