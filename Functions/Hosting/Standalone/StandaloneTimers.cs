using Microsoft.Azure.Functions.Worker;
using NCrontab;
using Reopen.Functions.Hosting.Catalog;

namespace Reopen.Functions.Hosting.Standalone;

/// <summary>
/// Fires the timer functions on their schedules (NCRONTAB with seconds, UTC, as the Functions host reads them; a
/// schedule written <c>%Setting%</c> is that app setting), calling the function itself. Under the Functions host its
/// timer trigger does this instead (with a blob lease, so one instance fires); here each app instance fires, so the
/// functions keep their own once-only records.
/// </summary>
public sealed class StandaloneTimers(FunctionCatalog catalog, IServiceProvider services, IConfiguration configuration, TimeProvider time,
    ILogger<StandaloneTimers> logger) : BackgroundService
{
    private static readonly TimeSpan LongestDelay = TimeSpan.FromDays(1);

    private IReadOnlyList<(TimerFunction Function, CrontabSchedule Schedule, object Target)> _timers = [];
    private DateTimeOffset _startedAt;

    /// <summary>Schedules are resolved before the app serves, so that a missing or malformed one stops its start.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var targets = new FunctionTargets(services);
        _timers = catalog.Timers.Select(f => (f, Parse(f), targets.For(f.Method.DeclaringType!))).ToArray();
        _startedAt = time.GetUtcNow();
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_timers.Select(t => RunOnScheduleAsync(t.Function, t.Schedule, t.Target, stoppingToken)));

    private CrontabSchedule Parse(TimerFunction function)
    {
        var expression = function.Schedule is ['%', .. var name, '%']
            ? configuration[name] ?? throw new InvalidOperationException($"Timer function {function.Name} runs on the schedule in {name}, which is not set.")
            : function.Schedule;
        var schedule = CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            ?? throw new InvalidOperationException($"Timer function {function.Name}: \"{expression}\" is not an NCRONTAB schedule with seconds.");
        logger.LogInformation("Timer function {FunctionName} runs on {Schedule} (UTC)", function.Name, expression);
        return schedule;
    }

    private async Task RunOnScheduleAsync(TimerFunction function, CrontabSchedule schedule, object target, CancellationToken ct)
    {
        DateTime? last = null;
        // Counted from the start, not from whenever this loop first runs, so the first occurrence is never skipped.
        var from = _startedAt.UtcDateTime;
        while (!ct.IsCancellationRequested)
        {
            var next = DateTime.SpecifyKind(schedule.GetNextOccurrence(from), DateTimeKind.Utc);
            try
            {
                // A day at a time: a delay can be at most 49 days, and a schedule may be further away.
                for (var wait = new DateTimeOffset(next) - time.GetUtcNow(); wait > TimeSpan.Zero; wait = new DateTimeOffset(next) - time.GetUtcNow())
                    await Task.Delay(wait < LongestDelay ? wait : LongestDelay, time, ct).ConfigureAwait(false);
                var info = new TimerInfo { IsPastDue = false, ScheduleStatus = new ScheduleStatus { Last = last ?? default, Next = next, LastUpdated = time.GetUtcNow().UtcDateTime } };
                await ((Task)function.Method.Invoke(target, [info])!).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // As under the Functions host: a failed run is logged, and the next occurrence runs as usual.
                logger.LogError(e, "Timer function {FunctionName} failed", function.Name);
            }
            last = next;
            // A run longer than the interval skips the occurrences it overlapped, as the Functions host does.
            var now = time.GetUtcNow().UtcDateTime;
            from = now > next ? now : next;
        }
    }
}
