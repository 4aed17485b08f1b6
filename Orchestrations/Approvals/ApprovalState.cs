using System.Text.Json.Serialization;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Approvals;

public sealed record CallbackTask(
    CallbackStatus Status, string Reason, IReadOnlyList<Official> Assignees, DateTimeOffset OpenedAt,
    Official? ClosedBy, string? Notes, DateTimeOffset? ClosedAt);

/// <summary>
/// Where one filing's approval stands; answers the status page. <see cref="Reason"/> is the latest return, rejection or
/// withdrawal reason. <see cref="Decisions"/> lists every decision of every round, oldest first.
/// </summary>
public sealed record ApprovalState(
    ApprovalStatus Status,
    FilingSummary? Filing,
    IReadOnlyList<ApprovalStep> Steps,
    IReadOnlyList<DecisionRecorded> Decisions,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ClosedAt,
    string? PermitNumber,
    string? Reason,
    CallbackTask? Callback)
{
    public static ApprovalState Initial { get; } = new(ApprovalStatus.New, null, [], [], null, null, null, null, null);

    [JsonIgnore] public string FilingId => Filing?.FilingId ?? "";

    /// <summary>Green channel: lists show these first.</summary>
    [JsonIgnore] public bool Priority => Filing?.GreenChannel ?? false;

    [JsonIgnore] public bool IsClosed => Status is ApprovalStatus.Approved or ApprovalStatus.Rejected or ApprovalStatus.Withdrawn;

    /// <summary>The open step, or the returned step waiting for the business to amend.</summary>
    [JsonIgnore] public ApprovalStep? CurrentStep => Steps.FirstOrDefault(s => s.Status is StepStatus.Open or StepStatus.Returned);

    public ApprovalStep? FindStep(string stepId) => Steps.FirstOrDefault(s => s.StepId == stepId);

    internal ApprovalState WithStep(string stepId, Func<ApprovalStep, ApprovalStep> change) =>
        this with { Steps = Steps.Select(s => s.StepId == stepId ? change(s) : s).ToArray() };
}
