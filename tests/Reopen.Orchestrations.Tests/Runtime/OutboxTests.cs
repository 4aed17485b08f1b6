using Reopen.Orchestrations.Tests.Runtime.Sample;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Runtime;

[Collection(RuntimeCollection.Name)]
public sealed class OutboxTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private const string ApplicantNoticeKey = "sample-approval|case-1|1|1";

    [Fact]
    public async Task Effects_are_delivered_right_after_commit_once_each_under_stable_keys()
    {
        var effects = new RecordingEffects();
        var app = await SampleApp.StartAsync(azurite, SampleApp.NewTablePrefix(), new ManualTime(Start), effects);

        await app.Host.HandleAsync(SampleApp.Instance, new Submit("Florist"));

        Assert.Equal(
            [
                new Delivery("sample-approval|case-1|1|0", new EmailApprover(1, "Florist", Reminder: false), 1),
                new Delivery(ApplicantNoticeKey, new NotifyApplicant("received"), 1),
            ],
            effects.Deliveries);
        Assert.Empty((await Observed.ReadAsync(app)).Outbox);
        Assert.Equal(0, await app.Runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task Effect_whose_handler_failed_is_redelivered_by_the_sweep_after_the_backoff()
    {
        var effects = new RecordingEffects { Fails = (effect, context) => effect is NotifyApplicant && context.Attempt == 1 };
        var app = await SampleApp.StartAsync(azurite, SampleApp.NewTablePrefix(), new ManualTime(Start), effects);

        await app.Host.HandleAsync(SampleApp.Instance, new Submit("Florist"));
        Assert.Equal([new EmailApprover(1, "Florist", Reminder: false)], effects.Deliveries.Select(d => d.Effect));
        Assert.Single((await Observed.ReadAsync(app)).Outbox);

        Assert.Equal(0, await app.Runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromSeconds(5)));
        Assert.Equal(1, await app.Runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromSeconds(16)));
        Assert.Equal(0, await app.Runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromHours(1)));

        Assert.Equal(new Delivery(ApplicantNoticeKey, new NotifyApplicant("received"), 2), effects.Deliveries[^1]);
        Assert.Equal(2, effects.Deliveries.Count);
        Assert.Empty((await Observed.ReadAsync(app)).Outbox);
    }

    [Fact]
    public async Task Effect_leased_to_a_dead_app_waits_for_the_lease_then_the_sweep_delivers_it()
    {
        var prefix = SampleApp.NewTablePrefix();
        var effects = new RecordingEffects();
        var crash = new CrashPolicy();
        var dying = await SampleApp.StartAsync(azurite, prefix, new ManualTime(Start), effects, crash);
        crash.Arm(3); // read, timer, batch: the app dies before it can acknowledge the effects
        await dying.Host.HandleAsync(SampleApp.Instance, new Submit("Florist"));
        Assert.Equal(2, effects.Deliveries.Count); // both handled, neither acknowledged

        var restarted = await SampleApp.StartAsync(azurite, prefix, new ManualTime(Start), effects);
        Assert.Equal(0, await restarted.Runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromSeconds(10)));
        Assert.Equal(2, await restarted.Runtime.DispatchPendingOutboxAsync(Start + TimeSpan.FromSeconds(31)));

        Assert.Equal(
            ["sample-approval|case-1|1|0 1", "sample-approval|case-1|1|0 2", ApplicantNoticeKey + " 1", ApplicantNoticeKey + " 2"],
            effects.Deliveries.Select(d => $"{d.IdempotencyKey} {d.Attempt}").Order(StringComparer.Ordinal));
        Assert.Empty((await Observed.ReadAsync(restarted)).Outbox);
    }
}
