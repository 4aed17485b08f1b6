using Reopen.Functions.Permits;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>After a decision: what was recorded and what happens next.</summary>
internal static class DecisionResultPage
{
    public static HtmlPage Compose(Texts t, OpenDecisionLink link, DecisionRecorded recorded, ApprovalState after, IReadOnlyList<ApprovalEvent> events)
    {
        var kind = link.Step.Kind;
        var title = Title(t, kind, recorded.Verdict, events);
        var body = Html.Of($"""
            <section class="card result" data-verdict="{recorded.Verdict.ToString().ToLowerInvariant()}" data-status="{after.Status.ToString().ToLowerInvariant()}">
            <h1>{title}</h1>
            <p>{t.T("decision.result.recorded", t.Step(kind), after.Filing?.BusinessName, t.AtPrecise(recorded.At))}</p>
            {(recorded.Reason is { Length: > 0 } reason ? Html.Of($"<p>{t.T("decision.decided.reason", reason)}</p>") : Html.Empty)}
            <p class="next">{Next(t, link, after, events)}</p>
            </section>
            """);
        return new HtmlPage(title, body);
    }

    // An approval says what it settled: the filing, this step, or only this co-signer's part of it.
    private static string Title(Texts t, StepKind kind, Verdict verdict, IReadOnlyList<ApprovalEvent> events)
    {
        if (verdict != Verdict.Approve)
            return t[kind == StepKind.OnSiteCheck ? $"decision.result.OnSiteCheck.{verdict}" : $"decision.result.{verdict}"];
        if (events.OfType<FilingApproved>().Any()) return t["decision.result.Approve.filing"];
        if (!events.OfType<StepApproved>().Any()) return t["decision.result.Approve.signed"];
        return t[kind == StepKind.OnSiteCheck ? "decision.result.OnSiteCheck.Approve" : "decision.result.Approve.step"];
    }

    private static Html Next(Texts t, OpenDecisionLink link, ApprovalState after, IReadOnlyList<ApprovalEvent> events)
    {
        if (events.OfType<FilingApproved>().FirstOrDefault() is { } approved)
            return Html.Of($"{t.T("decision.result.next.approved", approved.PermitNumber)} {Html.Link(PermitLinks.VerifyPath(approved.PermitNumber), t["decision.result.next.permitLink"])}");
        if (events.OfType<FilingRejected>().Any()) return Html.Text(t["decision.result.next.rejected"]);
        if (events.OfType<FilingReturned>().Any()) return Html.Text(t["decision.result.next.returned"]);
        if (events.OfType<StepOpened>().FirstOrDefault() is { } opened && after.FindStep(opened.StepId) is { } next)
            return Html.Text(t.T("decision.result.next.step", t.Step(link.Step.Kind), t.Local(next.Plan.Holder), t.Step(next.Kind),
                t.List(next.Awaiting.Select(t.Person))));
        var waiting = after.FindStep(link.Step.StepId)?.Awaiting.Select(t.Person) ?? [];
        return Html.Text(t.T("decision.result.next.waiting", t.List(waiting)));
    }
}
