using Reopen.Functions.Approvals;
using Reopen.Functions.Notifications;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision.Rectification;

namespace Reopen.Functions.Supervision.Rectification;

/// <summary>The supervision order (督办单) as mailed to the street's head: the document itself, Chinese first, English after.</summary>
internal static class RectificationMessages
{
    private static readonly Texts Zh = Texts.For(UiLanguage.Zh);
    private static readonly Texts En = Texts.For(UiLanguage.En);

    public static EmailMessage SupervisionOrder(SupervisionOrderEmail e, Official head, DistrictPolicy policy)
    {
        // What the business and the inspector typed reaches the mail only as inert text.
        var notice = e.Notice with { BusinessName = MailText.Inert(e.Notice.BusinessName), Address = MailText.Inert(e.Notice.Address) };
        var order = e.Order with { Items = [.. e.Order.Items.Select(i => i with { Note = MailText.Inert(i.Note) })] };
        DocumentView Document(Texts t) => RectificationView.From(t, RectificationState.Initial with { Notice = notice, Documents = [order] }, policy).Documents[0];
        string Subject(Texts t) => t.T("rectification.order.subject", order.Number, notice.BusinessName);
        string Lines(DocumentView d, Texts t) => string.Join('\n',
        [
            t.Labelled(t["rectification.document.number"], d.Number),
            t.Labelled(t["rectification.document.business"], d.BusinessName),
            t.Labelled(t["rectification.document.address"], d.Address),
            t.Labelled(t["rectification.document.permit"], d.PermitNumber),
            t.Labelled(t["rectification.document.deadline"], t.At(e.SupervisionBy)),
            d.Body,
            .. d.Items.Select((i, n) => $"{n + 1}. " + t.Labelled(i.Text, i.Note)),
        ]);
        var (zh, en) = (Document(Zh), Document(En));
        var text = string.Join('\n', Zh.T("rectification.order.greeting", head.Name, Zh.Local(head.Role)), "", Lines(zh, Zh), "", "----", Subject(En), Lines(en, En));
        var html = Html.Of($"""
            <p>{Zh.T("rectification.order.greeting", head.Name, Zh.Local(head.Role))}</p>
            {SupervisionDocuments.Render(Zh, zh)}
            <hr>
            <div lang="en">{SupervisionDocuments.Render(En, en)}</div>
            """);
        return new EmailMessage(head.Email, head.Name, Subject(Zh), html.ToString(), text, []);
    }
}
