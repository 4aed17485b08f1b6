using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Supervision.Patrols;

/// <summary>
/// An official's patrol link: the decision-link token with the pseudo step "patrol", bound to the official and, in the
/// filing slot, their street ("PATROL-QH01"); it decides nothing and opens no filing, it only starts patrol inspections.
/// </summary>
public static class PatrolLinks
{
    public const string StepId = "patrol";

    public static DecisionLinkClaims Claims(Street street, Official official, DateTimeOffset expiresAt) =>
        new("PATROL-" + street.Code, StepId, 0, official.Id, expiresAt);

    public static string? StreetOf(DecisionLinkClaims claims) =>
        claims.StepId == StepId && claims.FilingId.StartsWith("PATROL-", StringComparison.Ordinal) ? claims.FilingId["PATROL-".Length..] : null;

    public static string PathFor(string token) => "/api/patrols/" + token;
}
