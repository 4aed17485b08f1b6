using System.Globalization;
using Reopen.Orchestrations.Tests.Runtime.Sample;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Runtime;

[Collection(RuntimeCollection.Name)]
public sealed class ConcurrencyTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Two_hosts_racing_on_one_instance_lose_no_update()
    {
        var prefix = SampleApp.NewTablePrefix();
        var time = new ManualTime(Start);
        var effects = new RecordingEffects();
        var first = await SampleApp.StartAsync(azurite, prefix, time, effects);
        var second = await SampleApp.StartAsync(azurite, prefix, time, effects);

        var commands = Enumerable.Range(0, 50).Select(i =>
        {
            var app = i % 2 == 0 ? first : second;
            var note = i.ToString(CultureInfo.InvariantCulture);
            return Task.Run(() => app.Host.HandleAsync(SampleApp.Instance, new AddNotes([note]), "note-" + note));
        });
        var results = await Task.WhenAll(commands);

        Assert.All(results, result => Assert.False(result.Duplicate));
        Assert.Equal(Enumerable.Range(1, 50).Select(v => (long)v), results.Select(r => r.Version).Order());
        var snapshot = await first.Host.GetAsync(SampleApp.Instance);
        Assert.Equal(50, snapshot!.Version);
        Assert.Equal(
            Enumerable.Range(0, 50).Select(i => i.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal),
            snapshot.State.Notes.Order(StringComparer.Ordinal));
        var history = await second.Host.HistoryAsync(SampleApp.Instance);
        Assert.Equal(Enumerable.Range(1, 50).Select(v => (long)v), history.Select(e => e.Sequence));
        Assert.Equal(snapshot.State.Notes, history.Select(e => ((NoteAdded)e.Event).Text));
    }

    [Fact]
    public async Task Two_deadline_sweeps_at_once_apply_a_timer_command_only_once()
    {
        var prefix = SampleApp.NewTablePrefix();
        var time = new ManualTime(Start);
        var effects = new RecordingEffects();
        var first = await SampleApp.StartAsync(azurite, prefix, time, effects);
        var second = await SampleApp.StartAsync(azurite, prefix, time, effects);
        await first.Host.HandleAsync(SampleApp.Instance, new ScheduleNote("review due", Start.AddDays(1)));

        time.Now = Start.AddDays(1);
        await Task.WhenAll(
            Task.Run(() => first.Runtime.FireDueTimersAsync(time.Now)),
            Task.Run(() => second.Runtime.FireDueTimersAsync(time.Now)));

        var history = await first.Host.HistoryAsync(SampleApp.Instance);
        Assert.Equal(["NoteScheduled", "NoteAdded"], history.Select(e => e.Type));
        Assert.Empty((await Observed.ReadAsync(first)).Timers);
    }
}
