namespace Reopen.Orchestrations.Approvals;

internal static class ApprovalEvolution
{
    public static ApprovalState Apply(ApprovalState state, ApprovalEvent @event) => @event switch
    {
        FilingSubmitted e => state with
        {
            Status = ApprovalStatus.Pending,
            Filing = e.Filing,
            Steps = e.Route.Select(ApprovalStep.Planned).ToArray(),
            SubmittedAt = e.At,
        },
        StepOpened e => state.WithStep(e.StepId, s => s with
        {
            Status = StepStatus.Open, Round = e.Round, EscalationLevel = 0, RemindedLevel = null, Overdue = false,
            OpenedAt = e.At, RemindAt = e.RemindAt, DeadlineAt = e.DeadlineAt, LinksExpireAt = e.LinksExpireAt,
            SignedBy = [], Outcome = null,
        }) with { Status = ApprovalStatus.Pending },
        StepReminded e => state.WithStep(e.StepId, s => s with { RemindedLevel = e.Level }),
        StepEscalated e => state.WithStep(e.StepId, s => s with
        {
            EscalationLevel = e.Level, RemindAt = e.RemindAt, DeadlineAt = e.DeadlineAt, LinksExpireAt = e.LinksExpireAt,
        }),
        StepOverdue e => state.WithStep(e.StepId, s => s with { Overdue = true }),
        DecisionRecorded e => Record(state, e),
        StepApproved e => state.WithStep(e.StepId, s => s with { Status = StepStatus.Approved, Outcome = OutcomeOf(state, e.StepId) }),
        FilingApproved e => state with { Status = ApprovalStatus.Approved, PermitNumber = e.PermitNumber, ClosedAt = e.At },
        FilingRejected e => state.WithStep(e.StepId, s => s with { Status = StepStatus.Rejected, Outcome = OutcomeOf(state, e.StepId) }) with
        {
            Status = ApprovalStatus.Rejected,
            ClosedAt = e.At,
            Reason = e.Reason,
            Callback = new CallbackTask(CallbackStatus.Open, e.Reason, e.CallbackTo, e.At, null, null, null),
        },
        FilingReturned e => state.WithStep(e.StepId, s => s with { Status = StepStatus.Returned, Outcome = OutcomeOf(state, e.StepId) }) with
        {
            Status = ApprovalStatus.Returned,
            Reason = e.Reason,
        },
        FilingAmended e => state with { Filing = e.Filing, Reason = null },
        FilingWithdrawn e => (state.CurrentStep is { } current
            ? state.WithStep(current.StepId, s => s with { Status = StepStatus.Cancelled })
            : state) with { Status = ApprovalStatus.Withdrawn, ClosedAt = e.At, Reason = e.Reason },
        CallbackClosed e => state with
        {
            Callback = state.Callback! with { Status = CallbackStatus.Closed, ClosedBy = e.By, Notes = e.Notes, ClosedAt = e.At },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unknown approval event."),
    };

    private static ApprovalState Record(ApprovalState state, DecisionRecorded e)
    {
        var recorded = state with { Decisions = [.. state.Decisions, e] };
        var cosigned = e is { Verdict: Verdict.Approve, ByLevel: 0 };
        return cosigned ? recorded.WithStep(e.StepId, s => s with { SignedBy = [.. s.SignedBy, e.By.Id] }) : recorded;
    }

    // The decision that settled a step is always recorded just before the event that settles it.
    private static StepOutcome OutcomeOf(ApprovalState state, string stepId)
    {
        var last = state.Decisions.Last(d => d.StepId == stepId);
        return new StepOutcome(last.Round, last.Verdict, last.By, last.At, last.Reason);
    }
}
