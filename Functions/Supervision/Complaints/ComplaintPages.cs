using Reopen.Functions.Approvals;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision.Complaints;

namespace Reopen.Functions.Supervision.Complaints;

/// <summary>The public complaint form (12315) and its receipt; the grid inspector's verification page.</summary>
internal static class ComplaintPages
{
    public static HtmlPage Form(Texts t, DistrictPolicy policy, ComplaintForm posted, IReadOnlyList<FieldError> errors)
    {
        var errorList = errors.Count == 0 ? Html.Empty : Html.Of($"""
            <div class="card error" role="alert" data-errors="{errors.Count}"><p>{t["complaint.form.errors"]}</p>
            <ul>{errors.Select(e => Html.Of($"<li data-path=\"{e.Path}\">{(t.Language == UiLanguage.En ? e.MessageEn : e.MessageZh)}</li>"))}</ul></div>
            """);
        var body = Html.Of($"""
            <h1>{t["complaint.form.title"]}</h1>
            <p>{t["complaint.form.intro"]}</p>
            {errorList}
            <form method="post" action="{LanguageSelection.WithLanguage(FormPath, t.Language)}" class="card complaint-form">
            <label for="what">{t["complaint.field.what"]}</label>
            <textarea id="what" name="what" rows="5" maxlength="{FilingLimits.NoteLength}" required>{posted.What}</textarea>
            <label for="business">{t["complaint.field.business"]}</label>
            <input id="business" name="business" maxlength="{FilingLimits.BusinessNameLength}" value="{posted.Business}" required>
            <label for="street">{t["complaint.field.street"]}</label>
            <select id="street" name="street" required><option value="">{t["complaint.form.chooseStreet"]}</option>
            {policy.Streets.Select(s => Html.Of($"<option value=\"{s.Code}\"{(s.Code == posted.Street ? Html.Trusted(" selected") : Html.Empty)}>{t.Local(s.Name)}</option>"))}
            </select>
            <label for="address">{t["complaint.field.address"]}</label>
            <input id="address" name="address" maxlength="{FilingLimits.AddressLength}" value="{posted.Address}">
            <label for="creditCode">{t["complaint.field.creditCode"]}</label>
            <input id="creditCode" name="creditCode" maxlength="18" value="{posted.CreditCode}">
            <label for="permitNumber">{t["complaint.field.permit"]}</label>
            <input id="permitNumber" name="permitNumber" maxlength="40" value="{posted.PermitNumber}">
            <label for="contact">{t["complaint.field.contact"]}</label>
            <input id="contact" name="contact" maxlength="254" value="{posted.Contact}" autocomplete="tel">
            <p class="muted">{t["complaint.form.privacy"]}</p>
            <p><button type="submit">{t["complaint.form.submit"]}</button></p>
            </form>
            """);
        return new HtmlPage(t["complaint.form.title"], body);
    }

    public static HtmlPage Received(Texts t, Complaint c) => new(t["complaint.received.title"], Html.Of($"""
        <section class="card notice" role="status" data-notice="received" data-complaint="{c.Id}">
        <h1>{t["complaint.received.title"]}</h1>
        <p>{t.T("complaint.received.message", c.Id, t.At(c.VerifyBy))}</p>
        <p>{(c.ContactKind == ContactKind.None ? t["complaint.received.noContact"] : t["complaint.received.answer"])}</p>
        </section>
        """));

    public static HtmlPage Task(Texts t, Complaint c, Official inspector, string action, IReadOnlyList<string> errors)
    {
        var title = t.T("complaint.task.subject", c.Id, c.Form.Business);
        var errorList = errors.Count == 0 ? Html.Empty : Html.Of($"<div class=\"card error\" role=\"alert\"><ul>{errors.Select(e => Html.Of($"<li>{e}</li>"))}</ul></div>");
        return new HtmlPage(title, Html.Of($"""
            <h1>{title}</h1>
            <section class="card facts"><table>
            <tr><th>{t["complaint.field.business"]}</th><td>{c.Form.Business}</td></tr>
            <tr><th>{t["complaint.field.address"]}</th><td>{c.Form.Address}</td></tr>
            <tr><th>{t["complaint.field.permit"]}</th><td>{c.PermitNumber ?? t["complaint.unmatched"]}</td></tr>
            <tr><th>{t["complaint.field.what"]}</th><td>{c.Form.What}</td></tr>
            <tr><th>{t["complaint.field.submittedAt"]}</th><td>{t.At(c.SubmittedAt)}</td></tr>
            <tr><th>{t["complaint.field.verifyBy"]}</th><td>{t.At(c.VerifyBy)}</td></tr>
            <tr><th>{t["complaint.field.contact"]}</th><td>{t[c.ContactKind == ContactKind.None ? "complaint.task.noContact" : "complaint.task.hasContact"]}</td></tr>
            <tr><th>{t["inspection.page.inspector"]}</th><td>{t.Person(inspector)}</td></tr>
            </table></section>
            <form method="post" action="{action}" class="card verify">
            {errorList}
            <fieldset class="outcomes"><legend>{t["complaint.task.finding"]}</legend>
            {Enum.GetValues<ComplaintFinding>().Select(f => Html.Of($"<label><input type=\"radio\" name=\"finding\" value=\"{f}\"> {t[$"complaint.finding.{f}"]}</label>"))}
            </fieldset>
            <label for="result">{t["complaint.task.result"]}</label>
            <textarea id="result" name="result" rows="4" maxlength="{FilingLimits.NoteLength}" required></textarea>
            <p class="muted">{t["complaint.task.answerHint"]}</p>
            <p><button type="submit">{t["complaint.task.submit"]}</button></p>
            </form>
            """));
    }

    public static HtmlPage Verified(Texts t, Complaint c, bool justNow) => new(t["complaint.verified.title"], Html.Of($"""
        <section class="card notice" role="status" data-notice="{(justNow ? "verified" : "already")}" data-finding="{c.Finding}">
        <h1>{t[justNow ? "complaint.verified.title" : "complaint.already.title"]}</h1>
        <p>{t.T("complaint.verified.message", c.Id, t[$"complaint.finding.{c.Finding}"], t.AtPrecise(c.VerifiedAt ?? default))}</p>
        <p>{t.Labelled(t["complaint.task.result"], c.Result)}</p>
        </section>
        """));

    public const string FormPath = "/api/complaints/form";
}
