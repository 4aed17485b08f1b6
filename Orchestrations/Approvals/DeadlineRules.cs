using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Approvals;

// Timer commands: a timer whose purpose has passed yields no events, never an error.
internal sealed class DeadlineRules(DistrictPolicy policy)
{
    public IReadOnlyList<ApprovalEvent> Remind(Remind command, ApprovalState state, DateTimeOffset now)
    {
        var step = Current(state, command.StepId, command.Round, command.Level);
        if (step is null || step.RemindedLevel == command.Level || step.Overdue) return [];
        return [new StepReminded(step.StepId, step.Round, command.Level, now)];
    }

    // Silence never approves: it climbs the chain, and at the top the step is marked overdue and stays pending.
    public IReadOnlyList<ApprovalEvent> Escalate(Escalate command, ApprovalState state, DateTimeOffset now)
    {
        var step = Current(state, command.StepId, command.Round, command.Level);
        if (step is null || step.Overdue) return [];
        if (step.EscalationLevel < step.Plan.Escalation.Count)
            return [StepClock.Escalate(step, step.EscalationLevel + 1, now, policy)];
        return [new StepOverdue(step.StepId, step.Round, step.EscalationLevel, now)];
    }

    private static ApprovalStep? Current(ApprovalState state, string stepId, int round, int level) =>
        state.Status == ApprovalStatus.Pending
        && state.FindStep(stepId) is { Status: StepStatus.Open } step
        && step.Round == round && step.EscalationLevel == level
            ? step
            : null;
}
