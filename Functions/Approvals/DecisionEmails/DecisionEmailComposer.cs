using Reopen.Functions.Approvals.Decisions;
using Reopen.Functions.Notifications;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Approvals.DecisionEmails;

/// <summary>
/// The email that carries a decision link: Chinese first, an English summary after. Only what an approver needs to
/// recognise the filing goes in; the roster and ID data stay behind the link.
/// </summary>
internal static class DecisionEmailComposer
{
    private static readonly Texts Zh = Texts.For(UiLanguage.Zh);
    private static readonly Texts En = Texts.For(UiLanguage.En);

    public static EmailMessage Compose(EmailApprover e, DistrictPolicy policy, string decisionUrl, DecisionAmendment? amendment = null)
    {
        // What the business and officials typed reaches the mail only as inert text.
        e = e with { BusinessName = MailText.Inert(e.BusinessName) };
        if (amendment is not null)
            amendment = amendment with { Note = amendment.Note is { } note ? MailText.Inert(note) : null, ReturnReason = MailText.Inert(amendment.ReturnReason) };
        var amended = Amended(Zh, amendment);
        var englishAmended = Amended(En, amendment);
        var subject = Subject(Zh, e);
        var rows = Facts(Zh, e, policy);
        var englishRows = Facts(En, e, policy);
        var text = string.Join('\n',
        [
            Zh.T("decisionEmail.greeting", e.Approver.Name, Zh.Local(e.Approver.Role)),
            "",
            Zh[$"decisionEmail.intro.{e.Purpose}"],
            "",
            .. amended.SelectMany(line => new[] { line, "" }),
            .. rows.Select(r => Zh.Labelled(r.Label, r.Value)),
            "",
            Zh["decisionEmail.link"],
            decisionUrl,
            Zh.T("decisionEmail.linkExpires", Zh.At(e.ExpiresAt)),
            "",
            "----",
            Subject(En, e),
            En[$"decisionEmail.intro.{e.Purpose}"],
            .. englishAmended,
            .. englishRows.Select(r => En.Labelled(r.Label, r.Value)),
            En["decisionEmail.link"] + " " + decisionUrl,
            "",
            Zh["decisionEmail.footer"] + " / " + En["decisionEmail.footer"],
        ]);
        var html = Html.Of($"""
            <p>{Zh.T("decisionEmail.greeting", e.Approver.Name, Zh.Local(e.Approver.Role))}</p>
            <p>{Zh[$"decisionEmail.intro.{e.Purpose}"]}</p>
            {amended.Select(line => Html.Of($"<p>{line}</p>"))}
            <table>{rows.Select(r => Html.Of($"<tr><th align=\"left\">{r.Label}</th><td>{r.Value}</td></tr>"))}</table>
            <p>{Zh["decisionEmail.link"]}<br>{Html.Link(decisionUrl, Zh["decisionEmail.linkLabel"])}</p>
            <p>{Zh.T("decisionEmail.linkExpires", Zh.At(e.ExpiresAt))}</p>
            <hr>
            <p lang="en"><strong>{Subject(En, e)}</strong><br>{En[$"decisionEmail.intro.{e.Purpose}"]}</p>
            {englishAmended.Select(line => Html.Of($"<p lang=\"en\">{line}</p>"))}
            <table lang="en">{englishRows.Select(r => Html.Of($"<tr><th align=\"left\">{r.Label}</th><td>{r.Value}</td></tr>"))}</table>
            <p lang="en">{Html.Link(decisionUrl, En["decisionEmail.linkLabel"])}</p>
            <p><small>{Zh["decisionEmail.footer"]} / {En["decisionEmail.footer"]}</small></p>
            """);
        return new EmailMessage(e.Approver.Email, e.Approver.Name, subject, html.ToString(), text,
            [new MessageLink(Zh["decisionEmail.linkLabel"], decisionUrl)]);
    }

    /// <summary>"【绿色通道】【催办】请审批：清源鲜果超市 复工备案".</summary>
    public static string Subject(Texts t, EmailApprover e)
    {
        var tags = (e.Priority ? t["decisionEmail.tag.green"] : "") + (e.Purpose == EmailPurpose.Decide ? "" : t[$"decisionEmail.tag.{e.Purpose}"]);
        return t.T("decisionEmail.subject", tags, e.BusinessName);
    }

    /// <summary>For a round after the first: the business's note on its amendment, and who returned the round before and why.</summary>
    private static IReadOnlyList<string> Amended(Texts t, DecisionAmendment? a) => a is null ? [] :
    [
        string.IsNullOrWhiteSpace(a.Note) ? t["decisionEmail.amended.noNote"] : t.T("decisionEmail.amended.note", a.Note.Trim()),
        t.T("decisionEmail.amended.returned", a.ReturnedBy.Name, t.Local(a.ReturnedBy.Role), t.At(a.ReturnedAt), a.ReturnReason),
    ];

    private static IReadOnlyList<(string Label, string Value)> Facts(Texts t, EmailApprover e, DistrictPolicy policy)
    {
        var street = policy.FindStreet(e.StreetCode) is { } s ? t.Local(s.Name) : e.StreetCode;
        var step = e.Round > 1 ? t.T("decisionEmail.round", t.Step(e.StepKind), e.Round) : t.Step(e.StepKind);
        return
        [
            (t["decisionEmail.business"], e.BusinessName),
            (t["decisionEmail.category"], t.Category(e.Category)),
            (t["decisionEmail.scale"], t.Scale(e.Scale)),
            (t["decisionEmail.street"], street),
            (t["decisionEmail.step"], step),
            (t["decisionEmail.deadline"], t.At(e.DeadlineAt)),
        ];
    }
}
