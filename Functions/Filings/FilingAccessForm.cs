using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Filings;

/// <summary>The page that asks for the access code before showing a filing's status.</summary>
internal static class FilingAccessForm
{
    public static HtmlPage Compose(Texts t, string filingId, string? error)
    {
        var alert = error is null ? Html.Empty : Html.Of($"<p class=\"card error\" role=\"alert\">{error}</p>");
        var body = Html.Of($"""
            <h1>{t["filing.page.title"]}</h1>
            <p>{t.T("filing.page.filingId", filingId)}</p>
            {alert}
            <form method="post" action="{FilingStatusPageEndpoints.ActionPath(t, filingId)}" class="card access-form">
            <label for="accessCode">{t["filing.page.accessCode"]}</label>
            <input id="accessCode" name="accessCode" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20" required>
            <p class="muted">{t["filing.page.accessCodeHint"]}</p>
            <p><button type="submit">{t["filing.page.show"]}</button></p>
            </form>
            """);
        return new HtmlPage(t["filing.page.title"], body);
    }
}
