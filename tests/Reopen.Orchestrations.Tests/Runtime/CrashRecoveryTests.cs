using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Tests.Runtime.Sample;
using Reopen.TestSupport;
using Xunit.Sdk;

namespace Reopen.Orchestrations.Tests.Runtime;

/// <summary>The app may die between any two storage calls of a command: the retried command and the sweeps repair everything.</summary>
[Collection(RuntimeCollection.Name)]
public sealed class CrashRecoveryTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("submit")]
    [InlineData("approve")]
    [InlineData("final-approve")]
    public async Task Crash_between_any_two_storage_calls_loses_nothing_and_repeats_no_effect(string commandName)
    {
        var baseline = await RunAsync(commandName, survivingRequests: null);
        Assert.True(baseline.Retry.Duplicate);
        Assert.All(baseline.Deliveries.GroupBy(d => d.IdempotencyKey), sameKey => Assert.Single(sameKey));
        Assert.NotEmpty(baseline.Deliveries);

        for (var survivingRequests = 0; survivingRequests < baseline.Requests; survivingRequests++)
        {
            var crashed = await RunAsync(commandName, survivingRequests);
            try
            {
                Assert.Equal(survivingRequests, crashed.Requests);
                Assert.Equal(baseline.BeforeTimers.ToString(), crashed.BeforeTimers.ToString());
                Assert.Equal(baseline.Observed.ToString(), crashed.Observed.ToString());
                Assert.Empty(crashed.Observed.OutboxIndex);
                Assert.Equal(Keys(baseline.Deliveries), Keys(crashed.Deliveries));
                Assert.All(crashed.Deliveries.GroupBy(d => d.Effect), sameEffect => Assert.Single(sameEffect.Select(d => d.IdempotencyKey).Distinct()));
                Assert.All(crashed.Deliveries.GroupBy(d => d.IdempotencyKey), sameKey => Assert.Single(sameKey.Select(d => d.Effect).Distinct()));
            }
            catch (XunitException e)
            {
                throw new XunitException($"The app died after {survivingRequests} of {baseline.Requests} requests: {e.Message}");
            }
        }
    }

    [Fact]
    public async Task Storage_calls_per_command_are_one_read_one_timers_and_index_write_one_batch_and_one_acknowledgement()
    {
        var effects = new RecordingEffects();
        var app = await SampleApp.StartAsync(azurite, SampleApp.NewTablePrefix(), new ManualTime(Start), effects);

        // Timers and the outbox index row share one request.
        await app.Host.HandleAsync(SampleApp.Instance, new Submit("Noodle shop"), "submit-1");
        Assert.Equal(1 + 1 + 1 + 1, app.Requests.Count);

        app.Requests.Reset();
        await app.Host.HandleAsync(SampleApp.Instance, new AddNotes(["fire exit checked"]));
        Assert.Equal(1 + 1, app.Requests.Count);

        app.Requests.Reset();
        await app.Host.HandleAsync(SampleApp.Instance, new Approve(1, "chief"), "approve-1");
        Assert.Equal(1 + 1 + 1 + 1, app.Requests.Count);

        // Effects without timers: the index row is the write before the commit.
        app.Requests.Reset();
        await app.Host.HandleAsync(SampleApp.Instance, new Approve(2, "director"), "approve-2");
        Assert.Equal(1 + 1 + 1 + 1, app.Requests.Count);
    }

    private sealed record Run(Observed BeforeTimers, Observed Observed, IReadOnlyList<Delivery> Deliveries, long Requests, CommandResult<SampleState, SampleEvent> Retry);

    private async Task<Run> RunAsync(string commandName, int? survivingRequests)
    {
        var prefix = SampleApp.NewTablePrefix();
        var time = new ManualTime(Start);
        var effects = new RecordingEffects();
        var crash = new CrashPolicy();
        var app = await SampleApp.StartAsync(azurite, prefix, time, effects, crash);
        (SampleCommand command, string commandId) = commandName switch
        {
            "submit" => (new Submit("Noodle shop"), "submit-1"),
            "approve" => ((SampleCommand)new Approve(1, "chief"), "approve-1"),
            _ => (new Approve(2, "director"), "approve-2"),
        };
        if (commandName != "submit")
        {
            await app.Host.HandleAsync(SampleApp.Instance, new Submit("Noodle shop"), "submit-1");
            time.Now += TimeSpan.FromHours(1);
        }
        if (commandName == "final-approve")
        {
            await app.Host.HandleAsync(SampleApp.Instance, new Approve(1, "chief"), "approve-1");
            time.Now += TimeSpan.FromHours(1);
        }

        app.Requests.Reset();
        if (survivingRequests is { } n) crash.Arm(n);
        try
        {
            await app.Host.HandleAsync(SampleApp.Instance, command, commandId);
        }
        catch (SimulatedCrashException)
        {
        }
        var requests = app.Requests.Count;

        // The app restarts: the caller retries its command, then the sweeps run, now and when the reminders fall due.
        var restarted = await SampleApp.StartAsync(azurite, prefix, time, effects);
        var retry = await restarted.Host.HandleAsync(SampleApp.Instance, command, commandId);
        await restarted.Runtime.DispatchPendingOutboxAsync(time.Now + TimeSpan.FromMinutes(1));
        var beforeTimers = await Observed.ReadAsync(restarted);
        time.Now += TimeSpan.FromDays(3);
        await restarted.Runtime.FireDueTimersAsync(time.Now);
        await restarted.Runtime.DispatchPendingOutboxAsync(time.Now + TimeSpan.FromMinutes(1));

        return new(beforeTimers, await Observed.ReadAsync(restarted), effects.Deliveries, requests, retry);
    }

    private static string[] Keys(IEnumerable<Delivery> deliveries) =>
        [.. deliveries.Select(d => d.IdempotencyKey).Distinct().Order(StringComparer.Ordinal)];
}
