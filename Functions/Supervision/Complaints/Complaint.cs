using Azure.Data.Tables;
using Reopen.Orchestrations.Supervision.Complaints;

namespace Reopen.Functions.Supervision.Complaints;

public enum ComplaintStatus { Open, Verified }

/// <summary>
/// A complaint as kept (Complaints table, PartitionKey = id, RowKey "complaint"). The contact is personal data: it is used
/// only to answer, shown to nobody (masked for the verifier), never logged, and never reaches the business.
/// </summary>
public sealed record Complaint(
    string Id,
    ComplaintForm Form,
    ContactKind ContactKind,
    string? PermitNumber,
    string? FilingId,
    string TargetKey,
    string? DuplicateOf,
    string AssigneeId,
    DateTimeOffset SubmittedAt,
    DateTimeOffset VerifyBy,
    DateTimeOffset LinkExpiresAt,
    ComplaintStatus Status = ComplaintStatus.Open,
    ComplaintFinding? Finding = null,
    string? Result = null,
    DateTimeOffset? VerifiedAt = null)
{
    public const string RowKey = "complaint";

    internal TableEntity ToEntity() => new(Id, RowKey)
    {
        ["What"] = Form.What,
        ["Business"] = Form.Business,
        ["Address"] = Form.Address,
        ["CreditCode"] = Form.CreditCode,
        ["GivenPermitNumber"] = Form.PermitNumber,
        ["Street"] = Form.Street,
        ["Contact"] = Form.Contact,
        [nameof(ContactKind)] = ContactKind.ToString(),
        [nameof(PermitNumber)] = PermitNumber,
        [nameof(FilingId)] = FilingId,
        [nameof(TargetKey)] = TargetKey,
        [nameof(DuplicateOf)] = DuplicateOf,
        [nameof(AssigneeId)] = AssigneeId,
        [nameof(SubmittedAt)] = SubmittedAt,
        [nameof(VerifyBy)] = VerifyBy,
        [nameof(LinkExpiresAt)] = LinkExpiresAt,
        [nameof(Status)] = Status.ToString(),
        [nameof(Finding)] = Finding?.ToString(),
        [nameof(Result)] = Result,
        [nameof(VerifiedAt)] = VerifiedAt,
    };

    internal static Complaint FromEntity(TableEntity e) => new(
        e.PartitionKey,
        new ComplaintForm
        {
            What = e.GetString("What") ?? "", Business = e.GetString("Business") ?? "", Address = e.GetString("Address"),
            CreditCode = e.GetString("CreditCode"), PermitNumber = e.GetString("GivenPermitNumber"), Street = e.GetString("Street") ?? "",
            Contact = e.GetString("Contact"),
        },
        Enum.TryParse<ContactKind>(e.GetString(nameof(ContactKind)), out var kind) ? kind : ContactKind.None,
        e.GetString(nameof(PermitNumber)),
        e.GetString(nameof(FilingId)),
        e.GetString(nameof(TargetKey)) ?? "",
        e.GetString(nameof(DuplicateOf)),
        e.GetString(nameof(AssigneeId)) ?? "",
        e.GetDateTimeOffset(nameof(SubmittedAt)) ?? default,
        e.GetDateTimeOffset(nameof(VerifyBy)) ?? default,
        e.GetDateTimeOffset(nameof(LinkExpiresAt)) ?? default,
        Enum.TryParse<ComplaintStatus>(e.GetString(nameof(Status)), out var status) ? status : ComplaintStatus.Open,
        Enum.TryParse<ComplaintFinding>(e.GetString(nameof(Finding)), out var finding) ? finding : null,
        e.GetString(nameof(Result)),
        e.GetDateTimeOffset(nameof(VerifiedAt)));
}
