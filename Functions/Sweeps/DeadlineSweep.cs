using Reopen.Functions.Hosting.Timers;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Sweeps;

/// <summary>Hands every durable timer that is due (deadlines, reminders, escalations, look-backs) to its process.</summary>
public sealed class DeadlineSweep(ProcessRuntime runtime, TimeProvider time) : ITimerFunction
{
    public string Name => nameof(DeadlineSweep);

    public async Task<TimerResult> RunAsync(TimerInvocation invocation, CancellationToken ct)
    {
        var fired = await runtime.FireDueTimersAsync(time.GetUtcNow(), ct);
        return new TimerResult($"{fired} due timer(s) fired.", fired);
    }
}
