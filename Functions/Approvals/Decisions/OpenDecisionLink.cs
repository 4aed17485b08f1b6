using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>A genuine, unexpired link and where its filing stands now; whether it may still decide is a separate question.</summary>
internal sealed record OpenDecisionLink(DecisionLinkClaims Claims, ApprovalState State, ApprovalStep Step)
{
    /// <summary>The official the link was mailed to, as frozen in the step's plan (policy edits do not change it).</summary>
    public Official Approver =>
        Step.Plan.Approvers.Concat(Step.Plan.Escalation.SelectMany(t => t.Officials)).FirstOrDefault(o => o.Id == Claims.ApproverId)
        ?? new Official(Claims.ApproverId, Claims.ApproverId, "", new("", ""));
}
