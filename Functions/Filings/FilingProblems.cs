using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Filings;

/// <summary>
/// Every failed answer of the filing API: ProblemDetails in the request's language, with a machine-readable "code".
/// Validation problems list every failing field under its path, e.g. "roster[12].idNumber".
/// </summary>
internal static class FilingProblems
{
    public static IResult Validation(Texts t, IReadOnlyList<FieldError> errors, int statusCode = StatusCodes.Status400BadRequest) =>
        Results.ValidationProblem(
            errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => Message(t, e)).ToArray()),
            title: t["filing.problem.validation.title"],
            detail: t.Count("filing.problem.validation.detail", errors.Count),
            statusCode: statusCode,
            extensions: Code("validation-failed"));

    public static IResult Malformed(Texts t, string path, long? line) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { [path] = [t["filing.problem.malformed.field"]] },
            title: t["filing.problem.malformed.title"],
            detail: t.T("filing.problem.malformed.detail", (line ?? 0) + 1),
            extensions: Code("malformed-json"));

    public static IResult UnsupportedMediaType(Texts t) =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", t["filing.problem.mediaType.title"], t["filing.problem.mediaType.detail"]);

    public static IResult TooLarge(Texts t, long maxBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "too-large", t["filing.problem.tooLarge.title"],
            t.T("filing.problem.tooLarge.detail", maxBytes / (1024 * 1024)));

    public static IResult BadIdempotencyKey(Texts t) =>
        Problem(StatusCodes.Status400BadRequest, "bad-idempotency-key", t["filing.problem.badKey.title"], t["filing.problem.badKey.detail"]);

    public static IResult KeyReused(Texts t) =>
        Problem(StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused", t["filing.problem.keyReused.title"], t["filing.problem.keyReused.detail"]);

    /// <summary>The same answer for an unknown filing and a wrong or missing access code: nothing tells them apart.</summary>
    public static IResult NotFound(Texts t) =>
        Problem(StatusCodes.Status404NotFound, "not-found", t["filing.problem.notFound.title"], t["filing.problem.notFound.detail"]);

    public static IResult TooManyAttempts(Texts t) =>
        Problem(StatusCodes.Status429TooManyRequests, "too-many-attempts", t["filing.problem.tooMany.title"], t["filing.problem.tooMany.detail"]);

    public static IResult OpenFilingExists(Texts t, string existingFilingId, string? existingStatus, string statusUrl) =>
        Problem(StatusCodes.Status409Conflict, "open-filing-exists", t["filing.problem.openFiling.title"], t["filing.problem.openFiling.detail"],
            new() { ["existingFilingId"] = existingFilingId, ["existingStatus"] = existingStatus, ["statusUrl"] = statusUrl });

    public static IResult NotReturned(Texts t, string status) =>
        Problem(StatusCodes.Status409Conflict, "not-returned", t["filing.problem.notReturned.title"], t["filing.problem.notReturned.detail"],
            new() { ["filingStatus"] = status });

    public static IResult Closed(Texts t, string status) =>
        Problem(StatusCodes.Status409Conflict, "closed", t["filing.problem.closed.title"], t["filing.problem.closed.detail"],
            new() { ["filingStatus"] = status });

    /// <summary>A field error of our own, worded in both languages from the filing texts.</summary>
    public static FieldError Field(string path, string key, params object?[] args) =>
        new(path, Texts.For(UiLanguage.Zh).T(key, args), Texts.For(UiLanguage.En).T(key, args));

    private static string Message(Texts t, FieldError e) => t.Language == UiLanguage.En ? e.MessageEn : e.MessageZh;

    private static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };

    private static IResult Problem(int status, string code, string title, string detail, Dictionary<string, object?>? extensions = null)
    {
        extensions ??= [];
        extensions["code"] = code;
        return Results.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);
    }
}
