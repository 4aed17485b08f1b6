using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Orchestrations.Tests.Runtime.Sample;

/// <summary>A two-step approval with a reminder timer per step: small, but it uses every runtime feature.</summary>
public sealed class SampleApproval : IProcess<SampleState, SampleCommand, SampleEvent, SampleEffect>
{
    public static readonly TimeSpan ReminderAfter = TimeSpan.FromDays(2);

    public string Name => "sample-approval";

    public SampleState Initial { get; } = new("new", "", 0, [], []);

    public IReadOnlyList<SampleEvent> Decide(SampleCommand command, SampleState state, DateTimeOffset now) => command switch
    {
        Submit submit when state.Status == "new" => [new Submitted(submit.Title, now)],
        Submit => throw new CommandRejectedException("already-submitted", "The filing was already submitted."),
        Approve approve when IsOpen(state, approve.Step) => approve.Step == 1
            ? [new StepApproved(1, approve.By, now)]
            : [new StepApproved(approve.Step, approve.By, now), new Approved()],
        Approve => throw new CommandRejectedException("step-not-open", "That step is not open."),
        Reject reject when IsOpen(state, reject.Step) => [new Rejected(reject.Step, reject.Reason)],
        Reject => throw new CommandRejectedException("step-not-open", "That step is not open."),
        Remind remind when IsOpen(state, remind.Step) && !state.RemindedSteps.Contains(remind.Step) => [new ReminderSent(remind.Step)],
        Remind => [],
        AddNotes notes => [.. notes.Texts.Select(text => new NoteAdded(text))],
        ScheduleNote scheduled => [new NoteScheduled(scheduled.Text, scheduled.At)],
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    public SampleState Evolve(SampleState state, SampleEvent @event) => @event switch
    {
        Submitted submitted => state with { Status = "pending", Title = submitted.Title, Step = 1 },
        StepApproved { Step: 1 } => state with { Step = 2 },
        StepApproved => state,
        Approved => state with { Status = "approved" },
        Rejected => state with { Status = "rejected" },
        ReminderSent reminded => state with { RemindedSteps = state.RemindedSteps.Add(reminded.Step) },
        NoteAdded note => state with { Notes = state.Notes.Add(note.Text) },
        NoteScheduled => state,
        _ => throw new ArgumentOutOfRangeException(nameof(@event)),
    };

    public IEnumerable<SampleEffect> Effects(SampleState state, SampleEvent @event) => @event switch
    {
        Submitted => [new EmailApprover(1, state.Title, Reminder: false), new NotifyApplicant("received")],
        StepApproved { Step: 1 } => [new EmailApprover(2, state.Title, Reminder: false)],
        Approved => [new NotifyApplicant("approved")],
        Rejected => [new NotifyApplicant("rejected")],
        ReminderSent reminded => [new EmailApprover(reminded.Step, state.Title, Reminder: true)],
        _ => [],
    };

    public IEnumerable<DurableTimer<SampleCommand>> Timers(SampleState state, SampleEvent @event) => @event switch
    {
        Submitted submitted => [new(submitted.At + ReminderAfter, new Remind(1))],
        StepApproved { Step: 1 } approved => [new(approved.At + ReminderAfter, new Remind(2))],
        // Unlike a reminder, this command has no purpose that can pass: only the runtime keeps it from applying twice.
        NoteScheduled scheduled => [new(scheduled.At, new AddNotes([scheduled.Text]))],
        _ => [],
    };

    public string StatusOf(SampleState state) => state.Status;

    private static bool IsOpen(SampleState state, int step) => state.Status == "pending" && state.Step == step;
}

public sealed record SampleState(string Status, string Title, int Step, ImmutableList<int> RemindedSteps, ImmutableList<string> Notes);

[JsonPolymorphic]
[JsonDerivedType(typeof(Submit), "submit")]
[JsonDerivedType(typeof(Approve), "approve")]
[JsonDerivedType(typeof(Reject), "reject")]
[JsonDerivedType(typeof(Remind), "remind")]
[JsonDerivedType(typeof(AddNotes), "add-notes")]
[JsonDerivedType(typeof(ScheduleNote), "schedule-note")]
public abstract record SampleCommand;
public sealed record Submit(string Title) : SampleCommand;
public sealed record Approve(int Step, string By) : SampleCommand;
public sealed record Reject(int Step, string Reason) : SampleCommand;
public sealed record Remind(int Step) : SampleCommand;
public sealed record AddNotes(IReadOnlyList<string> Texts) : SampleCommand;
public sealed record ScheduleNote(string Text, DateTimeOffset At) : SampleCommand;

[JsonPolymorphic]
[JsonDerivedType(typeof(Submitted), "submitted")]
[JsonDerivedType(typeof(StepApproved), "step-approved")]
[JsonDerivedType(typeof(Approved), "approved")]
[JsonDerivedType(typeof(Rejected), "rejected")]
[JsonDerivedType(typeof(ReminderSent), "reminder-sent")]
[JsonDerivedType(typeof(NoteAdded), "note-added")]
[JsonDerivedType(typeof(NoteScheduled), "note-scheduled")]
public abstract record SampleEvent;
public sealed record Submitted(string Title, DateTimeOffset At) : SampleEvent;
public sealed record StepApproved(int Step, string By, DateTimeOffset At) : SampleEvent;
public sealed record Approved : SampleEvent;
public sealed record Rejected(int Step, string Reason) : SampleEvent;
public sealed record ReminderSent(int Step) : SampleEvent;
public sealed record NoteAdded(string Text) : SampleEvent;
public sealed record NoteScheduled(string Text, DateTimeOffset At) : SampleEvent;

[JsonPolymorphic]
[JsonDerivedType(typeof(EmailApprover), "email-approver")]
[JsonDerivedType(typeof(NotifyApplicant), "notify-applicant")]
public abstract record SampleEffect;
public sealed record EmailApprover(int Step, string Title, bool Reminder) : SampleEffect;
public sealed record NotifyApplicant(string Outcome) : SampleEffect;
