using Reopen.Functions.Approvals;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Filings;

/// <summary>
/// The page on which a business amends its returned filing: the reason on top, then what a person can fix, pre-filled;
/// the fields that decide the route shown read-only; the roster kept as filed.
/// </summary>
internal static class FilingAmendPage
{
    public static HtmlPage Compose(Texts t, FilingStatusView view, StoredFiling stored, DistrictPolicy policy, string accessCode,
        FilingAmendForm form, IReadOnlyList<FieldError> errors)
    {
        var messages = errors.OrderBy(e => FilingAmendForm.PositionOf(e.Path))
            .Select(e => (e.Path, Message: t.Language == UiLanguage.En ? e.MessageEn : e.MessageZh)).ToList();
        var fields = new FilingAmendFields(t, form, messages.ToLookup(e => e.Path, e => e.Message));
        var filed = stored.Filing;
        var title = t["filing.amend.title"];
        var body = Html.Of($"""
            <h1>{t.Labelled(title, view.BusinessName)}</h1>
            {ReturnReason(t, view)}
            {FilingAmendFields.Summary(t, messages)}
            <p>{t["filing.amend.intro"]}</p>
            {RouteDetails(t, filed.Business, policy)}
            <form method="post" action="{FilingAmendEndpoints.SubmitPath(t, view.FilingId)}" class="card amend-form">
            <input type="hidden" name="accessCode" value="{accessCode}">
            <h2>{t["filing.amend.business.heading"]}</h2>
            {fields.Text("business.name", FilingLimits.BusinessNameLength)}
            {fields.Text("business.address", FilingLimits.AddressLength)}
            {fields.Text("responsible.name", FilingLimits.PersonNameLength)}
            {fields.Text("responsible.mobile", 20, "tel", "tel")}
            <h2>{t["filing.amend.plans.heading"]}</h2>
            {fields.TextArea("preventionPlan", FilingLimits.PlanLength, rows: 8)}
            {fields.TextArea("emergencyPlan", FilingLimits.PlanLength, rows: 8)}
            {Qualification(t, fields, filed)}
            <h2>{t["filing.amend.fiveInPlace.heading"]}</h2>
            {FilingAmendForm.FiveInPlace.Select(fields.Checkbox)}
            <h2>{t["filing.amend.supplies.heading"]}</h2>
            {fields.Text("supplies.masks", 9, "numeric")}
            {fields.Text("supplies.disinfectantLitres", 12, "decimal")}
            {fields.Text("supplies.thermometers", 7, "numeric")}
            {fields.Text("supplies.other", FilingLimits.NoteLength)}
            <h2>{t["filing.amend.routine.heading"]}</h2>
            {FilingAmendForm.Routine.Select(fields.Checkbox)}
            {fields.Text("routine.maxCustomersAtOnce", 7, "numeric")}
            {Building(t, fields, filed)}
            <h2>{t["filing.amend.roster.heading"]}</h2>
            <p class="roster-kept">{t.T("filing.amend.roster.kept", t.Count("approval.people", stored.RosterCount), FilingLinks.ApiPath(view.FilingId))}</p>
            {fields.TextArea(FilingAmendForm.Note, FilingLimits.NoteLength, rows: 3)}
            <p class="muted">{t["filing.amend.noteHint"]}</p>
            <p><button type="submit">{t["filing.amend.submit"]}</button></p>
            </form>
            {BackToStatus(t, view.FilingId, accessCode)}
            """);
        return new HtmlPage(title, body).Reposting(FilingAmendEndpoints.FormPath(view.FilingId), ("accessCode", accessCode));
    }

    /// <summary>The readable refusal when the filing is not (or no longer) returned for amendment.</summary>
    public static HtmlPage NotReturned(Texts t, FilingStatusView view, string accessCode)
    {
        var title = t["filing.amend.notReturned.title"];
        var body = Html.Of($"""
            <h1>{title}</h1>
            <p class="card error" role="alert" data-status="{view.Status}">{t.T("filing.amend.notReturned.message", view.StatusText)}</p>
            {BackToStatus(t, view.FilingId, accessCode)}
            """);
        return new HtmlPage(title, body).Reposting(FilingAmendEndpoints.FormPath(view.FilingId), ("accessCode", accessCode));
    }

    private static Html ReturnReason(Texts t, FilingStatusView view)
    {
        var returned = view.Decisions.LastOrDefault(d => d.Verdict == "Return");
        var by = returned is null ? Html.Empty
            : Html.Of($"<p>{t.T("filing.amend.returnedBy", t.Person(returned.By.Name, returned.By.Role), t.At(returned.At))}</p>");
        return Html.Of($"""
            <section class="card return-reason" role="status">
            {by}
            <p><strong>{t["filing.amend.reason"]}</strong>{t["approval.colon"]}<span class="reason">{view.Reason}</span></p>
            </section>
            """);
    }

    private static Html RouteDetails(Texts t, BusinessDetails b, DistrictPolicy policy)
    {
        var street = policy.FindStreet(b.Street) is { } st ? t.Local(st.Name) : b.Street;
        var sector = policy.FindSector(b.Sector) is { } se ? t.Local(se.Name) : b.Sector;
        var category = BusinessCategories.TryParse(b.Category, out var c) ? t.Category(c) : b.Category;
        var scale = BusinessScales.TryParse(b.Scale, out var s) ? t.Scale(s) : b.Scale;
        return Html.Of($"""
            <section class="card route-details">
            <h2>{t["filing.amend.route.heading"]}</h2>
            <table>
            <tr><th>{t["filing.amend.creditCode"]}</th><td>{b.CreditCode}</td></tr>
            <tr><th>{t["filing.amend.street"]}</th><td>{street}</td></tr>
            <tr><th>{t["filing.amend.sector"]}</th><td>{sector}</td></tr>
            <tr><th>{t["filing.amend.category"]}</th><td>{category}</td></tr>
            <tr><th>{t["filing.amend.scale"]}</th><td>{scale}</td></tr>
            </table>
            <p class="muted">{t["filing.amend.route.note"]}</p>
            </section>
            """);
    }

    // Shown where the category asks for it or something was filed; a section not shown keeps what was filed.
    private static Html Qualification(Texts t, FilingAmendFields fields, Filing filed) =>
        Is(filed, BusinessCategory.EpidemicSupplies) || !string.IsNullOrWhiteSpace(filed.ProductionQualification)
            ? fields.TextArea(FilingAmendForm.Qualification, FilingLimits.QualificationLength, rows: 3)
            : Html.Empty;

    private static Html Building(Texts t, FilingAmendFields fields, Filing filed) =>
        Is(filed, BusinessCategory.OfficeTenant) || filed.Building is not null
            ? Html.Of($"""
                <h2>{t["filing.amend.building.heading"]}</h2>
                {fields.Text(FilingAmendForm.BuildingName, FilingLimits.BusinessNameLength)}
                {fields.Text(FilingAmendForm.BuildingManager, FilingLimits.BusinessNameLength)}
                """)
            : Html.Empty;

    private static bool Is(Filing filing, BusinessCategory category) =>
        BusinessCategories.TryParse(filing.Business.Category, out var c) && c == category;

    private static Html BackToStatus(Texts t, string filingId, string accessCode) => Html.Of($"""
        <form method="post" action="{FilingStatusPageEndpoints.ActionPath(t, filingId)}" class="no-print">
        <input type="hidden" name="accessCode" value="{accessCode}">
        <p><button type="submit" class="secondary">{t["filing.amend.cancel"]}</button></p>
        </form>
        """);
}
