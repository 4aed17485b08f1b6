using System.Text.Json.Serialization;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Approvals;

/// <summary>What the outside world must be told; the Functions side turns these into emails, SMS and index rows.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(EmailApprover), nameof(EmailApprover))]
[JsonDerivedType(typeof(SmsToBusiness), nameof(SmsToBusiness))]
[JsonDerivedType(typeof(PermitIssued), nameof(PermitIssued))]
[JsonDerivedType(typeof(CallbackTaskOpened), nameof(CallbackTaskOpened))]
[JsonDerivedType(typeof(CallbackTaskClosed), nameof(CallbackTaskClosed))]
public abstract record ApprovalEffect;

/// <summary>
/// An email with a decision link. Bind the link's token to (FilingId, StepId, Round, Approver.Id): a later round
/// supersedes it. <paramref name="ExpiresAt"/> is when the link stops working; <paramref name="DeadlineAt"/> is when the
/// step escalates. <paramref name="Priority"/> (green channel) sorts first.
/// </summary>
public sealed record EmailApprover(
    string FilingId,
    string StepId,
    StepKind StepKind,
    int Round,
    Official Approver,
    EmailPurpose Purpose,
    string BusinessName,
    BusinessCategory Category,
    BusinessScale Scale,
    string StreetCode,
    DateTimeOffset DeadlineAt,
    DateTimeOffset ExpiresAt,
    bool Priority) : ApprovalEffect;

/// <summary>
/// 复工反馈短信 to the responsible person's mobile (normalized, 11 digits). It carries no text anyone typed (no business name,
/// no reason): an SMS the district sends says only fixed words, a number and the app's own link.
/// </summary>
public sealed record SmsToBusiness(string FilingId, string Mobile, SmsKind Kind, string? PermitNumber) : ApprovalEffect;

/// <summary>A permit was issued: index it for public verification and render the placard (准许复工公示牌).</summary>
public sealed record PermitIssued(
    string FilingId,
    string PermitNumber,
    string BusinessName,
    string CreditCode,
    string Address,
    string StreetCode,
    string SectorCode,
    BusinessCategory Category,
    DateTimeOffset IssuedAt,
    BusinessScale Scale = BusinessScale.BelowScale) : ApprovalEffect;

/// <summary>电话回访: a task for the street office to call the rejected business back.</summary>
public sealed record CallbackTaskOpened(
    string FilingId,
    string StreetCode,
    IReadOnlyList<Official> Assignees,
    string BusinessName,
    string ContactName,
    string ContactMobile,
    string Reason,
    DateTimeOffset OpenedAt,
    bool Priority) : ApprovalEffect;

public sealed record CallbackTaskClosed(string FilingId, string StreetCode, Official ClosedBy, string Notes, DateTimeOffset ClosedAt)
    : ApprovalEffect;
