using Reopen.Functions.Approvals;
using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Hosting.Urls;
using Reopen.Functions.Notifications;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Callbacks;

/// <summary>Puts a rejected business on the street's call-back list and mails each assignee a link to the task.</summary>
internal sealed class CallbackOpenedHandler(
    CallbackBoard board, DecisionLinkToken tokens, PublicUrls urls, IEmailSender email, ILogger<CallbackOpenedHandler> logger)
    : IEffectHandler<CallbackTaskOpened>
{
    private static readonly Texts Zh = Texts.For(UiLanguage.Zh);
    private static readonly Texts En = Texts.For(UiLanguage.En);

    public async Task HandleAsync(CallbackTaskOpened effect, EffectContext context, CancellationToken ct)
    {
        await board.RecordOpenedAsync(effect, ct);
        var expiresAt = effect.OpenedAt + CallbackLinks.Lifetime;
        foreach (var assignee in effect.Assignees)
        {
            var token = tokens.Create(new DecisionLinkClaims(effect.FilingId, CallbackLinks.StepId, CallbackLinks.Round, assignee.Id, expiresAt));
            var message = Compose(effect, assignee, urls.For(CallbackLinks.PathFor(token)), expiresAt);
            // One effect, several recipients: each email gets its own stable key.
            var receipt = await email.SendAsync(message, $"{context.IdempotencyKey}|{assignee.Id}", ct);
            logger.LogInformation("Call-back email for filing {FilingId} to official {OfficialId}: {MessageId}", effect.FilingId, assignee.Id, receipt.MessageId);
        }
    }

    internal static EmailMessage Compose(CallbackTaskOpened e, Official to, string url, DateTimeOffset expiresAt)
    {
        // What the business and the official typed reaches the mail only as inert text.
        var (business, reason) = (MailText.Inert(e.BusinessName), MailText.Inert(e.Reason));
        string Subject(Texts t) => t.T("callback.email.subject", e.Priority ? t["decisionEmail.tag.green"] : "", business);
        (string Label, string Value)[] Facts(Texts t) =>
        [
            (t["callback.email.business"], business),
            (t["callback.email.reason"], reason),
            (t["callback.email.openedAt"], t.At(e.OpenedAt)),
        ];
        var text = string.Join('\n',
        [
            Zh.T("callback.email.greeting", to.Name, Zh.Local(to.Role)), "",
            Zh["callback.email.intro"], "",
            .. Facts(Zh).Select(f => Zh.Labelled(f.Label, f.Value)), "",
            Zh["callback.email.link"], url,
            Zh.T("callback.email.linkExpires", Zh.At(expiresAt)), "",
            "----", Subject(En), En["callback.email.intro"],
            .. Facts(En).Select(f => En.Labelled(f.Label, f.Value)),
            En["callback.email.link"] + " " + url,
            En.T("callback.email.linkExpires", En.At(expiresAt)),
        ]);
        var html = Html.Of($"""
            <p>{Zh.T("callback.email.greeting", to.Name, Zh.Local(to.Role))}</p>
            <p>{Zh["callback.email.intro"]}</p>
            <table>{Facts(Zh).Select(f => Html.Of($"<tr><th align=\"left\">{f.Label}</th><td>{f.Value}</td></tr>"))}</table>
            <p>{Zh["callback.email.link"]}<br>{Html.Link(url, Zh["callback.email.linkLabel"])}</p>
            <p>{Zh.T("callback.email.linkExpires", Zh.At(expiresAt))}</p>
            <hr>
            <p lang="en"><strong>{Subject(En)}</strong><br>{En["callback.email.intro"]}</p>
            <table lang="en">{Facts(En).Select(f => Html.Of($"<tr><th align=\"left\">{f.Label}</th><td>{f.Value}</td></tr>"))}</table>
            <p lang="en">{Html.Link(url, En["callback.email.linkLabel"])} {En.T("callback.email.linkExpires", En.At(expiresAt))}</p>
            """);
        return new EmailMessage(to.Email, to.Name, Subject(Zh), html.ToString(), text, [new MessageLink(Zh["callback.email.linkLabel"], url)]);
    }
}
