using Reopen.Functions.Filings;
using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>Fetches what the decision page shows of a filing beyond the process's summary: the document and the first rows of the roster.</summary>
internal sealed class DecisionFilingLoader(FilingStore filings)
{
    public async Task<DecisionFiling> LoadAsync(FilingSummary summary, CancellationToken ct)
    {
        var stored = await filings.GetDocumentAsync(summary.FilingId, ct);
        if (stored is null) return new DecisionFiling(summary, null, []);
        var head = await filings.GetRosterAsync(summary.FilingId, 0, DecisionFiling.RosterRowsShown, ct);
        return new DecisionFiling(summary, stored.Filing, head);
    }
}
