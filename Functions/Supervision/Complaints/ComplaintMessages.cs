using Reopen.Functions.Approvals;
using Reopen.Functions.Notifications;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Supervision.Complaints;

/// <summary>The verification task to the grid inspector (no contact of the complainant) and the answer by email.</summary>
internal static class ComplaintMessages
{
    private static readonly Texts Zh = Texts.For(UiLanguage.Zh);
    private static readonly Texts En = Texts.For(UiLanguage.En);

    public static EmailMessage Task(Complaint c, Official inspector, string url)
    {
        var (business, what) = (MailText.Inert(c.Form.Business), MailText.Inert(c.Form.What));
        string Subject(Texts t) => t.T("complaint.task.subject", c.Id, business);
        (string Label, string Value)[] Facts(Texts t) =>
        [
            (t["complaint.field.business"], business),
            (t["complaint.field.address"], MailText.Inert(c.Form.Address ?? "")),
            (t["complaint.field.permit"], c.PermitNumber ?? t["complaint.unmatched"]),
            (t["complaint.field.what"], what),
            (t["complaint.field.verifyBy"], t.At(c.VerifyBy)),
        ];
        var text = string.Join('\n',
        [
            Zh.T("inspection.email.greeting", inspector.Name, Zh.Local(inspector.Role)), "", Zh["complaint.task.intro"], "",
            .. Facts(Zh).Select(f => Zh.Labelled(f.Label, f.Value)), "", Zh["inspection.email.link"], url, "",
            "----", Subject(En), En["complaint.task.intro"], .. Facts(En).Select(f => En.Labelled(f.Label, f.Value)), En["inspection.email.link"] + " " + url,
        ]);
        var html = Html.Of($"""
            <p>{Zh.T("inspection.email.greeting", inspector.Name, Zh.Local(inspector.Role))}</p>
            <p>{Zh["complaint.task.intro"]}</p>
            <table>{Facts(Zh).Select(f => Html.Of($"<tr><th align=\"left\">{f.Label}</th><td>{f.Value}</td></tr>"))}</table>
            <p>{Html.Link(url, Zh["complaint.task.linkLabel"])}</p>
            <hr>
            <p lang="en"><strong>{Subject(En)}</strong><br>{En["complaint.task.intro"]}</p>
            <p lang="en">{Html.Link(url, En["complaint.task.linkLabel"])}</p>
            """);
        return new EmailMessage(inspector.Email, inspector.Name, Subject(Zh), html.ToString(), text, [new MessageLink(Zh["complaint.task.linkLabel"], url)]);
    }

    public static EmailMessage Answer(Complaint c, string body) =>
        new(c.Form.Contact!, "", Zh.T("complaint.answer.subject", c.Id), Html.Of($"<p>{body}</p>").ToString(), body, []);
}
