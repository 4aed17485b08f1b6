using Reopen.Functions.Notifications.Undelivered;
using Reopen.Functions.Supervision;
using Reopen.Functions.Supervision.Rectification;

namespace Reopen.Functions.Filings;

/// <summary>
/// Where a filing stands, for its business (GET /api/filings/{id}). Names and roles of officials, never their emails.
/// Texts (statusText, name, holder, role, verdictText) are in the request's language; times are UTC (ISO 8601).
/// </summary>
/// <param name="Status">New, Pending, Returned, Approved, Rejected or Withdrawn.</param>
/// <param name="Priority">Green channel (epidemic-supplies producers): decided first.</param>
/// <param name="Reason">Why it was returned, rejected or withdrawn (the latest such reason).</param>
/// <param name="CurrentStep">The open step, or the returned step waiting for the amendment; null once closed.</param>
public sealed record FilingStatusView(
    string FilingId,
    string Status,
    string StatusText,
    bool Priority,
    string BusinessName,
    int StaffCount,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ClosedAt,
    string? Reason,
    StepView? CurrentStep,
    IReadOnlyList<StepView> Steps,
    IReadOnlyList<DecisionView> Decisions,
    PermitView? Permit,
    FilingLinksView Links)
{
    /// <summary>The version of the filing in force: 1 as submitted, one more for each accepted amendment.</summary>
    public int Version { get; init; } = FilingVersions.First;

    /// <summary>Messages of this filing that will not be sent (refused by the provider, or still failing after the last try).</summary>
    public IReadOnlyList<UndeliveredView> Undelivered { get; init; } = [];

    /// <summary>Rectification notices from inspections of the reopened business, each with its numbered documents.</summary>
    public IReadOnlyList<RectificationView> Rectifications { get; init; } = [];

    /// <summary>Inspections of the reopened business once recorded (one not yet made is not shown: a spot check is unannounced).</summary>
    public IReadOnlyList<InspectionView> Inspections { get; init; } = [];
}

/// <param name="Kind">LookBack, SpotCheck, Reinspection or Patrol.</param>
/// <param name="Outcome">Passed, FixedOnSpot, RectificationNotice or Closure.</param>
public sealed record InspectionView(string Kind, string KindText, string Outcome, string OutcomeText, DateTimeOffset InspectedAt,
    IReadOnlyList<ItemView> FailedItems);

/// <summary>A step of the route.</summary>
/// <param name="Kind">OnSiteCheck, StreetReview, StreetCoSign, DepartmentReview or LeadingGroupReview.</param>
/// <param name="Status">Waiting, Open, Approved, Rejected, Returned or Cancelled.</param>
/// <param name="Holder">The body that holds the step, e.g. 清源街道.</param>
/// <param name="HeldBy">Everyone who may decide: the approvers and every escalation tier reached.</param>
/// <param name="Awaiting">Those who still have to act (a co-signer who signed is left out); empty unless the step is open.</param>
/// <param name="Since">When the current holders got it: escalated at, else opened at.</param>
/// <param name="DeadlineAt">The deadline of the open step; null, with Overdue false, for a step that is not open.</param>
/// <param name="EscalationLevel">0 while only the original approvers hold it; n once tier n was reached.</param>
public sealed record StepView(
    string StepId,
    string Kind,
    string Name,
    string Status,
    int Round,
    string Holder,
    IReadOnlyList<PersonView> HeldBy,
    IReadOnlyList<PersonView> Awaiting,
    DateTimeOffset? Since,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? EscalatedAt,
    DateTimeOffset? DeadlineAt,
    int EscalationLevel,
    bool Overdue);

public sealed record PersonView(string Name, string Role);

/// <param name="Verdict">Approve, Reject or Return.</param>
public sealed record DecisionView(string StepId, string Kind, int Round, PersonView By, string Verdict, string VerdictText, string? Reason,
    DateTimeOffset At);

/// <param name="VerifyUrl">The public verification page (valid / suspended / revoked).</param>
/// <param name="PlacardUrl">The printable A4 placard with its QR code.</param>
public sealed record PermitView(string Number, string VerifyUrl, string PlacardUrl);
