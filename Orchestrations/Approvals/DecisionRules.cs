using Reopen.Orchestrations.Policy;
using static Reopen.Orchestrations.Approvals.ApprovalRejections;
using static Reopen.Orchestrations.Approvals.FilingRules;

namespace Reopen.Orchestrations.Approvals;

// An approver's decision on the open step: who may decide, when the step is settled, and what follows.
internal sealed class DecisionRules(DistrictPolicy policy)
{
    public IReadOnlyList<ApprovalEvent> Decide(RecordDecision command, ApprovalState state, DateTimeOffset now)
    {
        var (step, level) = CheckDecider(command, state);
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        if (command.Verdict != Verdict.Approve && reason is null)
            throw Rejected(ReasonRequired, "A rejection or return needs a reason the business can act on.");
        EnsureLength(reason);

        var by = Official(step, command.ApproverId, level);
        var decision = new DecisionRecorded(step.StepId, step.Round, by, level, command.Verdict, reason, command.Origin, now);
        return command.Verdict switch
        {
            Verdict.Reject => [decision, new FilingRejected(step.StepId, step.Round, by, reason!, CallbackTo(state), now)],
            Verdict.Return => [decision, new FilingReturned(step.StepId, step.Round, by, reason!, now)],
            _ when !Settles(step, command.ApproverId, level) => [decision],
            _ => [decision, new StepApproved(step.StepId, step.Round, now), Next(state, step, now)],
        };
    }

    internal static (ApprovalStep Step, int Level) CheckDecider(RecordDecision command, ApprovalState state)
    {
        var step = CheckStep(command, state);
        var level = step.LevelOf(command.ApproverId)
            ?? throw Rejected(NotAnApprover, $"'{command.ApproverId}' may not decide step {step.StepId} now.");
        return (step, level);
    }

    private static ApprovalStep CheckStep(RecordDecision command, ApprovalState state)
    {
        if (state.Status == ApprovalStatus.New) throw Rejected(NotSubmitted, "The filing was never submitted.");
        var step = state.FindStep(command.StepId) ?? throw Rejected(UnknownStep, $"The route has no step '{command.StepId}'.");
        if (step.Status == StepStatus.Waiting)
            throw state.IsClosed ? Rejected(Closed, $"The filing is {state.Status}.") : Rejected(StepNotOpen, $"Step {step.StepId} has not opened yet.");
        if (command.Round < 1 || command.Round > step.Round) throw Rejected(UnknownStep, $"Step {step.StepId} has no round {command.Round}.");
        // A newer round's link only comes while the filing is open; once it closed, say so instead.
        if (command.Round < step.Round && state.IsClosed) throw Rejected(Closed, $"The filing is {state.Status}.");
        if (command.Round < step.Round)
            throw Rejected(Superseded, $"Round {command.Round} was superseded: the filing was amended and step {step.StepId} is in round {step.Round}.");
        if (step.Outcome is { } outcome && outcome.Round == command.Round)
            throw Rejected(AlreadyDecided, $"Step {step.StepId} was decided ({outcome.Verdict}) by {outcome.By.Id} at {outcome.At:u}.");
        if (step.SignedBy.Contains(command.ApproverId))
            throw Rejected(AlreadyDecided, $"'{command.ApproverId}' already signed step {step.StepId} in round {step.Round}.");
        if (state.IsClosed) throw Rejected(Closed, $"The filing is {state.Status}.");
        if (step.Status != StepStatus.Open) throw Rejected(StepNotOpen, $"Step {step.StepId} is {step.Status}.");
        return step;
    }

    // Co-signing needs every original approver; an escalation tier deciding in their place settles the step alone.
    private static bool Settles(ApprovalStep step, string approverId, int level) =>
        step.Plan.Mode == StepMode.AnyOne || level > 0
        || step.Plan.Approvers.All(a => a.Id == approverId || step.SignedBy.Contains(a.Id));

    private ApprovalEvent Next(ApprovalState state, ApprovalStep step, DateTimeOffset now)
    {
        var index = state.Steps.ToList().FindIndex(s => s.StepId == step.StepId);
        return index + 1 < state.Steps.Count
            ? StepClock.Open(state.Steps[index + 1].Plan, 1, now, policy)
            : new FilingApproved(PermitNumber.For(policy.Code, state.FilingId, now), now);
    }

    private static Official Official(ApprovalStep step, string id, int level) =>
        (level == 0 ? step.Plan.Approvers : step.Plan.Escalation[level - 1].Officials).First(o => o.Id == id);

    private IReadOnlyList<Official> CallbackTo(ApprovalState state) =>
        policy.FindStreet(state.Filing!.StreetCode) is { } street ? [street.Director] : [];
}
