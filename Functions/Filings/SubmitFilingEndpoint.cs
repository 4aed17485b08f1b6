using Microsoft.Extensions.Options;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Filings;

/// <summary>POST /api/filings: validate everything, then file once (Idempotency-Key) and only if no other filing of the firm is open.</summary>
internal static class SubmitFilingEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, Texts t, FilingSubmission submission, FilingLinkBuilder links,
        DistrictPolicy policy, IOptions<FilingOptions> options, CancellationToken ct)
    {
        var keys = context.Request.Headers[IdempotencyKeys.Header];
        if (keys.Count > 1 || (keys.Count == 1 && !IdempotencyKeys.IsValid(keys[0]))) return FilingProblems.BadIdempotencyKey(t);
        var key = keys.Count == 1 ? keys[0] : null;

        var body = await FilingRequests.ReadFilingAsync(context, options.Value.MaxRequestBodyBytes, t);
        if (body is FilingBody.Unreadable unreadable) return unreadable.Problem;
        var (sent, hash) = (FilingBody.Read)body;
        var (filing, errors) = FilingValidator.Check(sent, policy);
        if (errors.Count > 0) return FilingProblems.Validation(t, errors);

        return await submission.SubmitAsync(filing, hash, key, ct) switch
        {
            SubmissionOutcome.Filed filed => Created(context, filed),
            SubmissionOutcome.OpenFilingExists open => FilingProblems.OpenFilingExists(t, open.ExistingFilingId, open.Status?.ToString(),
                links.StatusPage(open.ExistingFilingId)),
            _ => FilingProblems.KeyReused(t),
        };
    }

    private static IResult Created(HttpContext context, SubmissionOutcome.Filed filed)
    {
        if (filed.Replayed) context.Response.Headers["Idempotent-Replayed"] = "true";
        // The access code is in this body: no cache may keep it.
        context.Response.Headers.CacheControl = "no-store";
        return Results.Created(FilingLinks.ApiPath(filed.Answer.FilingId), filed.Answer);
    }
}
