using Reopen.Functions.Supervision.Rectification;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Filings;

/// <summary>
/// GET /api/filings/{id}/status: the form asking for the access code (the same for every id, known or not).
/// POST with the code: the status page; with action=withdraw: the confirmation; with action=confirm-withdraw: withdraws;
/// with action=report-fix (noticeId, report): reports a rectification's fix.
/// The code travels only in form posts, never in a URL.
/// </summary>
internal static class FilingStatusPageEndpoints
{
    private const string ShowAction = "";
    public const string WithdrawAction = "withdraw";
    public const string ConfirmWithdrawAction = "confirm-withdraw";
    public const string ReportFixAction = "report-fix";

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
        var (form, notAForm) = await FilingAccessForm.ReadAsync(context, ct);
        if (form is null) return notAForm!;
        return await AnswerAsync(filingId, form, context, access, reader, changes,
            (errorKey, status) => PageResults.Html(t => FilingAccessForm.Compose(t, filingId, t[errorKey]), status), ct);
    }

    /// <summary>
    /// The answer to the access code posted for <paramref name="filingId"/> (with an optional action): the status page, the
    /// withdraw confirmation, or <paramref name="refused"/>(message key, status) when the code does not open the filing.
    /// </summary>
    public static async Task<IResult> AnswerAsync(string filingId, IFormCollection form, HttpContext context, FilingAccess access,
        FilingStatusReader reader, FilingChanges changes, Func<string, int, IResult> refused, CancellationToken ct)
    {
        var action = form["action"].FirstOrDefault() ?? ShowAction;
        var reason = form["reason"].FirstOrDefault()?.Trim() ?? "";

        var (code, refusal) = await FilingAccessForm.OpenAsync(access, context, filingId, form, refused, ct);
        if (code is null) return refusal!;

        var texts = Texts.For(context);
        string? notice = null;
        ApprovalState? known = null;
        if (action == ConfirmWithdrawAction)
        {
            if (reason.Length > FilingLimits.NoteLength)
                return await ShowAsync(reader, texts, filingId, null, refused, ct, (t, view) => FilingWithdrawPage.Compose(t, view, code, reason,
                    t.T("filing.problem.reasonTooLong", FilingLimits.NoteLength)), StatusCodes.Status422UnprocessableEntity);
            var result = await changes.WithdrawAsync(filingId, reason, ct);
            notice = result.Outcome == ChangeOutcome.Done ? "filing.page.withdrawn" : "filing.page.cannotWithdraw";
            known = result.State;
        }
        else if (action == ReportFixAction)
        {
            notice = await RectificationSection.ReportAsync(context.RequestServices.GetRequiredService<RectificationEngine>(), filingId,
                form["noticeId"].FirstOrDefault() ?? "", form["report"].FirstOrDefault() ?? "", ct);
        }
        else if (action == WithdrawAction)
        {
            return await ShowAsync(reader, texts, filingId, null, refused, ct, (t, view) => FilingWithdrawPage.Compose(t, view, code, "", null));
        }
        return await ShowAsync(reader, texts, filingId, known, refused, ct, (t, view) => FilingStatusPage.Compose(t, view, code, notice));
    }

    private static async Task<IResult> ShowAsync(FilingStatusReader reader, Texts texts, string filingId, ApprovalState? known,
        Func<string, int, IResult> refused, CancellationToken ct, Func<Texts, FilingStatusView, HtmlPage> compose,
        int statusCode = StatusCodes.Status200OK)
    {
        var view = await reader.ReadAsync(filingId, known, texts, ct);
        if (view is null) return refused("filing.page.wrongCode", StatusCodes.Status404NotFound);
        return PageResults.Html(t => compose(t, view), statusCode);
    }

    /// <summary>Where the page's forms post, keeping the reader's language.</summary>
    public static string ActionPath(Texts t, string filingId) => LanguageSelection.WithLanguage(FilingLinks.StatusPath(filingId), t.Language);
}
