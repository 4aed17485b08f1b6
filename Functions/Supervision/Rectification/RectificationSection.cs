using Reopen.Functions.Approvals;
using Reopen.Functions.Filings;
using Reopen.Functions.Supervision.Inspections;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Supervision.Rectification;

namespace Reopen.Functions.Supervision.Rectification;

/// <summary>The business's supervision on its status page: its inspections, then each rectification notice (where it stands, the fix report form, the documents to print).</summary>
internal static class RectificationSection
{
    public static Html Compose(Texts t, FilingStatusView view, string accessCode) => Html.Of($"""
        {InspectionHistorySection.Compose(t, view.Inspections)}
        {(view.Rectifications.Count == 0 ? Html.Empty : DocumentStyles)}
        {view.Rectifications.Select(r => Card(t, view.FilingId, r, accessCode))}
        """);

    private static readonly Html DocumentStyles = Html.Trusted("<style>" + SupervisionDocuments.Css + "</style>");

    private static Html Card(Texts t, string filingId, RectificationView r, string accessCode) => Html.Of($"""
        <section class="card rectification" data-notice="{r.NoticeId}" data-status="{r.Status}">
        <h2>{t["rectification.card.heading"]}</h2>
        <table>
        <tr><th>{t["rectification.card.status"]}</th><td><strong>{r.StatusText}</strong></td></tr>
        {(r.RectifyBy is { } by && r.AwaitingReport ? Html.Of($"<tr><th>{t["rectification.document.deadline"]}</th><td>{t.At(by)}</td></tr>") : Html.Empty)}
        </table>
        {(r.PermitSuspended ? Html.Of($"<p class=\"tag\">{t["rectification.card.suspended"]}</p>") : Html.Empty)}
        <ol class="items">{r.Items.Select(i => Html.Of($"<li data-item=\"{i.Code}\">{t.Labelled(i.Text, i.Note)}</li>"))}</ol>
        {(r.FixReport is { } report ? Html.Of($"<p class=\"reported\">{t.T("rectification.card.reported", report)}</p>") : Html.Empty)}
        {(r.AwaitingReport ? Html.Of($"""
            <form method="post" action="{FilingStatusPageEndpoints.ActionPath(t, filingId)}" class="no-print report-fix">
            <input type="hidden" name="accessCode" value="{accessCode}">
            <input type="hidden" name="action" value="{FilingStatusPageEndpoints.ReportFixAction}">
            <input type="hidden" name="noticeId" value="{r.NoticeId}">
            <label for="report-{r.NoticeId}">{t["rectification.card.report"]}</label>
            <p class="muted">{t["rectification.card.reportHint"]}</p>
            <textarea id="report-{r.NoticeId}" name="report" rows="4" maxlength="{FilingLimits.NoteLength}"></textarea>
            <p><button type="submit">{t["rectification.card.submit"]}</button></p>
            </form>
            """) : Html.Empty)}
        <h3 class="no-print">{t["rectification.card.documents"]}</h3>
        {r.Documents.Select(d => SupervisionDocuments.Render(t, d))}
        </section>
        """);

    /// <summary>Sends the business's report to its notice; answers the status page's notice key.</summary>
    public static async Task<string> ReportAsync(RectificationEngine rectifications, string filingId, string noticeId, string report, CancellationToken ct)
    {
        // The code opened this filing only: a notice of another filing is not this business's to answer.
        if (!noticeId.StartsWith($"R-{filingId}-", StringComparison.Ordinal) || noticeId.Length > 120
            || !noticeId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            return "rectification.page.reportRefused";
        if (report.Trim().Length is 0 or > FilingLimits.NoteLength) return "rectification.page.reportEmpty";
        try
        {
            await rectifications.HandleAsync(noticeId, new ReportFix(report), RequestCommandId.New(), ct);
            return "rectification.page.reportSent";
        }
        catch (CommandRejectedException e) when (e.Code == RectificationRejections.InvalidReport)
        {
            return "rectification.page.reportEmpty";
        }
        catch (CommandRejectedException)
        {
            return "rectification.page.reportRefused";
        }
        catch (CommandPendingException)
        {
            return "rectification.page.reportPending";
        }
    }
}
