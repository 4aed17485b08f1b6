using System.Text.Json;
using Azure.Data.Tables;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Functions.Supervision.Inspections;

public enum InspectionStatus { Assigned, Done }

/// <summary>
/// An inspection assigned to a grid inspector (Inspections table: PartitionKey = filing id, RowKey = "task|" + key), from
/// the sweep of a due look-back or spot check, or from a rectification notice's process (a re-inspection, with its <paramref name="NoticeId"/>). <paramref name="LinkExpiresAt"/> is fixed when it is first assigned, so
/// every message and digest for it carries the same link.
/// </summary>
public sealed record InspectionTask(
    string FilingId,
    string Key,
    FollowUpKind Kind,
    string InspectorId,
    string StreetCode,
    string PermitNumber,
    string BusinessName,
    string Address,
    BusinessCategory Category,
    DateTimeOffset DueAt,
    DateTimeOffset InspectBy,
    DateTimeOffset LinkExpiresAt,
    InspectionStatus Status = InspectionStatus.Assigned,
    InspectionResult? Result = null,
    string? NoticeId = null)
{
    public const string RowPrefix = "task|";

    public string RowKey => RowPrefix + Key;

    internal TableEntity ToEntity(DateTimeOffset claimedAt) => new(FilingId, RowKey)
    {
        [nameof(Key)] = Key,
        [nameof(Kind)] = Kind.ToString(),
        [nameof(InspectorId)] = InspectorId,
        [nameof(StreetCode)] = StreetCode,
        [nameof(PermitNumber)] = PermitNumber,
        [nameof(BusinessName)] = BusinessName,
        [nameof(Address)] = Address,
        [nameof(Category)] = Category.ToString(),
        [nameof(DueAt)] = DueAt,
        [nameof(InspectBy)] = InspectBy,
        [nameof(LinkExpiresAt)] = LinkExpiresAt,
        [nameof(Status)] = Status.ToString(),
        ["ClaimedAt"] = claimedAt,
        [nameof(NoticeId)] = NoticeId,
    };

    internal static InspectionTask FromEntity(TableEntity e) => new(
        e.PartitionKey,
        e.GetString(nameof(Key)) ?? "",
        Enum.TryParse<FollowUpKind>(e.GetString(nameof(Kind)), out var kind) ? kind : FollowUpKind.LookBack,
        e.GetString(nameof(InspectorId)) ?? "",
        e.GetString(nameof(StreetCode)) ?? "",
        e.GetString(nameof(PermitNumber)) ?? "",
        e.GetString(nameof(BusinessName)) ?? "",
        e.GetString(nameof(Address)) ?? "",
        BusinessCategories.TryParse(e.GetString(nameof(Category)), out var category) ? category : BusinessCategory.General,
        e.GetDateTimeOffset(nameof(DueAt)) ?? default,
        e.GetDateTimeOffset(nameof(InspectBy)) ?? default,
        e.GetDateTimeOffset(nameof(LinkExpiresAt)) ?? default,
        Enum.TryParse<InspectionStatus>(e.GetString(nameof(Status)), out var status) ? status : InspectionStatus.Assigned,
        InspectionResult.FromEntity(e),
        e.GetString(nameof(NoticeId)));
}

/// <summary>What the inspector recorded: the outcome, each failed item with what was wrong, and the deadline of a notice.</summary>
public sealed record InspectionResult(
    InspectionOutcome Outcome, IReadOnlyList<ItemAnswer> FailedItems, string Notes, string InspectorId, DateTimeOffset InspectedAt, DateTimeOffset? RectifyBy)
{
    internal TableEntity ToEntity(string filingId, string rowKey) => new(filingId, rowKey)
    {
        ["Status"] = nameof(InspectionStatus.Done),
        [nameof(Outcome)] = Outcome.ToString(),
        [nameof(FailedItems)] = JsonSerializer.Serialize(FailedItems, ProcessJson.Options),
        [nameof(Notes)] = Notes,
        ["InspectedBy"] = InspectorId,
        [nameof(InspectedAt)] = InspectedAt,
        [nameof(RectifyBy)] = RectifyBy,
    };

    internal static InspectionResult? FromEntity(TableEntity e) =>
        Enum.TryParse<InspectionOutcome>(e.GetString(nameof(Outcome)), out var outcome) && e.GetDateTimeOffset(nameof(InspectedAt)) is { } at
            ? new(outcome, JsonSerializer.Deserialize<List<ItemAnswer>>(e.GetString(nameof(FailedItems)) ?? "[]", ProcessJson.Options) ?? [],
                e.GetString(nameof(Notes)) ?? "", e.GetString("InspectedBy") ?? "", at, e.GetDateTimeOffset(nameof(RectifyBy)))
            : null;
}
