using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>Checks a decision link's token and loads its filing; a link that is not genuine, has expired or points nowhere gets its page.</summary>
internal sealed class DecisionLinkReader(DecisionLinkToken tokens, ApprovalEngine approvals, DistrictPolicy policy)
{
    public async Task<(OpenDecisionLink? Link, IResult? Refusal)> ReadAsync(string token, CancellationToken ct)
    {
        switch (tokens.Verify(token))
        {
            case DecisionLinkVerification.Valid { Claims: var claims }:
                var snapshot = await approvals.GetAsync(claims.FilingId, ct);
                if (snapshot is null) return (null, DecisionNotices.Missing());
                // A genuine token for another purpose (a call-back link) names no step of the route.
                if (snapshot.State.FindStep(claims.StepId) is not { } step) return (null, DecisionNotices.Invalid());
                return (new OpenDecisionLink(claims, snapshot, step), null);
            case DecisionLinkVerification.Expired { Claims: var claims }:
                var expired = await approvals.GetAsync(claims.FilingId, ct);
                var holder = expired?.State.FindStep(claims.StepId)?.Plan.Holder;
                return (null, DecisionNotices.Expired(claims.ExpiresAt, holder, policy.LeadingGroup.Name));
            default:
                return (null, DecisionNotices.Invalid());
        }
    }
}
