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

    private static EmailMessage Compose(CallbackTaskOpened e, Official to, string url, DateTimeOffset expiresAt)
    {
        string Subject(Texts t) => t.T("callback.email.subject", e.Priority ? t["decisionEmail.tag.green"] : "", e.BusinessName);
        var text = string.Join('\n', new[]
        {
            Zh.T("callback.email.greeting", to.Name, Zh.Local(to.Role)), "",
            Zh["callback.email.intro"], "",
            Zh.Labelled(Zh["callback.email.business"], e.BusinessName),
            Zh.Labelled(Zh["callback.email.reason"], e.Reason),
            Zh.Labelled(Zh["callback.email.openedAt"], Zh.At(e.OpenedAt)), "",
            Zh["callback.email.link"], url,
            Zh.T("callback.email.linkExpires", Zh.At(expiresAt)), "",
            "----", Subject(En), En["callback.email.intro"], En["callback.email.link"] + " " + url,
        });
        var html = Html.Of($"""
            <p>{Zh.T("callback.email.greeting", to.Name, Zh.Local(to.Role))}</p>
            <p>{Zh["callback.email.intro"]}</p>
            <table>
            <tr><th align="left">{Zh["callback.email.business"]}</th><td>{e.BusinessName}</td></tr>
            <tr><th align="left">{Zh["callback.email.reason"]}</th><td>{e.Reason}</td></tr>
            <tr><th align="left">{Zh["callback.email.openedAt"]}</th><td>{Zh.At(e.OpenedAt)}</td></tr>
            </table>
            <p>{Zh["callback.email.link"]}<br>{Html.Link(url, Zh["callback.email.linkLabel"])}</p>
            <p>{Zh.T("callback.email.linkExpires", Zh.At(expiresAt))}</p>
            <hr>
            <p lang="en"><strong>{Subject(En)}</strong><br>{En["callback.email.intro"]} {Html.Link(url, En["callback.email.linkLabel"])}</p>
            """);
        return new EmailMessage(to.Email, to.Name, Subject(Zh), html.ToString(), text, [new MessageLink(Zh["callback.email.linkLabel"], url)]);
    }
}
