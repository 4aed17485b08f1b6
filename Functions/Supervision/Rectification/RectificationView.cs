using Reopen.Functions.Approvals;
using Reopen.Functions.Supervision.Inspections;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision.Rectification;

namespace Reopen.Functions.Supervision.Rectification;

/// <summary>
/// A rectification notice as its business sees it (status page and API): where it stands, what is still wrong, and its
/// numbered documents. Texts are in the request's language; times are UTC.
/// </summary>
/// <param name="Status">Open, Overdue, Reinspecting, Closed or Revoked.</param>
/// <param name="AwaitingReport">The business may report its fix now.</param>
public sealed record RectificationView(
    string NoticeId,
    string Status,
    string StatusText,
    DateTimeOffset? RectifyBy,
    bool PermitSuspended,
    bool AwaitingReport,
    string? FixReport,
    IReadOnlyList<ItemView> Items,
    IReadOnlyList<DocumentView> Documents)
{
    public static RectificationView From(Texts t, RectificationState s, DistrictPolicy policy)
    {
        var n = s.Notice!;
        return new(n.NoticeId, s.Status.ToString(), t[$"rectification.status.{s.Status}"], s.RectifyBy, s.PermitSuspended,
            s.Status is RectificationStatus.Open or RectificationStatus.Overdue, s.FixReport,
            [.. s.OpenItems.Select(i => new ItemView(i.Code, InspectionPages.ItemText(t, i.Code), i.Note))],
            [.. s.Documents.Select(d => new DocumentView(d.Kind.ToString(), t[$"rectification.document.{d.Kind}"], d.Number, d.At, d.Deadline,
                t[$"rectification.document.body.{d.Kind}"], [.. d.Items.Select(i => new ItemView(i.Code, InspectionPages.ItemText(t, i.Code), i.Note))],
                n.BusinessName, n.Address, n.PermitNumber, t.T("rectification.document.issuer", t.Local(policy.Name))))]);
    }
}
