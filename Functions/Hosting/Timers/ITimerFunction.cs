namespace Reopen.Functions.Hosting.Timers;

/// <summary>
/// A timer-triggered function. In Azure the Functions host invokes it on the schedule in
/// <c>{Name}/function.json</c>; locally the in-process scheduler does, on the same schedule.
/// </summary>
public interface ITimerFunction
{
    /// <summary>The function name: the folder holding its function.json and the invocation path.</summary>
    string Name { get; }

    Task<TimerResult> RunAsync(TimerInvocation invocation, CancellationToken ct);
}

/// <summary>One run of a timer function, as the Functions host (or the local scheduler) describes it.</summary>
/// <param name="IsPastDue">The run is late, e.g. the app was down when it was due.</param>
/// <param name="ScheduleStatus">Known only with <c>useMonitor</c>.</param>
public sealed record TimerInvocation(string InvocationId, bool IsPastDue, TimerScheduleStatus? ScheduleStatus);

public sealed record TimerScheduleStatus(DateTimeOffset? Last, DateTimeOffset? Next, DateTimeOffset? LastUpdated);

/// <summary>What the run did, in one line for the host's log (no personal data).</summary>
/// <param name="Handled">How many items the run dealt with; a run that found nothing to do is logged at Debug only.</param>
public sealed record TimerResult(string Summary, int Handled);
