using Reopen.Functions.Notifications.Undelivered;
using Reopen.Functions.Supervision.Patrols;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>The page a decision link opens: the step, the filing, the decisions so far, and the form (which POSTs back to the link).</summary>
internal static class DecisionPage
{
    public static HtmlPage Compose(Texts t, OpenDecisionLink link, DecisionFiling filing, DistrictPolicy policy, string actionPath,
        DecisionForm form, IReadOnlyList<DecisionFormError> errors)
    {
        var state = link.State;
        var green = state.Priority ? Html.Of($" <span class=\"tag\">{t["approval.greenChannel"]}</span>") : Html.Empty;
        var title = t.T("decision.title", filing.Summary.BusinessName);
        var body = Html.Of($"""
            <h1>{title}{green}</h1>
            {ErrorSummary(t, errors)}
            {StepSection(t, link)}
            {ClosureOrderSection.Compose(t, filing.ClosureOrders)}
            {DecisionFilingSection.Compose(t, filing, policy)}
            {DecisionHistory.Compose(t, state)}
            {UndeliveredSection.Compose(t, [.. filing.Undelivered.Select(m => UndeliveredView.From(t, m))])}
            {Form(t, link.Step.Kind, actionPath, form, errors)}
            """);
        return new HtmlPage(title, body);
    }

    // The gentler outcome before the final one: 同意 / 退回修改 / 不予通过 (现场检查合格 / 退回整改 / 不予通过).
    private static readonly Verdict[] VerdictOrder = [Verdict.Approve, Verdict.Return, Verdict.Reject];

    // At the top, because the form comes after the filing and its roster.
    private static Html ErrorSummary(Texts t, IReadOnlyList<DecisionFormError> errors) => errors.Count == 0 ? Html.Empty : Html.Of($"""
        <div class="card error" role="alert" data-errors="{errors.Count}">
        <p>{t["decision.form.errors"]}</p>
        <ul>{errors.Select(e => Html.Of($"<li data-field=\"{e.Field}\">{t.T(e.TextKey, e.Args)}</li>"))}</ul>
        <p><a href="#decision-form">{t["decision.form.goto"]}</a></p>
        </div>
        """);

    private static Html StepSection(Texts t, OpenDecisionLink link)
    {
        var step = link.Step;
        var me = link.Approver;
        var level = step.LevelOf(me.Id) ?? 0;
        var you = level > 0
            ? t.T("decision.step.youEscalated", t.Person(me), t.Local(step.Plan.Escalation[level - 1].Name))
            : t.Person(me);
        var others = step.Awaiting.Where(o => o.Id != me.Id).Select(t.Person).ToList();
        var signed = step.Plan.Approvers.Where(a => step.SignedBy.Contains(a.Id)).Select(t.Person).ToList();
        var round = step.Round > 1 ? Html.Of($" · {t.T("decision.step.round", step.Round)}") : Html.Empty;
        var overdue = step.Overdue ? Html.Of($" <span class=\"tag\">{t["decision.step.overdue"]}</span>") : Html.Empty;
        var coSign = step.Plan.Mode == StepMode.Everyone
            ? Html.Of($"""
                <tr><th>{t["decision.step.signed"]}</th><td>{(signed.Count == 0 ? t["decision.none"] : t.List(signed))}</td></tr>
                <tr><td colspan="2" class="muted">{t["decision.step.coSignNote"]}</td></tr>
                """)
            : Html.Empty;
        return Html.Of($"""
            <section class="card step" data-step="{step.StepId}" data-round="{step.Round}">
            <h2>{t["decision.step.heading"]}</h2>
            <table>
            <tr><th>{t["decision.step.name"]}</th><td>{t.Step(step.Kind)}{round}</td></tr>
            <tr><th>{t["decision.step.holder"]}</th><td>{t.Local(step.Plan.Holder)}</td></tr>
            <tr><th>{t["decision.step.deadline"]}</th><td>{(step.DeadlineAt is { } at ? t.At(at) : "")}{overdue}</td></tr>
            <tr><th>{t["decision.step.you"]}</th><td>{you}</td></tr>
            <tr><th>{t["decision.step.others"]}</th><td>{(others.Count == 0 ? t["decision.none"] : t.List(others))}</td></tr>
            {coSign}
            </table>
            </section>
            """);
    }

    private static Html Form(Texts t, StepKind kind, string actionPath, DecisionForm form, IReadOnlyList<DecisionFormError> errors)
    {
        var reasonInvalid = errors.Any(e => e.Field == "reason") ? Html.Of($" aria-invalid=\"true\"") : Html.Empty;
        var options = VerdictOrder.Select(v =>
        {
            var id = "verdict-" + v.ToString().ToLowerInvariant();
            var selected = form.Verdict == v ? Html.Of($" checked") : Html.Empty;
            return Html.Of($"""
                <p class="verdict"><input type="radio" id="{id}" name="verdict" value="{v.ToString().ToLowerInvariant()}" required style="width:auto"{selected}> <label for="{id}" style="display:inline">{t[kind == StepKind.OnSiteCheck ? $"decision.form.verdict.OnSiteCheck.{v}" : $"decision.form.verdict.{v}"]}</label></p>
                """);
        });
        return Html.Of($"""
            <form method="post" action="{actionPath}" id="decision-form" class="card decision-form">
            <h2>{t["decision.form.heading"]}</h2>
            <fieldset style="border:0;padding:0;margin:0"><legend><strong>{t["decision.form.verdict"]}</strong></legend>
            {options}
            </fieldset>
            <label for="reason">{t["decision.form.reason"]}</label>
            <textarea id="reason" name="reason" rows="5" maxlength="{DecisionForm.MaxReasonLength}"{reasonInvalid}>{form.Reason}</textarea>
            <p><button type="submit">{t["decision.form.submit"]}</button> <span class="muted">{t["decision.form.note"]}</span></p>
            </form>
            """);
    }
}
