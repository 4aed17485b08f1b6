using Reopen.Functions.Hosting.Urls;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Permits;

/// <summary>GET /api/permits/{key} (page, or JSON for Accept: application/json) and GET /api/permits/{key}/placard.</summary>
public static class PermitEndpoints
{
    public static RouteGroupBuilder MapPermits(this RouteGroupBuilder api)
    {
        var permits = api.MapGroup("/permits").WithTags("Permits");
        permits.MapGet("/{key}", Verify).WithName("VerifyPermit")
            .WithSummary("Check a reopening permit's live status")
            .WithDescription("The key is the ASCII tail of the permit number (复工〔2026〕QH-7K3M9TQX → QH-7K3M9TQX). " +
                "Accept: application/json answers {permitNumber, status (valid | suspended | revoked), businessName, issuedAt}; " +
                "anything else gets the public verification page.")
            .Produces<PermitStatusResponse>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        permits.MapGet("/{key}/placard", Placard).WithName("PermitPlacard").ExcludeFromDescription();
        permits.MapPermitLookup();
        return api;
    }

    /// <summary>JSON answer of the verification endpoint.</summary>
    public sealed record PermitStatusResponse(string PermitNumber, string Status, string BusinessName, DateTimeOffset IssuedAt);

    private static async Task<IResult> Verify(
        string key, HttpRequest request, PermitRegister register, DistrictPolicy policy, TimeProvider time, CancellationToken ct)
    {
        var permit = await register.FindAsync(key, ct);
        if (request.WantsJson())
        {
            return permit is null
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such permit", detail: $"No reopening permit has the key '{key}'.")
                : Results.Json(new PermitStatusResponse(permit.PermitNumber, PermitRegister.StatusText(permit.Status), permit.BusinessName, permit.IssuedAt));
        }
        return permit is null
            ? NotFound(key)
            : PageResults.Html(t => PermitVerificationPage.Compose(t, permit, policy, time.GetUtcNow()));
    }

    private static async Task<IResult> Placard(string key, PermitRegister register, DistrictPolicy policy, PublicUrls urls, CancellationToken ct)
    {
        var permit = await register.FindAsync(key, ct);
        if (permit is null) return NotFound(key);
        var verifyUrl = urls.For(PermitLinks.VerifyPath(permit.PermitNumber));
        return PageResults.Html(t => PermitPlacardPage.Compose(t, permit, policy, verifyUrl));
    }

    private static IResult NotFound(string key) =>
        PageResults.Html(t => ErrorPage.Compose(t, StatusCodes.Status404NotFound,
            t.T("permit.notFound.message", key), t["permit.notFound.title"]), StatusCodes.Status404NotFound);
}
