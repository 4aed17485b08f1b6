using Reopen.Functions.Home;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Filings;

/// <summary>
/// POST /api/filings/status (the home page's form, which cannot know the id in advance): filingId + accessCode, answered
/// exactly as POST /api/filings/{id}/status answers; a malformed id or a refused code shows the home page's form again.
/// </summary>
internal static class FilingLookupEndpoints
{
    public const string LookupPath = "/api/filings/status";

    public static void MapFilingLookup(this RouteGroupBuilder filings)
    {
        filings.MapPost("/status", LookUpAsync).WithName("FilingStatusLookup").ExcludeFromDescription();
        // A reload of the answer's address, or the language switch of a refusal, lands on the home page.
        filings.MapGet("/status", (HttpRequest request) => PageResults.SeeOther(HomePath(request)))
            .WithName("FilingStatusLookupStart").ExcludeFromDescription();
    }

    private static async Task<IResult> LookUpAsync(HttpContext context, FilingAccess access, FilingStatusReader reader, FilingChanges changes,
        DistrictPolicy policy, CancellationToken ct)
    {
        var (form, notAForm) = await FilingAccessForm.ReadAsync(context, ct);
        if (form is null) return notAForm!;
        var typed = form["filingId"].FirstOrDefault()?.Trim() ?? "";
        // Ids are issued in capitals; phones like to type them in lower case.
        var filingId = typed.ToUpperInvariant();
        if (!FilingIds.IsWellFormed(filingId))
            return HomeEndpoints.Page(policy, new HomeLookups(FilingId: typed, FilingErrorKey: "home.filing.malformedId"),
                StatusCodes.Status422UnprocessableEntity);
        return await FilingStatusPageEndpoints.AnswerAsync(filingId, form, context, access, reader, changes,
            (errorKey, status) => HomeEndpoints.Page(policy, new HomeLookups(FilingId: typed, FilingErrorKey: errorKey), status), ct);
    }

    private static string HomePath(HttpRequest request) =>
        LanguageSelection.FromQuery(request) is { } asked ? LanguageSelection.WithLanguage(HomeEndpoints.Path, asked) : HomeEndpoints.Path;
}
