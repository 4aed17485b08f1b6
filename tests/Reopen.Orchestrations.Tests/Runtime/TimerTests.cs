using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Tests.Runtime.Sample;
using Reopen.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Reopen.Orchestrations.Tests.Runtime;

[Collection(RuntimeCollection.Name)]
public sealed class TimerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Timer_set_before_a_restart_fires_at_its_due_time_in_the_new_app()
    {
        var prefix = SampleApp.NewTablePrefix();
        var time = new ManualTime(Start);
        var effects = new RecordingEffects();
        var before = await SampleApp.StartAsync(azurite, prefix, time, effects);
        await before.Host.HandleAsync(SampleApp.Instance, new Submit("Bakery"), "submit-1");
        effects.Clear();

        var after = await SampleApp.StartAsync(azurite, prefix, time, effects);
        time.Now = Start + SampleApproval.ReminderAfter - TimeSpan.FromSeconds(1);
        Assert.Equal(0, await after.Runtime.FireDueTimersAsync(time.Now));
        Assert.Single(await after.Host.HistoryAsync(SampleApp.Instance));

        time.Now = Start + SampleApproval.ReminderAfter;
        Assert.Equal(1, await after.Runtime.FireDueTimersAsync(time.Now));

        var history = await after.Host.HistoryAsync(SampleApp.Instance);
        Assert.Equal(new ReminderSent(1), history[^1].Event);
        Assert.StartsWith("t", history[^1].CommandId);
        Assert.Equal([new EmailApprover(1, "Bakery", Reminder: true)], effects.Deliveries.Select(d => d.Effect));
        Assert.Empty((await Observed.ReadAsync(after)).Timers);
    }

    [Fact]
    public async Task Timer_whose_step_has_moved_on_changes_nothing_and_is_removed()
    {
        var time = new ManualTime(Start);
        var effects = new RecordingEffects();
        var app = await SampleApp.StartAsync(azurite, SampleApp.NewTablePrefix(), time, effects);
        await app.Host.HandleAsync(SampleApp.Instance, new Submit("Bakery"), "submit-1");
        await app.Host.HandleAsync(SampleApp.Instance, new Approve(1, "chief"), "approve-1");
        await app.Host.HandleAsync(SampleApp.Instance, new Approve(2, "director"), "approve-2");
        var decided = await Observed.ReadAsync(app);
        Assert.Equal(2, decided.Timers.Count);
        effects.Clear();

        time.Now = Start + TimeSpan.FromDays(3);
        Assert.Equal(2, await app.Runtime.FireDueTimersAsync(time.Now));

        var swept = await Observed.ReadAsync(app);
        Assert.Equal(decided.Snapshot, swept.Snapshot);
        Assert.Equal(decided.History, swept.History);
        Assert.Empty(swept.Timers);
        Assert.Empty(effects.Deliveries);
    }

    [Fact]
    public async Task Timer_fired_by_a_sweep_that_died_before_removing_it_is_not_applied_again()
    {
        var prefix = SampleApp.NewTablePrefix();
        var time = new ManualTime(Start);
        var crash = new CrashPolicy();
        var dying = await SampleApp.StartAsync(azurite, prefix, time, new RecordingEffects(), crash);
        await dying.Host.HandleAsync(SampleApp.Instance, new ScheduleNote("review due", Start.AddDays(1)));
        time.Now = Start.AddDays(1);
        crash.Arm(3); // query timers, read snapshot, commit: dies before deleting the timer row
        await Assert.ThrowsAsync<SimulatedCrashException>(() => dying.Runtime.FireDueTimersAsync(time.Now));

        var restarted = await SampleApp.StartAsync(azurite, prefix, time, new RecordingEffects());
        Assert.Equal(1, await restarted.Runtime.FireDueTimersAsync(time.Now));

        Assert.Equal(["NoteScheduled", "NoteAdded"], (await restarted.Host.HistoryAsync(SampleApp.Instance)).Select(e => e.Type));
        Assert.Empty((await Observed.ReadAsync(restarted)).Timers);
    }

    [Fact]
    public async Task Timer_of_an_unknown_process_is_left_in_place()
    {
        var prefix = SampleApp.NewTablePrefix();
        var time = new ManualTime(Start);
        var app = await SampleApp.StartAsync(azurite, prefix, time, new RecordingEffects());
        await app.Host.HandleAsync(SampleApp.Instance, new Submit("Bakery"));
        var withoutProcess = new ProcessRuntime(app.Store, [], time, NullLogger<ProcessRuntime>.Instance);

        Assert.Equal(0, await withoutProcess.FireDueTimersAsync(Start + TimeSpan.FromDays(3)));

        Assert.Single((await Observed.ReadAsync(app)).Timers);
        Assert.Single(await app.Host.HistoryAsync(SampleApp.Instance));
    }
}
