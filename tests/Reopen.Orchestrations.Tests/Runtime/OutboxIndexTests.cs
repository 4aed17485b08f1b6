using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Tests.Runtime.Sample;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Runtime;

/// <summary>The outbox sweep reaches pending effects through index rows, never by scanning the Processes table.</summary>
[Collection(RuntimeCollection.Name)]
public sealed class OutboxIndexTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2)]
    [InlineData(60)]
    public async Task Sweep_finds_a_pending_effect_through_the_index_with_requests_independent_of_history(int finishedInstances)
    {
        var log = new RequestLog();
        var effects = new RecordingEffects { Fails = (effect, context) => context.InstanceId == SampleApp.Instance && context.Attempt == 1 };
        var app = await SampleApp.StartAsync(azurite, SampleApp.NewTablePrefix(), new ManualTime(Start), effects, log);
        for (var i = 0; i < finishedInstances; i++)
            await app.Host.HandleAsync($"finished-{i}", new Submit("Bakery"));
        Assert.Equal(0, await app.Runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromMinutes(1)));
        await app.Host.HandleAsync(SampleApp.Instance, new Submit("Florist"));

        app.Requests.Reset();
        log.Clear();
        Assert.Equal(2, await app.Runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromMinutes(2)));

        // Index query, snapshot read, the instance's outbox query, then per effect a claim and a delete, then the index row's delete.
        Assert.Equal(1 + 1 + 1 + 2 * 2 + 1, app.Requests.Count);
        Assert.Equal(2, log.Filters.Count);
        Assert.All(log.Filters, filter => Assert.Contains("PartitionKey eq ", filter, StringComparison.Ordinal));
        Assert.Empty((await Observed.ReadAsync(app)).Outbox);
        Assert.Empty((await Observed.ReadAsync(app)).OutboxIndex);
    }

    [Fact]
    public async Task Index_row_is_removed_once_its_effects_are_delivered_and_not_before()
    {
        var effects = new RecordingEffects { Fails = (effect, context) => effect is NotifyApplicant && context.Attempt < 3 };
        var app = await SampleApp.StartAsync(azurite, SampleApp.NewTablePrefix(), new ManualTime(Start), effects);
        await app.Host.HandleAsync(SampleApp.Instance, new Submit("Florist"));

        Assert.Equal(0, await app.Runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromSeconds(16)));
        var waiting = await Observed.ReadAsync(app);
        Assert.Single(waiting.Outbox);
        Assert.Single(waiting.OutboxIndex);
        // Moved to the effect's next try (30 s after the second attempt), not left at its first due time.
        Assert.StartsWith("20260302090046", waiting.OutboxIndex[0], StringComparison.Ordinal);

        Assert.Equal(0, await app.Runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromSeconds(45)));
        Assert.Equal(1, await app.Runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromSeconds(46)));
        var done = await Observed.ReadAsync(app);
        Assert.Empty(done.Outbox);
        Assert.Empty(done.OutboxIndex);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Index_row_of_a_commit_that_never_landed_is_removed_and_the_instance_still_works(bool firstCommand)
    {
        var prefix = SampleApp.NewTablePrefix();
        var effects = new RecordingEffects();
        var crash = new CrashPolicy();
        var dying = await SampleApp.StartAsync(azurite, prefix, new ManualTime(Start), effects, crash);
        if (!firstCommand) await dying.Host.HandleAsync(SampleApp.Instance, new Submit("Florist"));
        var before = await Observed.ReadAsync(dying);
        crash.Arm(2); // read, timers and index row: dies before the commit
        SampleCommand command = firstCommand ? new Submit("Florist") : new Approve(1, "chief");
        await Assert.ThrowsAsync<SimulatedCrashException>(() => dying.Host.HandleAsync(SampleApp.Instance, command));

        var restarted = await SampleApp.StartAsync(azurite, prefix, new ManualTime(Start), effects);
        Assert.Equal(0, await restarted.Runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromMinutes(1)));
        var swept = await Observed.ReadAsync(restarted);
        Assert.Empty(swept.OutboxIndex);
        Assert.Equal(before.Snapshot, swept.Snapshot);
        Assert.Equal(before.History, swept.History);
        Assert.Equal(firstCommand ? 0 : 1, await CountAsync(restarted.Host.ListAsync()));

        var deliveredBefore = effects.Deliveries.Count;
        var result = await restarted.Host.HandleAsync(SampleApp.Instance, command);
        Assert.Equal(firstCommand ? 1 : 2, result.Version);
        Assert.Equal(firstCommand ? 2 : 1, effects.Deliveries.Count - deliveredBefore);
        Assert.Equal(1, await CountAsync(restarted.Host.ListAsync()));
    }

    [Fact]
    public async Task Commit_held_up_past_its_index_rows_due_time_is_fenced_off_then_retried_with_a_fresh_index_row()
    {
        var prefix = SampleApp.NewTablePrefix();
        var effects = new RecordingEffects();
        var gate = new GatePolicy();
        var stalled = await SampleApp.StartAsync(azurite, prefix, new ManualTime(Start), effects, gate);
        await stalled.Host.HandleAsync(SampleApp.Instance, new Submit("Florist"));
        gate.Arm(2); // read, timers and index row; the commit waits
        var command = stalled.Host.HandleAsync(SampleApp.Instance, new Approve(1, "chief"));
        await gate.Reached.WaitAsync(TimeSpan.FromSeconds(30));

        var sweeper = await SampleApp.StartAsync(azurite, prefix, new ManualTime(Start), effects);
        Assert.Equal(0, await sweeper.Runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromMinutes(1)));
        Assert.Empty((await Observed.ReadAsync(sweeper)).OutboxIndex);

        gate.Release();
        var result = await command;
        Assert.Equal(2, result.Version);
        Assert.Contains(effects.Deliveries, d => d.Effect == new EmailApprover(2, "Florist", Reminder: false));
        // The retried commit wrote its index row again; the next sweep finds it done and removes it.
        Assert.Single((await Observed.ReadAsync(sweeper)).OutboxIndex);
        Assert.Equal(0, await sweeper.Runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromMinutes(2)));
        Assert.Empty((await Observed.ReadAsync(sweeper)).OutboxIndex);
    }

    private static async Task<int> CountAsync<T>(IAsyncEnumerable<T> items)
    {
        var count = 0;
        await foreach (var _ in items) count++;
        return count;
    }
}
