using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>Every decision on the filing so far, every round, oldest first.</summary>
internal static class DecisionHistory
{
    public static Html Compose(Texts t, ApprovalState state)
    {
        if (state.Decisions.Count == 0)
            return Html.Of($"<section class=\"card history\"><h2>{t["decision.history.heading"]}</h2><p class=\"muted\">{t["decision.history.empty"]}</p></section>");
        var rows = state.Decisions.Select(d =>
        {
            var kind = state.FindStep(d.StepId)?.Kind ?? StepKind.StreetReview;
            var step = d.Round > 1 ? t.T("decision.history.round", t.Step(kind), d.Round) : t.Step(kind);
            var by = t.Person(d.By) + (d.ByLevel > 0 ? t["decision.history.escalated"] : "");
            return Html.Of($"<tr><td>{t.At(d.At)}</td><td>{step}</td><td>{by}</td><td>{t.Verdict(d.Verdict, kind)}</td><td>{d.Reason}</td></tr>");
        });
        return Html.Of($"""
            <section class="card history">
            <h2>{t["decision.history.heading"]}</h2>
            <table>
            <thead><tr><th>{t["decision.history.at"]}</th><th>{t["decision.history.step"]}</th><th>{t["decision.history.by"]}</th><th>{t["decision.history.verdict"]}</th><th>{t["decision.history.reason"]}</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            </section>
            """);
    }
}
