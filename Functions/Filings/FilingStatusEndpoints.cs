using Microsoft.Extensions.Options;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Filings;

/// <summary>GET, PUT /api/filings/{id} and POST /api/filings/{id}/withdraw, each with the X-Access-Code header.</summary>
internal static class FilingStatusEndpoints
{
    public sealed record WithdrawRequest(string? Reason);

    public static async Task<IResult> GetAsync(string filingId, HttpContext context, Texts t, FilingAccess access, FilingStatusReader reader,
        CancellationToken ct)
    {
        var outcome = await access.OpenAsync(context, filingId, AccessCodeOf(context), ct);
        if (outcome != AccessOutcome.Granted) return Denied(t, outcome);
        return await StatusAsync(filingId, known: null, t, reader, ct);
    }

    public static async Task<IResult> AmendAsync(string filingId, HttpContext context, Texts t, FilingAccess access, FilingChanges changes,
        FilingStatusReader reader, DistrictPolicy policy, IOptions<FilingOptions> options, CancellationToken ct)
    {
        var outcome = await access.OpenAsync(context, filingId, AccessCodeOf(context), ct);
        if (outcome != AccessOutcome.Granted) return Denied(t, outcome);
        var body = await FilingRequests.ReadFilingAsync(context, options.Value.MaxRequestBodyBytes, t);
        if (body is FilingBody.Unreadable unreadable) return unreadable.Problem;
        var (filing, errors) = FilingValidator.Check(((FilingBody.Read)body).Filing, policy);
        if (errors.Count > 0) return FilingProblems.Validation(t, errors);

        var result = await changes.AmendAsync(filingId, known: null, filing, note: null, ct);
        return result.Outcome switch
        {
            ChangeOutcome.Done => await StatusAsync(filingId, result.State, t, reader, ct),
            ChangeOutcome.RouteChanged => FilingProblems.Validation(t, result.ChangedRouteFields
                .Select(path => FilingProblems.Field(path, "filing.problem.routeChanged")).ToArray(), StatusCodes.Status422UnprocessableEntity),
            ChangeOutcome.Closed => FilingProblems.Closed(t, result.Status?.ToString() ?? ""),
            ChangeOutcome.NotReturned => FilingProblems.NotReturned(t, result.Status?.ToString() ?? ""),
            _ => FilingProblems.NotFound(t),
        };
    }

    public static async Task<IResult> WithdrawAsync(string filingId, HttpContext context, Texts t, FilingAccess access, FilingChanges changes,
        FilingStatusReader reader, CancellationToken ct)
    {
        var outcome = await access.OpenAsync(context, filingId, AccessCodeOf(context), ct);
        if (outcome != AccessOutcome.Granted) return Denied(t, outcome);
        var (request, problem) = await FilingRequests.ReadOptionalJsonAsync<WithdrawRequest>(context, FilingLimits.NoteLength * 8L, t);
        if (problem is not null) return problem;
        if (request?.Reason is { Length: > FilingLimits.NoteLength })
            return FilingProblems.Validation(t, [FilingProblems.Field("reason", "filing.problem.reasonTooLong", FilingLimits.NoteLength)]);

        var result = await changes.WithdrawAsync(filingId, request?.Reason, ct);
        return result.Outcome switch
        {
            ChangeOutcome.Done => await StatusAsync(filingId, result.State, t, reader, ct),
            ChangeOutcome.Closed => FilingProblems.Closed(t, result.Status?.ToString() ?? ""),
            _ => FilingProblems.NotFound(t),
        };
    }

    private static async Task<IResult> StatusAsync(string filingId, ApprovalState? known, Texts t, FilingStatusReader reader,
        CancellationToken ct) =>
        await reader.ReadAsync(filingId, known, t, ct) is { } status ? Results.Ok(status) : FilingProblems.NotFound(t);

    private static IResult Denied(Texts t, AccessOutcome outcome) =>
        outcome == AccessOutcome.TooManyAttempts ? FilingProblems.TooManyAttempts(t) : FilingProblems.NotFound(t);

    private static string? AccessCodeOf(HttpContext context) => context.Request.Headers[FilingAccess.Header].FirstOrDefault();
}
