using Reopen.Orchestrations.Runtime;

namespace Reopen.Orchestrations.Tests.Runtime;

/// <summary>What the orchestration does with one command, over a small door: it opens (rings, and closes itself later) and closes.</summary>
public sealed class ProcessTransitionSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly Door Process = new();

    private static ProcessRun<DoorState, DoorCommand> Closed => new(new DoorState(false), 0, [], []);

    private static ProcessStep<DoorState, DoorCommand, DoorEvent, string> When(ProcessRun<DoorState, DoorCommand> given, DoorCommand command, string? id) =>
        ProcessTransition.Apply(Process, "d1", given, new ProcessCommand<DoorCommand>(id, command), Now);

    [Fact]
    public void A_command_that_happens_is_committed_with_its_effects_keyed_by_version_and_its_timers_carried()
    {
        var step = When(Closed, new OpenDoor(), "c1");

        Assert.Equal([new Opened()], step.Commit!.Events);
        Assert.Equal((0L, 1L, "open", "c1", Now), (step.Commit.FromVersion, step.Commit.Version, step.Commit.Status, step.Commit.CommandId, step.Commit.At));
        Assert.Equal(["door|d1|1|0"], step.Effects.Select(e => e.Context.IdempotencyKey));
        Assert.Equal("bell", Assert.Single(step.Effects).Effect);
        Assert.Equal(1, step.Effects[0].Context.Attempt);
        Assert.Equal(new DurableTimer<DoorCommand>(Now.AddSeconds(10), new CloseDoor()), Assert.Single(step.Run.Timers));
        Assert.Equal((true, 1L), (step.Run.State.IsOpen, step.Run.Version));
        Assert.Equal(["c1"], step.Run.RecentCommandIds);
        Assert.Null(step.Rejection);
    }

    [Fact]
    public void The_same_command_id_delivered_again_changes_nothing()
    {
        var opened = When(Closed, new OpenDoor(), "c1").Run;

        // Closed again by hand, so that a second Open would happen if its id were not known.
        var given = opened with { State = new DoorState(false) };
        var again = When(given, new OpenDoor(), "c1");

        Assert.Same(given, again.Run);
        Assert.Null(again.Commit);
        Assert.Empty(again.Effects);
    }

    [Fact]
    public void A_refused_command_with_an_id_is_recorded_for_its_sender_and_leaves_the_run_as_it_was()
    {
        var opened = When(Closed, new OpenDoor(), "c1").Run;

        var step = When(opened, new OpenDoor(), "c2");

        Assert.Equal(("already-open", "c2", "d1"), (step.Rejection!.Code, step.Rejection.CommandId, step.Rejection.InstanceId));
        Assert.Same(opened, step.Run);
        Assert.Null(step.Commit);
        Assert.Empty(step.Effects);
    }

    [Fact]
    public void A_refused_timer_command_has_nobody_to_tell()
    {
        var step = When(When(Closed, new OpenDoor(), "c1").Run, new OpenDoor(), id: null);

        Assert.Null(step.Rejection);
        Assert.Null(step.Commit);
    }

    [Fact]
    public void A_command_that_changes_nothing_is_still_recorded_as_applied_so_its_sender_stops_waiting()
    {
        var step = When(Closed, new CloseDoor(), "c1");

        Assert.Empty(step.Commit!.Events);
        Assert.Equal((0L, 0L, "c1"), (step.Commit.FromVersion, step.Commit.Version, step.Commit.CommandId));
        Assert.Contains("c1", step.Run.RecentCommandIds);
    }

    [Fact]
    public void A_timer_that_changes_nothing_writes_nothing()
    {
        Assert.Null(When(Closed, new CloseDoor(), id: null).Commit);
    }

    [Fact]
    public void Due_timers_come_out_earliest_first_and_later_ones_stay()
    {
        var run = Closed with
        {
            Timers = [new(Now.AddSeconds(30), new CloseDoor()), new(Now.AddSeconds(5), new OpenDoor()), new(Now.AddSeconds(10), new CloseDoor())],
        };

        var (due, remaining) = ProcessTransition.TakeDue(run, Now.AddSeconds(10));

        Assert.Equal([Now.AddSeconds(5), Now.AddSeconds(10)], due.Select(t => t.DueAt));
        Assert.Equal([Now.AddSeconds(30)], remaining.Timers.Select(t => t.DueAt));
    }

    [Fact]
    public void Only_the_latest_command_ids_are_carried_so_the_run_stays_small()
    {
        var run = Closed;
        for (var i = 0; i < ProcessTransition.RecentCommandsKept + 10; i++) run = When(run, new CloseDoor(), "c" + i).Run;

        Assert.Equal(ProcessTransition.RecentCommandsKept, run.RecentCommandIds.Count);
        Assert.Equal("c" + (ProcessTransition.RecentCommandsKept + 9), run.RecentCommandIds[^1]);
        Assert.DoesNotContain("c9", run.RecentCommandIds);
    }

    private sealed record DoorState(bool IsOpen);

    private abstract record DoorCommand;

    private sealed record OpenDoor : DoorCommand;

    private sealed record CloseDoor : DoorCommand;

    private abstract record DoorEvent;

    private sealed record Opened : DoorEvent;

    private sealed record Shut : DoorEvent;

    private sealed class Door : IProcess<DoorState, DoorCommand, DoorEvent, string>
    {
        public string Name => "door";

        public DoorState Initial => new(false);

        public IReadOnlyList<DoorEvent> Decide(DoorCommand command, DoorState state, DateTimeOffset now) => command switch
        {
            OpenDoor when state.IsOpen => throw new CommandRejectedException("already-open", "The door is open."),
            OpenDoor => [new Opened()],
            CloseDoor when state.IsOpen => [new Shut()],
            _ => [],
        };

        public DoorState Evolve(DoorState state, DoorEvent @event) => new(@event is Opened);

        public IEnumerable<string> Effects(DoorState state, DoorEvent @event) => @event is Opened ? ["bell"] : [];

        public IEnumerable<DurableTimer<DoorCommand>> Timers(DoorState state, DoorEvent @event) =>
            @event is Opened ? [new(Now.AddSeconds(10), new CloseDoor())] : [];

        public string StatusOf(DoorState state) => state.IsOpen ? "open" : "closed";

        public bool IsFinished(DoorState state) => false;
    }
}
