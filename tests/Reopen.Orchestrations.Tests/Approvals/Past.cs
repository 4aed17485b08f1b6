using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Tests.Approvals;

/// <summary>Builds a Given history by running commands through the process, so histories stay true to it.</summary>
internal sealed class Past
{
    private readonly List<ApprovalEvent> _events = [];

    private Past(ApprovalProcess process) => Process = process;

    public ApprovalProcess Process { get; }

    public IReadOnlyList<ApprovalEvent> Events => _events;

    public ApprovalState State => Spec.Fold(Process, _events);

    public static Past Submitted(FilingSummary filing, DateTimeOffset at) => Submitted(filing, at, Fixtures.Process);

    public static Past Submitted(FilingSummary filing, DateTimeOffset at, ApprovalProcess process) =>
        new Past(process).Handled(new Submit(filing), at);

    public Past Approved(Official by, DateTimeOffset at) => Decided(by, Verdict.Approve, null, at);

    public Past Returned(Official by, string reason, DateTimeOffset at) => Decided(by, Verdict.Return, reason, at);

    public Past Rejected(Official by, string reason, DateTimeOffset at) => Decided(by, Verdict.Reject, reason, at);

    /// <summary>A decision on the current step, in its current round.</summary>
    public Past Decided(Official by, Verdict verdict, string? reason, DateTimeOffset at)
    {
        var step = State.CurrentStep ?? throw new InvalidOperationException("No step is open.");
        return Handled(new RecordDecision(step.StepId, step.Round, by.Id, verdict, reason, Fixtures.Link), at);
    }

    /// <summary>The deadline timer of the current step at its current level fired.</summary>
    public Past DeadlinePassed(DateTimeOffset at)
    {
        var step = State.CurrentStep!;
        return Handled(new Escalate(step.StepId, step.Round, step.EscalationLevel), at);
    }

    public Past Handled(ApprovalCommand command, DateTimeOffset at)
    {
        _events.AddRange(Process.Decide(command, State, at));
        return this;
    }
}
