using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Tests.Runtime.Sample;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Runtime;

/// <summary>Work that keeps failing is tried less and less often, then set aside where an operator can list it.</summary>
[Collection(RuntimeCollection.Name)]
public sealed class DeadLetterTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Failing_timer_backs_off_then_is_dead_lettered_after_ten_attempts_with_one_warning()
    {
        var time = new ManualTime(Start);
        var app = await SampleApp.StartAsync(azurite, SampleApp.NewTablePrefix(), time, new RecordingEffects());
        await app.Host.HandleAsync(SampleApp.Instance, new Submit("Bakery"));
        // A timer whose command can no longer be read: firing it throws every time.
        await app.Store.Timers.UpsertEntityAsync(TimerRows.Create(app.Host.Name, SampleApp.Instance, "t-broken", Start, "Remind", "{\"$type\":\"gone\"}"));
        var log = new ListLogger<ProcessRuntime>();
        var runtime = new ProcessRuntime(app.Store, [app.Host], time, log);

        var delays = new List<TimeSpan>();
        var now = Start;
        for (var attempt = 1; attempt < TimerRows.MaxAttempts; attempt++)
        {
            Assert.Equal(0, await runtime.FireDueTimersAsync(now));
            var nextTry = (await BrokenTimerAsync(app))!.GetDateTimeOffset("NextTryAt")!.Value;
            delays.Add(nextTry - now);
            // Before its next try the sweep leaves it alone.
            Assert.Equal(0, await runtime.FireDueTimersAsync(nextTry - TimeSpan.FromSeconds(1)));
            Assert.Equal(attempt, (await BrokenTimerAsync(app))!.GetInt32("Attempts"));
            now = nextTry;
        }
        Assert.Equal(0, await runtime.FireDueTimersAsync(now));

        Assert.Equal([15, 30, 60, 120, 240, 480, 960, 1920, 3600], delays.Select(d => (int)d.TotalSeconds));
        Assert.Null(await BrokenTimerAsync(app));
        var dead = Assert.Single(await ListAsync(runtime.DeadLettersAsync()));
        Assert.Equal(new DeadLetter(DeadLetterKind.Timer, app.Host.Name, SampleApp.Instance, "t-broken", "Remind", TimerRows.MaxAttempts, now), dead);
        Assert.Single(log.Lines, line => line.EventId == 14 && line.Level == LogLevel.Warning);
        Assert.DoesNotContain(log.Lines, line => line.Level >= LogLevel.Error);
        Assert.Equal(0, await runtime.FireDueTimersAsync(now + TimeSpan.FromDays(1)));
    }

    [Fact]
    public async Task Failing_effect_is_dead_lettered_after_twenty_attempts_and_no_longer_tried()
    {
        var tries = 0;
        var effects = new RecordingEffects { Fails = (effect, _) => effect is NotifyApplicant && Interlocked.Increment(ref tries) > 0 };
        var time = new ManualTime(Start);
        var app = await SampleApp.StartAsync(azurite, SampleApp.NewTablePrefix(), time, effects);
        var log = new ListLogger<ProcessRuntime>();
        var runtime = new ProcessRuntime(app.Store, [app.Host], time, log);
        await app.Host.HandleAsync(SampleApp.Instance, new Submit("Florist"));

        for (var hour = 1; hour <= OutboxRows.MaxAttempts + 5; hour++)
            Assert.Equal(0, await runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromHours(hour)));

        Assert.Equal(OutboxRows.MaxAttempts, tries);
        var observed = await Observed.ReadAsync(app);
        Assert.Equal([$"{app.Host.Name}|{SampleApp.Instance} o-000000000001-001 dead"], observed.Outbox);
        Assert.Empty(observed.OutboxIndex);
        var dead = Assert.Single(await ListAsync(runtime.DeadLettersAsync()));
        Assert.Equal((DeadLetterKind.Effect, SampleApp.Instance, "o-000000000001-001", "NotifyApplicant", OutboxRows.MaxAttempts),
            (dead.Kind, dead.InstanceId, dead.Id, dead.Type, dead.Attempts));
        Assert.Single(log.Lines, line => line.EventId == 15 && line.Level == LogLevel.Warning);

        // A later command's effects still go out; the dead one stays set aside.
        await app.Host.HandleAsync(SampleApp.Instance, new Approve(1, "chief"));
        Assert.Equal(0, await runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromDays(2)));
        Assert.Equal(OutboxRows.MaxAttempts, tries);
        Assert.Empty((await Observed.ReadAsync(app)).OutboxIndex);
    }

    [Fact]
    public async Task Effect_refused_for_good_is_dead_lettered_on_its_first_failure()
    {
        var tries = 0;
        var effects = new RecordingEffects
        {
            Fails = (effect, _) => effect is NotifyApplicant && Interlocked.Increment(ref tries) > 0,
            Failure = () => new EffectRejectedException("The provider refused the message."),
        };
        var time = new ManualTime(Start);
        var app = await SampleApp.StartAsync(azurite, SampleApp.NewTablePrefix(), time, effects);
        var runtime = new ProcessRuntime(app.Store, [app.Host], time, new ListLogger<ProcessRuntime>());
        await app.Host.HandleAsync(SampleApp.Instance, new Submit("Florist"));

        Assert.Equal(0, await runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromHours(2)));

        Assert.Equal(1, tries);
        var dead = Assert.Single(await ListAsync(runtime.DeadLettersAsync()));
        Assert.Equal((DeadLetterKind.Effect, "NotifyApplicant", 1, Start), (dead.Kind, dead.Type, dead.Attempts, dead.DeadAt));
    }

    [Fact]
    public async Task Effect_asked_to_wait_is_not_tried_before_its_retry_after()
    {
        var tries = 0;
        var effects = new RecordingEffects
        {
            Fails = (effect, _) => effect is NotifyApplicant && Interlocked.Increment(ref tries) == 1,
            Failure = () => new EffectDeferredException("Throttled.", TimeSpan.FromMinutes(5)),
        };
        var time = new ManualTime(Start);
        var app = await SampleApp.StartAsync(azurite, SampleApp.NewTablePrefix(), time, effects);
        var runtime = new ProcessRuntime(app.Store, [app.Host], time, new ListLogger<ProcessRuntime>());
        await app.Host.HandleAsync(SampleApp.Instance, new Submit("Florist"));

        // The plain backoff would try again after 15 s; the provider asked for 5 minutes.
        Assert.Equal(0, await runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromMinutes(4)));
        Assert.Equal(1, tries);
        Assert.Equal(1, await runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromMinutes(5)));

        Assert.Equal(2, tries);
        Assert.Empty(await ListAsync(runtime.DeadLettersAsync()));
    }

    private static Task<TableEntity?> BrokenTimerAsync(SampleApp app) =>
        FirstAsync(app.Store.Timers.QueryAsync<TableEntity>($"PartitionKey eq 'due' and TimerId eq 't-broken'"));

    private static async Task<TableEntity?> FirstAsync(IAsyncEnumerable<TableEntity> rows)
    {
        await foreach (var row in rows) return row;
        return null;
    }

    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }
}
