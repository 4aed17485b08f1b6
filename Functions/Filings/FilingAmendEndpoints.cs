using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Filings;

/// <summary>
/// The amend page for people: POST /api/filings/{id}/amend (the status page's button) shows the returned filing as a form;
/// POST /api/filings/{id}/amend/submit amends it through the same path as PUT /api/filings/{id}.
/// The access code travels only in form posts, never in a URL.
/// </summary>
internal static class FilingAmendEndpoints
{
    public static void MapFilingAmendPage(this RouteGroupBuilder filings)
    {
        // A reload or a bookmark starts from the access-code form.
        filings.MapGet("/{filingId}/amend", (string filingId) => PageResults.Html(t => FilingAccessForm.Compose(t, filingId, error: null)))
            .WithName("FilingAmendPageStart").ExcludeFromDescription();
        filings.MapPost("/{filingId}/amend", OpenAsync).WithName("FilingAmendPage").ExcludeFromDescription();
        filings.MapPost("/{filingId}/amend/submit", SubmitAsync).WithName("FilingAmendSubmit").ExcludeFromDescription();
    }

    public static string FormPath(Texts t, string filingId) => LanguageSelection.WithLanguage(FormPath(filingId), t.Language);

    /// <summary>The amend page's own address (POST with the access code), without a language.</summary>
    public static string FormPath(string filingId) => FilingLinks.ApiPath(filingId) + "/amend";

    public static string SubmitPath(Texts t, string filingId) => LanguageSelection.WithLanguage(FilingLinks.ApiPath(filingId) + "/amend/submit", t.Language);

    private static async Task<IResult> OpenAsync(string filingId, HttpContext context, FilingAccess access, FilingStatusReader reader,
        FilingStore store, DistrictPolicy policy, CancellationToken ct)
    {
        var (opened, refusal) = await OpenReturnedAsync(filingId, context, access, reader, store, ct);
        if (opened is not { Document: var stored, View: var view, Code: var code }) return refusal!;
        return PageResults.Html(t => FilingAmendPage.Compose(t, view, stored, policy, code, FilingAmendForm.From(stored.Filing), []));
    }

    private static async Task<IResult> SubmitAsync(string filingId, HttpContext context, FilingAccess access, FilingStatusReader reader,
        FilingStore store, FilingChanges changes, DistrictPolicy policy, CancellationToken ct)
    {
        var (opened, refusal) = await OpenReturnedAsync(filingId, context, access, reader, store, ct);
        if (opened is not { Document: var document, View: var view, Code: var code }) return refusal!;
        var form = FilingAmendForm.Read(opened.Form);

        // The whole filing with its roster: an amendment replaces the document and the roster, and the roster stays as filed.
        var roster = await store.GetRosterAsync(document, 0, document.RosterCount, ct);
        var stored = document with { Filing = document.Filing with { Roster = roster } };
        var (typed, unreadable) = form.ApplyTo(stored.Filing);
        var (amended, invalid) = FilingValidator.Check(typed, policy);
        var errors = Errors(unreadable, invalid, form);
        if (errors.Count > 0) return Invalid(view, stored, policy, code, form, errors);

        var result = await changes.AmendAsync(filingId, stored, amended, form.NoteText, ct);
        return result.Outcome switch
        {
            ChangeOutcome.Done => await StatusPageAsync(context, reader, filingId, result.State, code, ct),
            ChangeOutcome.RouteChanged => Invalid(view, stored, policy, code, form,
                result.ChangedRouteFields.Select(path => FilingProblems.Field(path, "filing.problem.routeChanged")).ToArray()),
            ChangeOutcome.NotReturned or ChangeOutcome.Closed => await NotReturnedAsync(context, reader, filingId, result.State, code, ct),
            _ => AccessForm(filingId, "filing.page.wrongCode"),
        };
    }

    /// <summary>A returned filing opened with its access code (the document, without its roster), and the posted form.</summary>
    private sealed record Opened(IFormCollection Form, StoredFiling Document, FilingStatusView View, string Code);

    /// <summary>The filing opened with the posted code while it is returned; else the page to answer instead.</summary>
    private static async Task<(Opened? Opened, IResult? Refusal)> OpenReturnedAsync(string filingId, HttpContext context, FilingAccess access,
        FilingStatusReader reader, FilingStore store, CancellationToken ct)
    {
        var (form, notAForm) = await FilingAccessForm.ReadAsync(context, ct);
        if (form is null) return (null, notAForm);
        var (code, refusal) = await FilingAccessForm.OpenAsync(access, context, filingId, form,
            (errorKey, status) => AccessForm(filingId, errorKey, status), ct);
        if (code is null) return (null, refusal);
        var view = await reader.ReadAsync(filingId, Texts.For(context), ct);
        if (view is null) return (null, AccessForm(filingId, "filing.page.wrongCode"));
        if (view.Links.Amend is null) return (null, PageResults.Html(t => FilingAmendPage.NotReturned(t, view, code), StatusCodes.Status409Conflict));
        // The version the view was read at: no second read of the approval's state to find it.
        var document = await store.GetDocumentAsync(filingId, view.Version, ct);
        if (document is null) return (null, AccessForm(filingId, "filing.page.wrongCode"));
        return (new Opened(form, document, view, code), null);
    }

    // A value that is not a number is named once, not again by the range check that follows from it.
    private static List<FieldError> Errors(IReadOnlyList<FieldError> unreadable, IReadOnlyList<FieldError> invalid, FilingAmendForm form)
    {
        var named = unreadable.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var errors = unreadable.Concat(invalid.Where(e => !named.Contains(e.Path))).ToList();
        if (form.NoteText is { Length: > FilingLimits.NoteLength })
            errors.Add(FilingProblems.Field(FilingAmendForm.Note, "filing.amend.error.noteTooLong", FilingLimits.NoteLength));
        else if (TypedText.CharacterProblem(form.NoteText, "给审批人的说明", "The note to the approver", multiLine: true) is { } problem)
            errors.Add(new FieldError(FilingAmendForm.Note, problem.Zh, problem.En));
        return errors;
    }

    private static IResult Invalid(FilingStatusView view, StoredFiling stored, DistrictPolicy policy, string code, FilingAmendForm form,
        IReadOnlyList<FieldError> errors) =>
        PageResults.Html(t => FilingAmendPage.Compose(t, view, stored, policy, code, form, errors), StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> StatusPageAsync(HttpContext context, FilingStatusReader reader, string filingId, ApprovalState? known,
        string code, CancellationToken ct) =>
        await reader.ReadAsync(filingId, known, Texts.For(context), ct) is { } view
            ? PageResults.Html(t => FilingStatusPage.Compose(t, view, code, "filing.amend.done"))
            : AccessForm(filingId, "filing.page.wrongCode");

    private static async Task<IResult> NotReturnedAsync(HttpContext context, FilingStatusReader reader, string filingId, ApprovalState? known,
        string code, CancellationToken ct) =>
        await reader.ReadAsync(filingId, known, Texts.For(context), ct) is { } view
            ? PageResults.Html(t => FilingAmendPage.NotReturned(t, view, code), StatusCodes.Status409Conflict)
            : AccessForm(filingId, "filing.page.wrongCode");

    // The wrong-code page answers 404, as the API does.
    private static IResult AccessForm(string filingId, string errorKey, int status = StatusCodes.Status404NotFound) =>
        PageResults.Html(t => FilingAccessForm.Compose(t, filingId, t[errorKey]), status);
}
