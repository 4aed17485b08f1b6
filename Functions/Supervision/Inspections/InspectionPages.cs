using Reopen.Functions.Approvals;
using Reopen.Functions.Filings;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Functions.Supervision.Inspections;

/// <summary>The inspector's phone page: the business's facts (people masked: the visit does not need their numbers), the checklist, the outcome.</summary>
internal static class InspectionPages
{
    /// <summary>Enough of the roster to check faces against at the door; the count says how many there are in all.</summary>
    public const int RosterShown = 20;

    private const string Css = """
        .checklist fieldset{border:0;border-top:1px solid #d0d7de;margin:0;padding:.6rem 0}
        .checklist legend{font-weight:600;padding:0}
        .checklist .choices label{display:inline-block;margin-right:1.2rem;padding:.3rem 0}
        .checklist input[type=text]{width:100%;box-sizing:border-box}
        .outcomes label{display:block;padding:.35rem 0}
        """;

    public static HtmlPage Open(Texts t, InspectionTask task, StoredFiling filing, IReadOnlyList<RosterEntry> roster, Official inspector,
        DistrictPolicy policy, IReadOnlyList<ChecklistSection> checklist, string actionPath, InspectionReport? posted, IReadOnlyList<FieldError> errors)
    {
        var f = filing.Filing;
        var answers = (posted?.Items ?? []).ToDictionary(a => a.Code);
        var title = t.T("inspection.page.title", t[$"inspection.kind.{task.Kind}"], task.BusinessName);
        var errorList = errors.Count == 0 ? Html.Empty : Html.Of($"""
            <div class="card error" role="alert" data-errors="{errors.Count}"><p>{t["inspection.form.errors"]}</p>
            <ul>{errors.Select(e => Html.Of($"<li data-path=\"{e.Path}\">{(t.Language == UiLanguage.En ? e.MessageEn : e.MessageZh)}</li>"))}</ul></div>
            """);
        var body = Html.Of($"""
            <style>{Html.Trusted(Css)}</style>
            <h1>{title}</h1>
            <section class="card facts">
            <table>
            <tr><th>{t["inspection.email.business"]}</th><td>{task.BusinessName}</td></tr>
            <tr><th>{t["inspection.page.creditCode"]}</th><td>{f.Business.CreditCode}</td></tr>
            <tr><th>{t["inspection.email.address"]}</th><td>{task.Address}</td></tr>
            <tr><th>{t["inspection.email.category"]}</th><td>{t.Category(task.Category)}</td></tr>
            <tr><th>{t["inspection.email.permit"]}</th><td>{task.PermitNumber}</td></tr>
            <tr><th>{t["inspection.page.responsible"]}</th><td>{Masking.Name(f.Responsible.Name)} {Masking.Mobile(f.Responsible.Mobile)}</td></tr>
            <tr><th>{t["inspection.page.staff"]}</th><td>{t.Count("inspection.page.people", filing.RosterCount)}</td></tr>
            <tr><th>{t["inspection.email.inspectBy"]}</th><td>{t.At(task.InspectBy)}</td></tr>
            <tr><th>{t["inspection.page.inspector"]}</th><td>{t.Person(inspector)}</td></tr>
            </table>
            </section>
            <details class="card roster"><summary>{t.T("inspection.page.roster", Math.Min(RosterShown, roster.Count), filing.RosterCount)}</summary>
            <table>
            <tr><th>{t["inspection.page.roster.name"]}</th><th>{t["inspection.page.roster.id"]}</th><th>{t["inspection.page.roster.province"]}</th><th>{t["inspection.page.roster.health"]}</th></tr>
            {roster.Take(RosterShown).Select(p => Html.Of($"<tr><td>{Masking.Name(p.Name)}</td><td>{Masking.IdNumber(p.IdNumber)}</td><td>{p.HomeProvince}</td><td>{p.HealthStatus}</td></tr>"))}
            </table>
            </details>
            <form method="post" action="{actionPath}" class="card checklist">
            {errorList}
            {checklist.Select(section => Section(t, section, answers))}
            <fieldset class="outcomes"><legend>{t["inspection.form.outcome"]}</legend>
            {Enum.GetValues<InspectionOutcome>().Select(o => Html.Of($"<label><input type=\"radio\" name=\"outcome\" value=\"{o}\"{Checked(posted?.Outcome == o)}> {t[$"inspection.outcome.{o}"]}</label>"))}
            <p class="muted">{t.T("inspection.form.rectifyHint", Duration(t, policy.Supervision.RectifyWithin))}</p>
            </fieldset>
            <label for="notes">{t["inspection.form.notes"]}</label>
            <textarea id="notes" name="notes" rows="4" maxlength="{InspectionRules.NoteLength}">{posted?.Notes}</textarea>
            <p><button type="submit">{t["inspection.form.submit"]}</button></p>
            </form>
            """);
        return new HtmlPage(title, body);
    }

    public static HtmlPage Recorded(Texts t, InspectionTask task, InspectionResult result, bool justNow)
    {
        var title = justNow ? t["inspection.recorded.title"] : t["inspection.already.title"];
        var failed = result.FailedItems.Count == 0 ? Html.Empty : Html.Of($"""
            <h2>{t["inspection.recorded.failed"]}</h2>
            <ul class="failed">{result.FailedItems.Select(i => Html.Of($"<li data-item=\"{i.Code}\">{t.Labelled(ItemText(t, i.Code), i.Note)}</li>"))}</ul>
            """);
        var body = Html.Of($"""
            <section class="card notice" role="status" data-notice="{(justNow ? "recorded" : "already")}" data-outcome="{result.Outcome}">
            <h1>{title}</h1>
            <p>{t.T("inspection.recorded.message", task.BusinessName, t[$"inspection.outcome.{result.Outcome}"], t.AtPrecise(result.InspectedAt))}</p>
            {(result.RectifyBy is { } by ? Html.Of($"<p>{t.T("inspection.recorded.rectifyBy", t.At(by))}</p>") : Html.Empty)}
            {(result.Outcome == InspectionOutcome.Closure ? Html.Of($"<p>{t["inspection.recorded.suspended"]}</p>") : Html.Empty)}
            {failed}
            </section>
            """);
        return new HtmlPage(title, body);
    }

    /// <summary>An item's words by its code, for results read back later.</summary>
    public static string ItemText(Texts t, string code) => Checklists.Find(code) is { } item ? t.Local(item.Text) : code;

    private static Html Section(Texts t, ChecklistSection section, IReadOnlyDictionary<string, ItemAnswer> answers) => Html.Of($"""
        <h2>{t.Local(section.Title)}</h2>
        {section.Items.Select(item => Item(t, item, answers.GetValueOrDefault(item.Code)))}
        """);

    private static Html Item(Texts t, ChecklistItem item, ItemAnswer? answer) => Html.Of($"""
        <fieldset data-item="{item.Code}"><legend>{t.Local(item.Text)}</legend>
        <div class="choices">
        <label><input type="radio" name="{InspectionForm.ItemPrefix}{item.Code}" value="{InspectionForm.Pass}"{Checked(answer?.Passed == true)}> {t["inspection.form.pass"]}</label>
        <label><input type="radio" name="{InspectionForm.ItemPrefix}{item.Code}" value="{InspectionForm.Fail}"{Checked(answer?.Passed == false)}> {t["inspection.form.fail"]}</label>
        </div>
        <input type="text" name="{InspectionForm.NotePrefix}{item.Code}" maxlength="{InspectionRules.NoteLength}" placeholder="{t["inspection.form.notePlaceholder"]}" value="{answer?.Note}" aria-label="{t["inspection.form.notePlaceholder"]}">
        </fieldset>
        """);

    private static Html Checked(bool yes) => yes ? Html.Trusted(" checked") : Html.Empty;

    private static string Duration(Texts t, TimeSpan span) =>
        span.TotalDays >= 1 ? t.Count("inspection.duration.days", (long)span.TotalDays) : t.Count("inspection.duration.seconds", (long)span.TotalSeconds);
}
