namespace Reopen.Functions.Hosting.Durable;

/// <summary>Waits for an instance's start to be processed: a start takes one pass of its worker, so the look is short and backs off.</summary>
internal static class StartPolling
{
    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(30);

    public static async Task UntilAsync(Func<Task<bool>> started, CancellationToken ct)
    {
        var giveUpAt = DateTime.UtcNow + GiveUp;
        for (var delay = First; !await started().ConfigureAwait(false); delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, Longest.Ticks)))
        {
            // No worker is taking the hub's work: say so rather than leave the sender waiting.
            if (DateTime.UtcNow > giveUpAt) throw new InvalidOperationException($"The orchestration's start was not processed within {GiveUp.TotalSeconds} s.");
            await Task.Delay(delay, ct).ConfigureAwait(false);
        }
    }
}
