using Reopen.Functions.Hosting.Timers;

namespace Reopen.Functions.Tests.Hosting;

/// <summary>A timer function that remembers how it was invoked, or fails when told to.</summary>
public sealed class RecordingTimerFunction(string name, Exception? failure = null) : ITimerFunction
{
    private readonly TaskCompletionSource<TimerInvocation> _firstRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name { get; } = name;

    public Task<TimerInvocation> FirstRun => _firstRun.Task;

    public Task<TimerResult> RunAsync(TimerInvocation invocation, CancellationToken ct)
    {
        _firstRun.TrySetResult(invocation);
        if (failure is not null) throw failure;
        return Task.FromResult(new TimerResult("recorded", 1));
    }
}
