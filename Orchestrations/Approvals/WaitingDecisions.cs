using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Approvals;

/// <summary>One official waited on for one open step of a filing, with what their link is bound to.</summary>
public sealed record WaitingOn(
    Official Official, string FilingId, string BusinessName, string StepId, StepKind Step, int Round,
    DateTimeOffset? DeadlineAt, bool Overdue, DateTimeOffset LinksExpireAt);

/// <summary>Who a filing waits on now: the officials of its open step who have not decided, while its links are valid.</summary>
public static class WaitingDecisions
{
    public static IEnumerable<WaitingOn> Of(ApprovalState state, DateTimeOffset now) =>
        state.Status != ApprovalStatus.Pending || state.Filing is not { } filing
            ? []
            : state.Steps
                .Where(s => s.Status == StepStatus.Open && s.LinksExpireAt > now)
                .SelectMany(s => s.Awaiting.Select(o =>
                    new WaitingOn(o, filing.FilingId, filing.BusinessName, s.StepId, s.Kind, s.Round, s.DeadlineAt, s.Overdue, s.LinksExpireAt!.Value)));
}
