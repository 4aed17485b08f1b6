using NCrontab;

namespace Reopen.Functions.Hosting.Timers;

/// <summary>
/// Fires the timer functions on their function.json schedules (UTC) when no Functions host does:
/// under the host (custom handler) it stays idle. <c>Timers:{Name}:Schedule</c> overrides a schedule,
/// <c>Timers:LocalScheduler=false</c> turns it off.
/// </summary>
public sealed class LocalTimerScheduler(
    TimerExecutor executor,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<LocalTimerScheduler> logger) : BackgroundService
{
    public const string EnabledSetting = "Timers:LocalScheduler";

    public static string ScheduleSetting(string functionName) => $"Timers:{functionName}:Schedule";

    private IReadOnlyList<(string Name, CrontabSchedule Schedule)> _schedules = [];
    private DateTimeOffset _startedAt;

    /// <summary>Schedules are resolved here, not in the background, so that a missing or malformed one fails the app's start.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (CustomHandler.IsActive(configuration))
        {
            logger.LogInformation("Running as a custom handler: the Functions host triggers the timer functions");
        }
        else if (!configuration.GetValue(EnabledSetting, defaultValue: true))
        {
            logger.LogInformation("Local timer scheduler is off ({Setting} = false)", EnabledSetting);
        }
        else
        {
            _schedules = ResolveSchedules();
        }
        _startedAt = time.GetUtcNow();
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_schedules.Select(s => RunOnScheduleAsync(s.Name, s.Schedule, stoppingToken)));

    private List<(string Name, CrontabSchedule Schedule)> ResolveSchedules()
    {
        var fromFolders = FunctionFolders.ReadTimerSchedules(FunctionFolders.FindRoot(environment));
        var schedules = new List<(string, CrontabSchedule)>();
        foreach (var name in executor.Names)
        {
            var expression = configuration[ScheduleSetting(name)]
                ?? (fromFolders.TryGetValue(name, out var folderSchedule) ? folderSchedule : null)
                ?? throw new InvalidOperationException($"Timer function {name} has no {name}/{FunctionFolders.FunctionFile} with a timerTrigger schedule.");
            schedules.Add((name, CrontabSchedule.Parse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })));
            logger.LogInformation("Timer function {FunctionName} scheduled locally: {Schedule} (UTC)", name, expression);
        }
        return schedules;
    }

    private async Task RunOnScheduleAsync(string name, CrontabSchedule schedule, CancellationToken ct)
    {
        DateTimeOffset? last = null;
        // Counted from the start, not from whenever this loop first runs, so the first occurrence is never skipped.
        var from = _startedAt;
        while (!ct.IsCancellationRequested)
        {
            var next = new DateTimeOffset(DateTime.SpecifyKind(schedule.GetNextOccurrence(from.UtcDateTime), DateTimeKind.Utc));
            try
            {
                var wait = next - time.GetUtcNow();
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct).ConfigureAwait(false);
                var invocation = new TimerInvocation(Guid.NewGuid().ToString(), IsPastDue: false, new TimerScheduleStatus(last, next, time.GetUtcNow()));
                await executor.RunAsync(name, invocation, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            last = next;
            // A run longer than the interval skips the occurrences it overlapped, as the Functions host does.
            var now = time.GetUtcNow();
            from = now > next ? now : next;
        }
    }
}
