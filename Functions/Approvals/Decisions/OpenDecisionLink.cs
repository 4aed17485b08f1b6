using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>A genuine, unexpired link and where its filing stands now; whether it may still decide is a separate question.</summary>
internal sealed record OpenDecisionLink(DecisionLinkClaims Claims, ProcessSnapshot<ApprovalState> Snapshot, ApprovalStep Step)
{
    public ApprovalState State => Snapshot.State;

    /// <summary>The official the link was mailed to, as frozen in the step's plan (policy edits do not change it).</summary>
    public Official Approver =>
        Step.Plan.Approvers.Concat(Step.Plan.Escalation.SelectMany(t => t.Officials)).FirstOrDefault(o => o.Id == Claims.ApproverId)
        ?? new Official(Claims.ApproverId, Claims.ApproverId, "", new("", ""));
}
