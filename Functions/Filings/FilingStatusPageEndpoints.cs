using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Filings;

/// <summary>
/// GET /api/filings/{id}/status: the form asking for the access code (the same for every id, known or not).
/// POST with the code: the status page; with action=withdraw: the confirmation; with action=confirm-withdraw: withdraws.
/// The code travels only in form posts, never in a URL.
/// </summary>
internal static class FilingStatusPageEndpoints
{
    private const string ShowAction = "";
    public const string WithdrawAction = "withdraw";
    public const string ConfirmWithdrawAction = "confirm-withdraw";

    public static void MapFilingStatusPage(this RouteGroupBuilder filings)
    {
        filings.MapGet("/{filingId}/status", Form).WithName("FilingStatusPage").ExcludeFromDescription();
        filings.MapPost("/{filingId}/status", PostAsync).WithName("FilingStatusPagePost").ExcludeFromDescription();
    }

    private static IResult Form(string filingId) =>
        PageResults.Html(t => FilingAccessForm.Compose(t, filingId, error: null));

    private static async Task<IResult> PostAsync(string filingId, HttpContext context, FilingAccess access, FilingStatusReader reader,
        FilingChanges changes, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType)
            return PageResults.Error(StatusCodes.Status415UnsupportedMediaType, Texts.For(context)["filing.page.notAForm"]);
        var form = await context.Request.ReadFormAsync(ct);
        var code = form["accessCode"].FirstOrDefault()?.Trim() ?? "";
        var action = form["action"].FirstOrDefault() ?? ShowAction;
        var reason = form["reason"].FirstOrDefault()?.Trim() ?? "";

        var (outcome, stored) = await access.OpenAsync(context, filingId, code, ct);
        if (stored is null)
        {
            var error = outcome == AccessOutcome.TooManyAttempts ? "filing.page.tooManyAttempts" : "filing.page.wrongCode";
            var status = outcome == AccessOutcome.TooManyAttempts ? StatusCodes.Status429TooManyRequests : StatusCodes.Status200OK;
            return PageResults.Html(t => FilingAccessForm.Compose(t, filingId, t[error]), status);
        }

        string? notice = null;
        if (action == ConfirmWithdrawAction)
        {
            if (reason.Length > FilingLimits.NoteLength)
                return await ShowAsync(context, reader, stored.FilingId, code, ct, (t, view) => FilingWithdrawPage.Compose(t, view, code, reason,
                    t.T("filing.problem.reasonTooLong", FilingLimits.NoteLength)), StatusCodes.Status422UnprocessableEntity);
            var result = await changes.WithdrawAsync(stored.FilingId, reason, ct);
            notice = result.Outcome == ChangeOutcome.Done ? "filing.page.withdrawn" : "filing.page.cannotWithdraw";
        }
        else if (action == WithdrawAction)
        {
            return await ShowAsync(context, reader, stored.FilingId, code, ct, (t, view) => FilingWithdrawPage.Compose(t, view, code, "", null));
        }
        return await ShowAsync(context, reader, stored.FilingId, code, ct, (t, view) => FilingStatusPage.Compose(t, view, code, notice));
    }

    private static async Task<IResult> ShowAsync(HttpContext context, FilingStatusReader reader, string filingId, string code, CancellationToken ct,
        Func<Texts, FilingStatusView, HtmlPage> compose, int statusCode = StatusCodes.Status200OK)
    {
        var texts = Texts.For(context);
        var view = await reader.ReadAsync(filingId, texts, ct);
        if (view is null) return PageResults.Html(t => FilingAccessForm.Compose(t, filingId, t["filing.page.wrongCode"]));
        return PageResults.Html(t => compose(t, view), statusCode);
    }

    /// <summary>Where the page's forms post, keeping the reader's language.</summary>
    public static string ActionPath(Texts t, string filingId) => $"{FilingLinks.StatusPath(filingId)}?{LanguageSelection.QueryKey}={t.Language.Code()}";
}
