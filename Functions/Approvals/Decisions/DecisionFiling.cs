using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>
/// What the decision page shows of a filing: the process's summary always; the filed document and the first rows of
/// the roster when the filing store has them (counts come from the summary, so the whole roster is never read).
/// </summary>
internal sealed record DecisionFiling(FilingSummary Summary, Filing? Document, IReadOnlyList<RosterEntry> RosterHead)
{
    /// <summary>Rows of the roster the page lists; the rest are counted.</summary>
    public const int RosterRowsShown = 200;
}
