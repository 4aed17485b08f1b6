using Reopen.Functions.Approvals.DecisionLinks;

namespace Reopen.Functions.Supervision.Inspections;

/// <summary>
/// An inspector's task link reuses the decision-link token with the pseudo step "inspection:{key}" and round 0, bound to
/// the filing and the inspector; the step id keeps it from ever deciding an approval step or closing a call-back.
/// </summary>
public static class InspectionLinks
{
    public const string StepPrefix = "inspection:";
    public const int Round = 0;

    public static DecisionLinkClaims Claims(InspectionTask task) =>
        new(task.FilingId, StepPrefix + task.Key, Round, task.InspectorId, task.LinkExpiresAt);

    /// <summary>The follow-up key a task link names, or null if the claims are not an inspection's.</summary>
    public static string? KeyOf(DecisionLinkClaims claims) =>
        claims.StepId.StartsWith(StepPrefix, StringComparison.Ordinal) && claims.Round == Round ? claims.StepId[StepPrefix.Length..] : null;

    public static string PathFor(string token) => "/api/inspections/" + token;
}
