using Azure.Data.Tables;
using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Tests.Runtime.Sample;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Runtime;

[Collection(RuntimeCollection.Name)]
public sealed class CommandTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly ManualTime time = new(Start);
    private readonly RecordingEffects effects = new();

    [Fact]
    public async Task Rejected_command_on_a_new_instance_writes_nothing()
    {
        var app = await StartAsync();

        var rejected = await Assert.ThrowsAsync<CommandRejectedException>(
            () => app.Host.HandleAsync(SampleApp.Instance, new Approve(1, "chief"), "approve-1"));

        Assert.Equal("step-not-open", rejected.Code);
        Assert.Null(await app.Host.GetAsync(SampleApp.Instance));
        Assert.Empty(await RowsAsync(app));
        Assert.Empty((await Observed.ReadAsync(app)).Timers);
        Assert.Empty(effects.Deliveries);
    }

    [Fact]
    public async Task Rejected_command_leaves_the_instance_as_it_was_and_its_id_unused()
    {
        var app = await StartAsync();
        await app.Host.HandleAsync(SampleApp.Instance, new Submit("Barber"), "submit-1");
        var before = await Observed.ReadAsync(app);
        var rowsBefore = await RowsAsync(app);

        await Assert.ThrowsAsync<CommandRejectedException>(() => app.Host.HandleAsync(SampleApp.Instance, new Approve(2, "director"), "decision-1"));

        Assert.Equal(before.ToString(), (await Observed.ReadAsync(app)).ToString());
        Assert.Equal(rowsBefore, await RowsAsync(app));
        var later = await app.Host.HandleAsync(SampleApp.Instance, new Approve(1, "chief"), "decision-1");
        Assert.False(later.Duplicate);
    }

    [Fact]
    public async Task Same_command_id_twice_is_applied_once_and_reported_duplicate()
    {
        var app = await StartAsync();
        await app.Host.HandleAsync(SampleApp.Instance, new Submit("Barber"), "submit-1");
        var first = await app.Host.HandleAsync(SampleApp.Instance, new AddNotes(["sink repaired"]), "note-1");

        var again = await app.Host.HandleAsync(SampleApp.Instance, new AddNotes(["sink repaired"]), "note-1");
        var resubmitted = await app.Host.HandleAsync(SampleApp.Instance, new Submit("Barber"), "submit-1");

        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.True(resubmitted.Duplicate);
        Assert.Empty(again.NewEvents);
        Assert.Equal(2, again.Version);
        Assert.Equal(ProcessJson.Serialize(first.State), ProcessJson.Serialize(again.State));
        Assert.Equal(["Submitted", "NoteAdded"], (await app.Host.HistoryAsync(SampleApp.Instance)).Select(e => e.Type));
        await Assert.ThrowsAsync<CommandRejectedException>(() => app.Host.HandleAsync(SampleApp.Instance, new Submit("Barber"), "submit-2"));
    }

    [Fact]
    public async Task History_lists_every_event_in_order_with_time_type_and_command_id()
    {
        var app = await StartAsync();
        await app.Host.HandleAsync(SampleApp.Instance, new Submit("Barber"), "submit-1");
        time.Now = Start + TimeSpan.FromHours(2);
        await app.Host.HandleAsync(SampleApp.Instance, new Approve(1, "chief"));
        time.Now = Start + TimeSpan.FromHours(5);
        await app.Host.HandleAsync(SampleApp.Instance, new Approve(2, "director"), "approve-2");

        var history = await app.Host.HistoryAsync(SampleApp.Instance);

        Assert.Equal(
            [
                new RecordedEvent<SampleEvent>(1, Start, "Submitted", new Submitted("Barber", Start), "submit-1"),
                new RecordedEvent<SampleEvent>(2, Start.AddHours(2), "StepApproved", new StepApproved(1, "chief", Start.AddHours(2)), null),
                new RecordedEvent<SampleEvent>(3, Start.AddHours(5), "StepApproved", new StepApproved(2, "director", Start.AddHours(5)), "approve-2"),
                new RecordedEvent<SampleEvent>(4, Start.AddHours(5), "Approved", new Approved(), "approve-2"),
            ],
            history);
        var snapshot = await app.Host.GetAsync(SampleApp.Instance);
        Assert.Equal((4L, "approved", Start.AddHours(5)), (snapshot!.Version, snapshot.Status, snapshot.UpdatedAt));
    }

    [Fact]
    public async Task List_by_status_returns_exactly_the_instances_in_that_status()
    {
        var app = await StartAsync();
        foreach (var id in new[] { "f-1", "f-2", "f-3", "f-4" })
            await app.Host.HandleAsync(id, new Submit("Shop " + id));
        await app.Host.HandleAsync("f-2", new Reject(1, "incomplete"));
        await app.Host.HandleAsync("f-3", new Approve(1, "chief"));
        await app.Host.HandleAsync("f-3", new Approve(2, "director"));

        Assert.Equal(["f-1", "f-4"], await IdsAsync(app.Host.ListAsync("pending")));
        Assert.Equal(["f-2"], await IdsAsync(app.Host.ListAsync("rejected")));
        Assert.Equal(["f-3"], await IdsAsync(app.Host.ListAsync("approved")));
        Assert.Equal(["f-1", "f-2", "f-3", "f-4"], await IdsAsync(app.Host.ListAsync()));
        Assert.Empty(await IdsAsync(app.Host.ListAsync("it's-unknown")));
    }

    [Fact]
    public async Task State_larger_than_64_KB_round_trips_through_storage()
    {
        var app = await StartAsync();
        string[] notes = [new string('检', 40_000), string.Concat(Enumerable.Repeat("查😀", 15_000))];
        await app.Host.HandleAsync(SampleApp.Instance, new AddNotes(notes));
        await app.Host.HandleAsync(SampleApp.Instance, new AddNotes(["short"]));

        var restarted = await StartAsync(app);
        var snapshot = await restarted.Host.GetAsync(SampleApp.Instance);
        Assert.True(ProcessJson.Serialize(snapshot!.State).Length > 64 * 1024);
        Assert.Equal([.. notes, "short"], snapshot.State.Notes);
        Assert.Equal([.. notes, "short"], (await restarted.Host.HistoryAsync(SampleApp.Instance)).Select(e => ((NoteAdded)e.Event).Text));
    }

    [Fact]
    public async Task Command_needing_more_than_100_rows_is_refused_and_writes_nothing()
    {
        var app = await StartAsync();
        var fits = Enumerable.Range(0, 99).Select(i => "n" + i).ToArray();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => app.Host.HandleAsync(SampleApp.Instance, new AddNotes([.. fits, "one too many"])));
        Assert.Contains("at most 100", refused.Message);
        Assert.Null(await app.Host.GetAsync(SampleApp.Instance));

        var accepted = await app.Host.HandleAsync(SampleApp.Instance, new AddNotes(fits));
        Assert.Equal(99, accepted.Version);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a|b")]
    [InlineData("a'b")]
    [InlineData("")]
    public async Task Instance_id_that_cannot_be_a_key_is_refused(string instanceId)
    {
        var app = await StartAsync();
        await Assert.ThrowsAnyAsync<ArgumentException>(() => app.Host.HandleAsync(instanceId, new Submit("Barber")));
    }

    private Task<SampleApp> StartAsync(SampleApp? sameTablesAs = null) =>
        SampleApp.StartAsync(azurite, sameTablesAs?.Prefix ?? SampleApp.NewTablePrefix(), time, effects);

    private static async Task<List<string>> RowsAsync(SampleApp app)
    {
        var rows = new List<string>();
        await foreach (var row in app.Store.Processes.QueryAsync<TableEntity>()) rows.Add($"{row.PartitionKey} {row.RowKey} {row.ETag}");
        return rows;
    }

    private static async Task<List<string>> IdsAsync(IAsyncEnumerable<ProcessSnapshot<SampleState>> snapshots)
    {
        var ids = new List<string>();
        await foreach (var snapshot in snapshots) ids.Add(snapshot.InstanceId);
        return ids;
    }
}
