using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Filings;

/// <summary>The page that asks for the access code before showing a filing's status, and the pages' reading of the code posted.</summary>
internal static class FilingAccessForm
{
    public const string CodeField = "accessCode";

    public static HtmlPage Compose(Texts t, string filingId, string? error)
    {
        var alert = error is null ? Html.Empty : Html.Of($"<p class=\"card error\" role=\"alert\">{error}</p>");
        var body = Html.Of($"""
            <h1>{t["filing.page.title"]}</h1>
            <p>{t.T("filing.page.filingId", filingId)}</p>
            {alert}
            <form method="post" action="{FilingStatusPageEndpoints.ActionPath(t, filingId)}" class="card access-form">
            <label for="accessCode">{t["filing.page.accessCode"]}</label>
            <input id="accessCode" name="{CodeField}" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20" required>
            <p class="muted">{t["filing.page.accessCodeHint"]}</p>
            <p><button type="submit">{t["filing.page.show"]}</button></p>
            </form>
            """);
        return new HtmlPage(t["filing.page.title"], body);
    }

    /// <summary>The posted form; or null and the page answering a body that is not a form (415).</summary>
    public static async Task<(IFormCollection? Form, IResult? NotAForm)> ReadAsync(HttpContext context, CancellationToken ct) =>
        context.Request.HasFormContentType
            ? (await PostedForm.ReadAsync(context.Request, ct), null)
            : (null, PageResults.Error(StatusCodes.Status415UnsupportedMediaType, Texts.For(context)["filing.page.notAForm"]));

    /// <summary>
    /// The code <paramref name="form"/> posted when it opens <paramref name="filingId"/>; else null and
    /// <paramref name="refused"/>(message key, status): 429 while the client or the filing is locked out, else the wrong-code
    /// message with 404, as the API answers.
    /// </summary>
    public static async Task<(string? Code, IResult? Refusal)> OpenAsync(FilingAccess access, HttpContext context, string filingId,
        IFormCollection form, Func<string, int, IResult> refused, CancellationToken ct)
    {
        var code = form[CodeField].FirstOrDefault()?.Trim() ?? "";
        return await access.OpenAsync(context, filingId, code, ct) switch
        {
            AccessOutcome.Granted => (code, null),
            AccessOutcome.TooManyAttempts => (null, refused("filing.page.tooManyAttempts", StatusCodes.Status429TooManyRequests)),
            _ => (null, refused("filing.page.wrongCode", StatusCodes.Status404NotFound)),
        };
    }
}
