using Reopen.Functions.Approvals;
using Reopen.Functions.Filings;
using Reopen.Functions.Permits;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Home;

/// <summary>The public entry point: what the service is, the two lookups people need (a filing's progress, a permit), the API for integrators.</summary>
internal static class HomePage
{
    public const string OpenApiPath = "/api/openapi/v1.json";

    public static HtmlPage Compose(Texts t, DistrictPolicy policy, HomeLookups lookups)
    {
        var title = t.T("home.title", t.Local(policy.Name));
        var body = Html.Of($"""
            <h1>{title}</h1>
            <p class="intro">{t["home.intro"]}</p>
            {FilingLookup(t, lookups)}
            {PermitLookup(t, lookups)}
            <section class="card integrators">
            <h2>{t["home.integrators.heading"]}</h2>
            <p>{t["home.integrators.text"]} {Html.Link(OpenApiPath, t["home.integrators.link"])}</p>
            </section>
            """);
        return new HtmlPage(title, body);
    }

    // Posts: the access code never goes into a URL.
    private static Html FilingLookup(Texts t, HomeLookups lookups) => Html.Of($"""
        <section class="card filing-lookup">
        <h2>{t["home.filing.heading"]}</h2>
        <p class="muted">{t["home.filing.hint"]}</p>
        {Alert(t, lookups.FilingErrorKey)}
        <form method="post" action="{LanguageSelection.WithLanguage(FilingLookupEndpoints.LookupPath, t.Language)}" class="filing-lookup-form">
        <label for="filingId">{t["home.filing.id"]}</label>
        <input id="filingId" name="filingId" value="{lookups.FilingId}" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="64" required>
        <label for="accessCode">{t["filing.page.accessCode"]}</label>
        <input id="accessCode" name="accessCode" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20" required>
        <p><button type="submit">{t["home.filing.submit"]}</button></p>
        </form>
        </section>
        """);

    // A plain GET: nothing secret, and the answer is a link one may share.
    private static Html PermitLookup(Texts t, HomeLookups lookups) => Html.Of($"""
        <section class="card permit-lookup">
        <h2>{t["home.permit.heading"]}</h2>
        <p class="muted">{t["home.permit.hint"]}</p>
        {Alert(t, lookups.PermitErrorKey)}
        <form method="get" action="{PermitLookupEndpoint.LookupPath}" class="permit-lookup-form">
        <input type="hidden" name="{LanguageSelection.QueryKey}" value="{t.Language.Code()}">
        <label for="permitNumber">{t["home.permit.number"]}</label>
        <input id="permitNumber" name="{PermitLookupEndpoint.NumberField}" value="{lookups.PermitNumber}" autocomplete="off" spellcheck="false" maxlength="60" required>
        <p class="muted">{t["home.permit.example"]}</p>
        <p><button type="submit">{t["home.permit.submit"]}</button></p>
        </form>
        </section>
        """);

    private static Html Alert(Texts t, string? key) => key is null ? Html.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{t[key]}</p>");
}
