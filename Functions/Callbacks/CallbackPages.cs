using Reopen.Functions.Approvals;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Callbacks;

/// <summary>The call-back task as its assignee sees it: the business's phone (unmasked: the call needs it), the reason, the record form.</summary>
internal static class CallbackPages
{
    public static HtmlPage Open(Texts t, ApprovalState state, Official assignee, string actionPath, string notes, IReadOnlyList<string> errors)
    {
        var filing = state.Filing!;
        var task = state.Callback!;
        var rejection = state.Steps.Select(s => s.Outcome).LastOrDefault(o => o?.Verdict == Verdict.Reject);
        var title = t.T("callback.title", filing.BusinessName);
        var errorList = errors.Count == 0 ? Html.Empty : Html.Of($"""
            <div class="card error" role="alert" data-errors="{errors.Count}"><p>{t["callback.form.errors"]}</p><ul>{errors.Select(e => Html.Of($"<li>{e}</li>"))}</ul></div>
            """);
        var body = Html.Of($"""
            <h1>{title}</h1>
            <section class="card callback">
            <table>
            <tr><th>{t["callback.business"]}</th><td>{filing.BusinessName}</td></tr>
            <tr><th>{t["callback.contact"]}</th><td>{filing.ResponsibleName}</td></tr>
            <tr><th>{t["callback.mobile"]}</th><td><a class="phone" href="tel:{filing.ResponsibleMobile}">{filing.ResponsibleMobile}</a></td></tr>
            <tr><th>{t["callback.reason"]}</th><td>{task.Reason}</td></tr>
            <tr><th>{t["callback.rejectedBy"]}</th><td>{(rejection is null ? "" : t.List([t.Person(rejection.By), t.At(rejection.At)]))}</td></tr>
            <tr><th>{t["callback.openedAt"]}</th><td>{t.At(task.OpenedAt)}</td></tr>
            <tr><th>{t["callback.assignee"]}</th><td>{t.Person(assignee)}</td></tr>
            </table>
            </section>
            <form method="post" action="{actionPath}" class="card callback-form">
            <h2>{t["callback.form.heading"]}</h2>
            {errorList}
            <label for="notes">{t["callback.form.notes"]}</label>
            <textarea id="notes" name="notes" rows="6" maxlength="{CallbackForm.MaxNotesLength}">{notes}</textarea>
            <p><button type="submit">{t["callback.form.submit"]}</button></p>
            </form>
            """);
        return new HtmlPage(title, body);
    }

    public static HtmlPage Done(Texts t, CallbackTask closed, string businessName) =>
        Notice(t["callback.done.title"], "done",
            [t.T("callback.done.message", businessName, t.AtPrecise(closed.ClosedAt ?? default)), t.T("callback.closed.notes", closed.Notes)]);

    public static HtmlPage AlreadyClosed(Texts t, CallbackTask closed) =>
        Notice(t["callback.closed.title"], "closed",
        [
            t.T("callback.closed.message", closed.ClosedBy?.Name, closed.ClosedBy is { } by ? t.Local(by.Role) : "", t.AtPrecise(closed.ClosedAt ?? default)),
            t.T("callback.closed.notes", closed.Notes),
        ]);

    public static HtmlPage Notice(string title, string kind, IReadOnlyList<string> lines) =>
        new(title, Html.Of($"""
            <section class="card notice" role="status" data-notice="{kind}">
            <h1>{title}</h1>
            {lines.Select(l => Html.Of($"<p>{l}</p>"))}
            </section>
            """));
}
