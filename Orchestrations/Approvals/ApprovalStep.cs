using System.Text.Json.Serialization;
using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Approvals;

/// <summary>How a round of a step ended, so a late click can be told who decided and when.</summary>
public sealed record StepOutcome(int Round, Verdict Verdict, Official By, DateTimeOffset At, string? Reason);

/// <summary>A step of the route and where it stands.</summary>
/// <param name="Round">0 before it opens; goes up by one each time the business amends a returned filing.</param>
/// <param name="EscalationLevel">0 while only the original approvers hold the step; n once tier n was reached.</param>
/// <param name="RemindedLevel">The escalation level whose reminder was sent in this round, if any.</param>
/// <param name="SignedBy">Approver ids that approved in this round (co-signing).</param>
public sealed record ApprovalStep(
    StepPlan Plan,
    StepStatus Status,
    int Round,
    int EscalationLevel,
    int? RemindedLevel,
    bool Overdue,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? RemindAt,
    DateTimeOffset? DeadlineAt,
    DateTimeOffset? LinksExpireAt,
    IReadOnlyList<string> SignedBy,
    StepOutcome? Outcome)
{
    [JsonIgnore] public string StepId => Plan.StepId;

    [JsonIgnore] public StepKind Kind => Plan.Kind;

    /// <summary>Everyone who may decide now: the original approvers and every tier reached so far.</summary>
    [JsonIgnore]
    public IReadOnlyList<Official> Holders =>
        Plan.Approvers.Concat(Plan.Escalation.Take(EscalationLevel).SelectMany(t => t.Officials)).DistinctBy(o => o.Id).ToArray();

    /// <summary>Holders who still have to act (co-signers who already signed are left out); none unless the step is open.</summary>
    [JsonIgnore]
    public IReadOnlyList<Official> Awaiting => Status == StepStatus.Open ? Holders.Where(o => !SignedBy.Contains(o.Id)).ToArray() : [];

    /// <summary>0 for an original approver, n for escalation tier n, null when the official may not decide now.</summary>
    public int? LevelOf(string approverId)
    {
        if (Plan.Approvers.Any(a => a.Id == approverId)) return 0;
        for (var tier = 0; tier < EscalationLevel && tier < Plan.Escalation.Count; tier++)
            if (Plan.Escalation[tier].Officials.Any(o => o.Id == approverId)) return tier + 1;
        return null;
    }

    internal static ApprovalStep Planned(StepPlan plan) =>
        new(plan, StepStatus.Waiting, 0, 0, null, false, null, null, null, null, [], null);
}
