using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Approvals;

// Every time a step (re)opens or escalates its times are computed here from `now`, then carried in the event.
internal static class StepClock
{
    public static StepOpened Open(StepPlan plan, int round, DateTimeOffset now, DistrictPolicy policy) =>
        new(plan.StepId, round, now, now + plan.Timing.RemindAfter, now + plan.Timing.DeadlineAfter, now + policy.LinkLifetime);

    public static StepEscalated Escalate(ApprovalStep step, int level, DateTimeOffset now, DistrictPolicy policy) =>
        new(step.StepId, step.Round, level, now, now + step.Plan.EscalationTiming.RemindAfter,
            now + step.Plan.EscalationTiming.DeadlineAfter, now + policy.LinkLifetime);
}
