using Reopen.Functions.Approvals;
using Reopen.Functions.Notifications.Undelivered;
using Reopen.Functions.Supervision.Rectification;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Filings;

/// <summary>The business's status page: where the filing is, who holds it since when, the deadline, decisions, reason, permit.</summary>
internal static class FilingStatusPage
{
    public static HtmlPage Compose(Texts t, FilingStatusView view, string accessCode, string? noticeKey)
    {
        var notice = noticeKey is null ? Html.Empty : Html.Of($"<p class=\"card notice\" role=\"status\">{t[noticeKey]}</p>");
        var green = view.Priority ? Html.Of($" <span class=\"tag\">{t["approval.greenChannel"]}</span>") : Html.Empty;
        var body = Html.Of($"""
            <h1>{view.BusinessName}{green}</h1>
            {notice}
            <section class="card summary" data-status="{view.Status}">
            <table>
            <tr><th>{t["filing.page.filingIdLabel"]}</th><td>{view.FilingId}</td></tr>
            <tr><th>{t["filing.page.status"]}</th><td><strong class="status">{view.StatusText}</strong></td></tr>
            <tr><th>{t["filing.page.submittedAt"]}</th><td>{When(t, view.SubmittedAt)}</td></tr>
            {(view.ClosedAt is { } closed ? Html.Of($"<tr><th>{t["filing.page.closedAt"]}</th><td>{t.At(closed)}</td></tr>") : Html.Empty)}
            {(view.Reason is { Length: > 0 } reason ? Html.Of($"<tr><th>{t["filing.page.reason"]}</th><td class=\"reason\">{reason}</td></tr>") : Html.Empty)}
            </table>
            {Amend(t, view, accessCode)}
            </section>
            {Permit(t, view.Permit)}
            {CurrentStep(t, view.CurrentStep)}
            {Route(t, view.Steps)}
            {Decisions(t, view.Decisions)}
            {RectificationSection.Compose(t, view, accessCode)}
            {UndeliveredSection.Compose(t, view.Undelivered)}
            {Withdraw(t, view, accessCode)}
            """);
        return new HtmlPage(t["filing.page.title"], body).Reposting(FilingLinks.StatusPath(view.FilingId), ("accessCode", accessCode));
    }

    private static Html Permit(Texts t, PermitView? permit) => permit is null ? Html.Empty : Html.Of($"""
        <section class="card permit">
        <h2>{t["filing.page.permit"]}</h2>
        <p><strong>{permit.Number}</strong></p>
        <p>{Html.Link(permit.VerifyUrl, t["filing.page.permitVerify"])} · {Html.Link(permit.PlacardUrl, t["filing.page.permitPlacard"])}</p>
        </section>
        """);

    private static Html CurrentStep(Texts t, StepView? step)
    {
        if (step is null) return Html.Empty;
        var escalated = step.EscalationLevel > 0 ? Html.Of($" <span class=\"tag\">{t.T("filing.page.escalated", step.EscalationLevel)}</span>") : Html.Empty;
        var overdue = step.Overdue ? Html.Of($" <span class=\"tag\">{t["filing.page.overdue"]}</span>") : Html.Empty;
        return Html.Of($"""
            <section class="card current-step" data-step="{step.StepId}">
            <h2>{t["filing.page.currentStep"]}</h2>
            <table>
            <tr><th>{t["filing.page.step"]}</th><td>{step.Name}{(step.Round > 1 ? t.T("filing.page.round", step.Round) : "")}</td></tr>
            <tr><th>{t["filing.page.holder"]}</th><td>{step.Holder}{escalated}</td></tr>
            <tr><th>{t["filing.page.heldBy"]}</th><td class="held-by">{People(t, step.Awaiting.Count > 0 ? step.Awaiting : step.HeldBy)}</td></tr>
            <tr><th>{t["filing.page.since"]}</th><td>{When(t, step.Since)}</td></tr>
            <tr><th>{t["filing.page.deadline"]}</th><td>{When(t, step.DeadlineAt)}{overdue}</td></tr>
            </table>
            </section>
            """);
    }

    private static Html Route(Texts t, IReadOnlyList<StepView> steps) => Html.Of($"""
        <section class="card route">
        <h2>{t["filing.page.route"]}</h2>
        <table>
        <tr><th>{t["filing.page.step"]}</th><th>{t["filing.page.holder"]}</th><th>{t["filing.page.stepStatus"]}</th></tr>
        {steps.Select(s => Html.Of($"<tr data-step=\"{s.StepId}\"><td>{s.Name}</td><td>{s.Holder}</td><td>{t["filing.stepStatus." + s.Status]}</td></tr>"))}
        </table>
        </section>
        """);

    private static Html Decisions(Texts t, IReadOnlyList<DecisionView> decisions) => decisions.Count == 0 ? Html.Empty : Html.Of($"""
        <section class="card decisions">
        <h2>{t["filing.page.decisions"]}</h2>
        <table>
        <tr><th>{t["filing.page.at"]}</th><th>{t["filing.page.by"]}</th><th>{t["filing.page.verdict"]}</th><th>{t["filing.page.reason"]}</th></tr>
        {decisions.Select(d => Html.Of($"<tr><td>{t.At(d.At)}</td><td>{t.Person(d.By.Name, d.By.Role)}</td><td>{d.VerdictText}</td><td>{d.Reason}</td></tr>"))}
        </table>
        </section>
        """);

    // While returned: what to do, and the button to the amend page (the code goes along in the form, never in the URL).
    private static Html Amend(Texts t, FilingStatusView view, string accessCode) => view.Links.Amend is null ? Html.Empty : Html.Of($"""
        <p>{t["filing.page.returnedHint"]}</p>
        <form method="post" action="{FilingAmendEndpoints.FormPath(t, view.FilingId)}" class="no-print amend">
        <input type="hidden" name="accessCode" value="{accessCode}">
        <p><button type="submit">{t["filing.amend.start"]}</button></p>
        </form>
        """);

    private static Html Withdraw(Texts t, FilingStatusView view, string accessCode) => view.Links.Withdraw is null ? Html.Empty : Html.Of($"""
        <form method="post" action="{FilingStatusPageEndpoints.ActionPath(t, view.FilingId)}" class="no-print withdraw">
        <input type="hidden" name="accessCode" value="{accessCode}">
        <input type="hidden" name="action" value="{FilingStatusPageEndpoints.WithdrawAction}">
        <p><button type="submit" class="danger">{t["filing.page.withdraw.button"]}</button></p>
        </form>
        """);

    private static string People(Texts t, IReadOnlyList<PersonView> people) => t.List(people.Select(p => t.Person(p.Name, p.Role)));

    private static string When(Texts t, DateTimeOffset? at) => at is { } value ? t.At(value) : "";
}
