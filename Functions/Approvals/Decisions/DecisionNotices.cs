using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;
using PolicyText = Reopen.Orchestrations.Policy.LocalizedText;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>The readable pages for a link that cannot decide: invalid, expired, superseded, already decided, withdrawn, closed.</summary>
internal static class DecisionNotices
{
    public static IResult Invalid() =>
        Notice(StatusCodes.Status400BadRequest, "invalid", t => (t["decision.invalid.title"], [t["decision.invalid.message"]]));

    public static IResult Missing() =>
        Notice(StatusCodes.Status404NotFound, "missing", t => (t["decision.missing.title"], [t["decision.missing.message"]]));

    public static IResult Expired(DateTimeOffset expiredAt, PolicyText? holder, PolicyText leadingGroup) =>
        Notice(StatusCodes.Status410Gone, "expired", t => (t["decision.expired.title"],
            [t.T("decision.expired.message", t.At(expiredAt), holder is null ? t.Local(leadingGroup) : t.Local(holder), t.Local(leadingGroup))]));

    /// <summary>The decision was handed to the orchestration, which has not applied it yet: the same link (GET) shows the outcome.</summary>
    public static IResult Pending(string decisionPath) =>
        Notice(StatusCodes.Status202Accepted, "pending", t => (t["decision.pending.title"], [t["decision.pending.message"]]),
            t => (decisionPath, t["decision.pending.link"]));

    /// <summary>The page for a rejection code of <see cref="ApprovalProcess.WhyCannotDecide"/> or of the decision itself.</summary>
    public static IResult CannotDecide(string code, OpenDecisionLink link) => code switch
    {
        ApprovalRejections.AlreadyDecided => Decided(link),
        ApprovalRejections.Superseded => Notice(StatusCodes.Status409Conflict, "superseded", t => (t["decision.superseded.title"],
            [t.T("decision.superseded.message", t.Step(link.Step.Kind), link.Claims.Round, link.Step.Round, StepState(t, link))])),
        ApprovalRejections.Closed when link.State.Status == ApprovalStatus.Withdrawn => Withdrawn(link),
        ApprovalRejections.Closed => Notice(StatusCodes.Status409Conflict, "closed", t => (t["decision.closed.title"],
            [t.T("decision.closed.message", t.Status(link.State.Status))])),
        ApprovalRejections.NotAnApprover => Notice(StatusCodes.Status403Forbidden, "not-an-approver", t => (t["decision.notApprover.title"],
            [t.T("decision.notApprover.message", t.Step(link.Step.Kind), t.Local(link.Step.Plan.Holder))])),
        ApprovalRejections.StepNotOpen => Notice(StatusCodes.Status409Conflict, "not-open", t => (t["decision.notOpen.title"],
            [t.T("decision.notOpen.message", t.Step(link.Step.Kind), t.Status(link.State.Status))])),
        _ => Invalid(),
    };

    /// <summary>The business took the filing back: no link, old or new, will be sent for it again.</summary>
    private static IResult Withdrawn(OpenDecisionLink link) => Notice(StatusCodes.Status409Conflict, "withdrawn", t =>
        (t["decision.withdrawn.title"],
        [
            link.State.ClosedAt is { } at ? t.T("decision.withdrawn.messageAt", t.At(at)) : t["decision.withdrawn.message"],
            t["decision.withdrawn.nothingLeft"],
        ]));

    /// <summary>Who decided this round of the step and when; "you" when the reader did (a second click, a double POST).</summary>
    private static IResult Decided(OpenDecisionLink link) => Notice(StatusCodes.Status409Conflict, "already-decided", t =>
    {
        var c = link.Claims;
        var kind = link.Step.Kind;
        var mine = link.State.Decisions.LastOrDefault(d => d.StepId == c.StepId && d.Round == c.Round && d.By.Id == c.ApproverId);
        var settling = link.Step.Outcome is { } o && o.Round == c.Round
            ? (o.By, o.At, o.Verdict, o.Reason)
            : link.State.Decisions.Where(d => d.StepId == c.StepId && d.Round == c.Round).Select(d => (d.By, d.At, d.Verdict, d.Reason)).LastOrDefault();
        var lines = new List<string>();
        if (mine is not null)
            lines.Add(t.T("decision.decided.byYou", t.AtPrecise(mine.At), t.Step(kind), t.Verdict(mine.Verdict, kind)));
        if (settling.By is { } by && (mine is null || by.Id != mine.By.Id))
        {
            lines.Add(t.T("decision.decided.byOther", t.Step(kind), by.Name, t.Local(by.Role), t.AtPrecise(settling.At), t.Verdict(settling.Verdict, kind)));
            if (settling.Reason is { Length: > 0 } reason) lines.Add(t.T("decision.decided.reason", reason));
        }
        lines.Add(t.T("decision.decided.now", StepState(t, link)));
        return (t[mine is null ? "decision.decided.title" : "decision.decided.titleByYou"], lines);
    });

    private static string StepState(Texts t, OpenDecisionLink link) => t.Status(link.State.Status);

    private static IResult Notice(int status, string kind, Func<Texts, (string Title, IReadOnlyList<string> Lines)> compose,
        Func<Texts, (string Href, string Label)>? link = null) =>
        PageResults.Html(t =>
        {
            var (title, lines) = compose(t);
            // A link gone wrong is an error; a link whose work is done (409) or under way (202) is news.
            var css = status is StatusCodes.Status409Conflict or StatusCodes.Status202Accepted ? "card notice" : "card notice error";
            var onward = link?.Invoke(t) is { } a ? Html.Of($"""<p><a href="{a.Href}">{a.Label}</a></p>""") : Html.Empty;
            var body = Html.Of($"""
                <section class="{css}" role="status" data-status="{status}" data-notice="{kind}">
                <h1>{title}</h1>
                {lines.Select(l => Html.Of($"<p>{l}</p>"))}
                {onward}
                </section>
                """);
            return new HtmlPage(title, body);
        }, status);
}
