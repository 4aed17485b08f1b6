using Reopen.Functions.Hosting.Timers;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Sweeps;

/// <summary>Retries the effects (mail, SMS, permits) that were not acknowledged right after their commit.</summary>
public sealed class OutboxSweep(ProcessRuntime runtime, TimeProvider time) : ITimerFunction
{
    public string Name => nameof(OutboxSweep);

    public async Task<TimerResult> RunAsync(TimerInvocation invocation, CancellationToken ct)
    {
        var done = await runtime.DispatchPendingOutboxAsync(time.GetUtcNow(), ct);
        return new TimerResult($"{done} pending effect(s) dispatched.", done);
    }
}
