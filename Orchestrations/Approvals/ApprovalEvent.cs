using System.Text.Json.Serialization;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Approvals;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(FilingSubmitted), nameof(FilingSubmitted))]
[JsonDerivedType(typeof(StepOpened), nameof(StepOpened))]
[JsonDerivedType(typeof(StepReminded), nameof(StepReminded))]
[JsonDerivedType(typeof(StepEscalated), nameof(StepEscalated))]
[JsonDerivedType(typeof(StepOverdue), nameof(StepOverdue))]
[JsonDerivedType(typeof(DecisionRecorded), nameof(DecisionRecorded))]
[JsonDerivedType(typeof(StepApproved), nameof(StepApproved))]
[JsonDerivedType(typeof(FilingApproved), nameof(FilingApproved))]
[JsonDerivedType(typeof(FilingRejected), nameof(FilingRejected))]
[JsonDerivedType(typeof(FilingReturned), nameof(FilingReturned))]
[JsonDerivedType(typeof(FilingAmended), nameof(FilingAmended))]
[JsonDerivedType(typeof(FilingWithdrawn), nameof(FilingWithdrawn))]
[JsonDerivedType(typeof(CallbackClosed), nameof(CallbackClosed))]
public abstract record ApprovalEvent;

/// <summary>The filing entered the process with its route resolved from the policy.</summary>
public sealed record FilingSubmitted(FilingSummary Filing, IReadOnlyList<StepPlan> Route, DateTimeOffset At) : ApprovalEvent;

/// <summary>A step opened (round 1) or resumed after an amendment (round n); its times are fixed here.</summary>
public sealed record StepOpened(
    string StepId, int Round, DateTimeOffset At, DateTimeOffset RemindAt, DateTimeOffset DeadlineAt, DateTimeOffset LinksExpireAt)
    : ApprovalEvent;

public sealed record StepReminded(string StepId, int Round, int Level, DateTimeOffset At) : ApprovalEvent;

/// <summary>The deadline passed in silence; tier <paramref name="Level"/> of the step's escalation chain may now decide.</summary>
public sealed record StepEscalated(
    string StepId, int Round, int Level, DateTimeOffset At, DateTimeOffset RemindAt, DateTimeOffset DeadlineAt, DateTimeOffset LinksExpireAt)
    : ApprovalEvent;

/// <summary>The top of the chain let its deadline pass too: the step stays pending (silence never approves).</summary>
public sealed record StepOverdue(string StepId, int Round, int Level, DateTimeOffset At) : ApprovalEvent;

/// <summary>Someone decided; <paramref name="ByLevel"/> is 0 for an original approver, n for escalation tier n.</summary>
public sealed record DecisionRecorded(
    string StepId, int Round, Official By, int ByLevel, Verdict Verdict, string? Reason, DecisionOrigin Origin, DateTimeOffset At)
    : ApprovalEvent;

public sealed record StepApproved(string StepId, int Round, DateTimeOffset At) : ApprovalEvent;

public sealed record FilingApproved(string PermitNumber, DateTimeOffset At) : ApprovalEvent;

/// <param name="CallbackTo">The street officials who call the business back.</param>
public sealed record FilingRejected(
    string StepId, int Round, Official By, string Reason, IReadOnlyList<Official> CallbackTo, DateTimeOffset At) : ApprovalEvent;

public sealed record FilingReturned(string StepId, int Round, Official By, string Reason, DateTimeOffset At) : ApprovalEvent;

public sealed record FilingAmended(FilingSummary Filing, string? Note, DateTimeOffset At) : ApprovalEvent;

public sealed record FilingWithdrawn(string? Reason, DateTimeOffset At) : ApprovalEvent;

public sealed record CallbackClosed(Official By, string Notes, DateTimeOffset At) : ApprovalEvent;
