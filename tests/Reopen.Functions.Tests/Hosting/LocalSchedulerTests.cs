using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Reopen.Functions.Hosting;
using Reopen.Functions.Hosting.Timers;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Hosting;

/// <summary>Without a Functions host the app fires its own timer functions, on the schedules in their function.json.</summary>
public sealed class LocalSchedulerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 5, TimeSpan.Zero);

    [Fact]
    public async Task Scheduler_fires_a_timer_function_at_the_next_occurrence_of_its_function_json_schedule()
    {
        // DeadlineSweep/function.json says every 15 seconds: from 08:00:05 the next run is 08:00:15.
        var probe = new RecordingTimerFunction("DeadlineSweep");
        var time = new FakeTimeProvider(Start);
        using var scheduler = Scheduler(probe, time, new());

        await scheduler.StartAsync(CancellationToken.None);
        var invocation = await AdvanceUntilFirstRun(probe, time, TimeSpan.FromSeconds(10));

        Assert.Equal(Start.AddSeconds(10), invocation.ScheduleStatus?.Next);
        Assert.False(invocation.IsPastDue);
        await scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Schedule_setting_overrides_the_function_json_schedule()
    {
        var probe = new RecordingTimerFunction("DeadlineSweep");
        var time = new FakeTimeProvider(Start);
        using var scheduler = Scheduler(probe, time, new() { [LocalTimerScheduler.ScheduleSetting("DeadlineSweep")] = "0 30 8 * * *" });

        await scheduler.StartAsync(CancellationToken.None);
        var invocation = await AdvanceUntilFirstRun(probe, time, TimeSpan.FromMinutes(30));

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero), invocation.ScheduleStatus?.Next);
        await scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Scheduler_stays_idle_when_the_functions_host_runs_the_app()
    {
        var probe = new RecordingTimerFunction("DeadlineSweep");
        using var scheduler = Scheduler(probe, new FakeTimeProvider(Start), new() { [CustomHandler.PortSetting] = "40123" });

        await scheduler.StartAsync(CancellationToken.None);

        // Nothing is scheduled, so the background work ends at once.
        await scheduler.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(probe.FirstRun.IsCompleted);
    }

    [Fact]
    public async Task Timer_function_without_a_schedule_fails_the_start()
    {
        var probe = new RecordingTimerFunction("NoFolder");
        using var scheduler = Scheduler(probe, new FakeTimeProvider(Start), new());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => scheduler.StartAsync(CancellationToken.None));

        Assert.Contains("NoFolder", error.Message);
    }

    [Fact]
    public async Task Running_app_fires_timer_functions_by_itself()
    {
        var probe = new RecordingTimerFunction("Probe");
        await using var app = await ReopenTestApp.StartAsync(azurite, o =>
        {
            o.LocalScheduler = true;
            o.Settings[LocalTimerScheduler.ScheduleSetting("Probe")] = "* * * * * *";
            o.ConfigureServices = s => s.AddSingleton<ITimerFunction>(probe);
        });

        var invocation = await probe.FirstRun.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(string.IsNullOrEmpty(invocation.InvocationId));
    }

    // The scheduler registers its delay on a background task, so time advances only once that delay is waiting.
    private static async Task<TimerInvocation> AdvanceUntilFirstRun(RecordingTimerFunction probe, FakeTimeProvider time, TimeSpan dueIn)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var advanced = TimeSpan.Zero;
        while (!probe.FirstRun.IsCompleted && DateTime.UtcNow < deadline)
        {
            if (advanced < dueIn)
            {
                var step = dueIn / 10;
                time.Advance(step);
                advanced += step;
            }
            await Task.WhenAny(probe.FirstRun, Task.Delay(20));
        }
        return await probe.FirstRun.WaitAsync(TimeSpan.FromSeconds(1));
    }

    private static LocalTimerScheduler Scheduler(ITimerFunction function, TimeProvider time, Dictionary<string, string?> settings) =>
        new(
            new TimerExecutor([function], NullLogger<TimerExecutor>.Instance),
            new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            new BuildOutputEnvironment(),
            time,
            NullLogger<LocalTimerScheduler>.Instance);

    /// <summary>The app's build output (host.json and function folders), copied beside the tests.</summary>
    private sealed class BuildOutputEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "Reopen.Functions";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
