using Reopen.Functions.Approvals;
using Reopen.Functions.Notifications;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Functions.Supervision.Inspections;

/// <summary>
/// The inspector's task email (Chinese first, English after) and SMS (fixed words and the link only). Whether a look-back
/// was announced is for the inspector to know; nothing of it reaches the business.
/// </summary>
public static class InspectionMessages
{
    private static readonly Texts Zh = Texts.For(UiLanguage.Zh);
    private static readonly Texts En = Texts.For(UiLanguage.En);

    /// <param name="patrolUrl">The inspector's own patrol link, for a business they come across on the way.</param>
    public static EmailMessage Email(InspectionTask task, Official inspector, string url, string patrolUrl)
    {
        var (business, address) = (MailText.Inert(task.BusinessName), MailText.Inert(task.Address));
        string Subject(Texts t) => t.T("inspection.email.subject", t[$"inspection.kind.{task.Kind}"], business);
        (string Label, string Value)[] Facts(Texts t) =>
        [
            (t["inspection.email.business"], business),
            (t["inspection.email.address"], address),
            (t["inspection.email.category"], t.Category(task.Category)),
            (t["inspection.email.permit"], task.PermitNumber),
            (t["inspection.email.inspectBy"], t.At(task.InspectBy)),
        ];
        var text = string.Join('\n',
        [
            Zh.T("inspection.email.greeting", inspector.Name, Zh.Local(inspector.Role)), "",
            Zh[$"inspection.email.intro.{task.Kind}"], "",
            .. Facts(Zh).Select(f => Zh.Labelled(f.Label, f.Value)), "",
            Zh["inspection.email.link"], url,
            Zh.T("inspection.email.linkExpires", Zh.At(task.LinkExpiresAt)), "",
            Zh["inspection.email.patrol"], patrolUrl, "",
            "----", Subject(En), En[$"inspection.email.intro.{task.Kind}"],
            .. Facts(En).Select(f => En.Labelled(f.Label, f.Value)),
            En["inspection.email.link"] + " " + url,
            En.T("inspection.email.linkExpires", En.At(task.LinkExpiresAt)),
        ]);
        var html = Html.Of($"""
            <p>{Zh.T("inspection.email.greeting", inspector.Name, Zh.Local(inspector.Role))}</p>
            <p>{Zh[$"inspection.email.intro.{task.Kind}"]}</p>
            <table>{Facts(Zh).Select(f => Html.Of($"<tr><th align=\"left\">{f.Label}</th><td>{f.Value}</td></tr>"))}</table>
            <p>{Zh["inspection.email.link"]}<br>{Html.Link(url, Zh["inspection.email.linkLabel"])}</p>
            <p>{Zh.T("inspection.email.linkExpires", Zh.At(task.LinkExpiresAt))}</p>
            <p>{Zh["inspection.email.patrol"]} {Html.Link(patrolUrl, Zh["inspection.email.patrolLabel"])}</p>
            <hr>
            <p lang="en"><strong>{Subject(En)}</strong><br>{En[$"inspection.email.intro.{task.Kind}"]}</p>
            <table lang="en">{Facts(En).Select(f => Html.Of($"<tr><th align=\"left\">{f.Label}</th><td>{f.Value}</td></tr>"))}</table>
            <p lang="en">{Html.Link(url, En["inspection.email.linkLabel"])} {En.T("inspection.email.linkExpires", En.At(task.LinkExpiresAt))}</p>
            """);
        return new EmailMessage(inspector.Email, inspector.Name, Subject(Zh), html.ToString(), text,
            [new MessageLink(Zh["inspection.email.linkLabel"], url), new MessageLink(Zh["inspection.email.patrolLabel"], patrolUrl)]);
    }

    /// <summary>To the inspector's phone: no business name (typed text never goes into an SMS), the task's link only.</summary>
    public static string Sms(DistrictPolicy policy, InspectionTask task, string url) =>
        Zh.T("businessSms.signature", policy.Name.Zh) + Zh.T("inspection.sms", Zh[$"inspection.kind.{task.Kind}"], Zh.At(task.InspectBy), url);

    /// <summary>日检查、日消毒 reminder to the business: fixed words, the permit number and the status page.</summary>
    public static string SelfCheckSms(DistrictPolicy policy, string permitNumber, string statusUrl) =>
        Zh.T("businessSms.signature", policy.Name.Zh) + Zh.T("selfCheck.sms", permitNumber, statusUrl);
}
