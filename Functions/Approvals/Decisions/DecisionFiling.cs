using Reopen.Functions.Notifications.Undelivered;
using Reopen.Functions.Supervision.Patrols;
using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>
/// What the decision page shows of a filing: the process's summary always; the version of the filed document that was in
/// force when the link's round opened and the first rows of its roster, when the filing store has them (counts come from
/// the summary, so the whole roster is never read); and, after a return, what the business changed.
/// </summary>
internal sealed record DecisionFiling(FilingSummary Summary, Filing? Document, IReadOnlyList<RosterEntry> RosterHead)
{
    /// <summary>Rows of the roster the page lists; the rest are counted.</summary>
    public const int RosterRowsShown = 200;

    /// <summary>The document version shown: 1 as submitted, one more for each amendment.</summary>
    public int Version { get; init; } = 1;

    public DecisionAmendment? Amendment { get; init; }

    /// <summary>Messages of this filing that will not be sent, so the official knows who was never told.</summary>
    public IReadOnlyList<UndeliveredMessage> Undelivered { get; init; } = [];

    /// <summary>Closure orders issued on patrol against this business before it filed: it traded without approval.</summary>
    public IReadOnlyList<ClosureOrder> ClosureOrders { get; init; } = [];
}
