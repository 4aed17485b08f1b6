using Reopen.Functions.Filings;
using Reopen.Functions.Notifications.Undelivered;
using Reopen.Functions.Supervision.Patrols;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>
/// Fetches what the decision page shows beyond the process's summary: the document version of the link's round, the first
/// rows of its roster, for a later round the amendment that opened it, and closure orders against the business from patrols.
/// </summary>
internal sealed class DecisionFilingLoader(FilingStore filings, DecisionAmendmentReader amendments, UndeliveredMessageLog undelivered, ClosureOrderBook closures)
{
    public async Task<DecisionFiling> LoadAsync(OpenDecisionLink link, CancellationToken ct)
    {
        var summary = link.State.Filing!;
        var (stepId, round) = (link.Claims.StepId, link.Claims.Round);
        var version = FilingVersions.OfRound(link.State, stepId, round);
        // Four reads that do not depend on each other, at once; the roster only once its document says which one.
        var amendment = amendments.ReadAsync(summary.FilingId, stepId, round, ct);
        var unsent = undelivered.ListAsync(summary.FilingId, ct);
        var closed = closures.AgainstAsync(summary.StreetCode, summary.CreditCode, summary.BusinessName, ct);
        var stored = await filings.GetDocumentAsync(summary.FilingId, version, ct);
        var head = stored is null ? [] : await filings.GetRosterAsync(stored, 0, DecisionFiling.RosterRowsShown, ct);
        return new DecisionFiling(summary, stored?.Filing, head)
        {
            Version = version, Amendment = await amendment, Undelivered = await unsent, ClosureOrders = await closed,
        };
    }
}
