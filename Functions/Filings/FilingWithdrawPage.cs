using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Filings;

/// <summary>"Do you really want to withdraw?": a reason (optional) and the confirming post.</summary>
internal static class FilingWithdrawPage
{
    public static HtmlPage Compose(Texts t, FilingStatusView view, string accessCode, string reason, string? error)
    {
        var alert = error is null ? Html.Empty : Html.Of($"<p class=\"card error\" role=\"alert\">{error}</p>");
        var action = FilingStatusPageEndpoints.ActionPath(t, view.FilingId);
        var body = Html.Of($"""
            <h1>{t["filing.page.withdraw.title"]}</h1>
            <p>{t.T("filing.page.withdraw.question", view.BusinessName, view.FilingId)}</p>
            {alert}
            <form method="post" action="{action}" class="card withdraw-form">
            <input type="hidden" name="accessCode" value="{accessCode}">
            <input type="hidden" name="action" value="{FilingStatusPageEndpoints.ConfirmWithdrawAction}">
            <label for="reason">{t["filing.page.withdraw.reason"]}</label>
            <textarea id="reason" name="reason" rows="3" maxlength="{FilingLimits.NoteLength}">{reason}</textarea>
            <p><button type="submit" class="danger">{t["filing.page.withdraw.confirm"]}</button></p>
            </form>
            <form method="post" action="{action}">
            <input type="hidden" name="accessCode" value="{accessCode}">
            <p><button type="submit" class="secondary">{t["filing.page.withdraw.cancel"]}</button></p>
            </form>
            """);
        return new HtmlPage(t["filing.page.withdraw.title"], body).Reposting(FilingLinks.StatusPath(view.FilingId),
            ("accessCode", accessCode), ("action", FilingStatusPageEndpoints.WithdrawAction));
    }
}
