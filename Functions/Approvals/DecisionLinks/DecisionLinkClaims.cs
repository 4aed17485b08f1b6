namespace Reopen.Functions.Approvals.DecisionLinks;

/// <summary>What a decision link vouches for: this approver may decide this round of this step of this filing, until ExpiresAt.</summary>
public sealed record DecisionLinkClaims(string FilingId, string StepId, int Round, string ApproverId, DateTimeOffset ExpiresAt);
