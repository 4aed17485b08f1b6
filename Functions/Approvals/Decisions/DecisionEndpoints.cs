using Reopen.Functions.Hosting.Clients;
using Reopen.Functions.Web;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>
/// GET /api/decisions/{token}: the filing and the form, changing nothing (mail scanners open links).
/// POST /api/decisions/{token}: records the decision and shows what follows.
/// </summary>
public static class DecisionEndpoints
{
    private const string Channel = "email-link";
    private const int MaxUserAgentLength = 512;

    public static RouteGroupBuilder MapDecisions(this RouteGroupBuilder api)
    {
        var decisions = api.MapGroup("/decisions").WithTags("Decisions").ExcludeFromDescription()
            .WithNoReferrer();
        decisions.MapGet("/{token}", Show).WithName("ShowDecision");
        decisions.MapPost("/{token}", Decide).WithName("Decide");
        return api;
    }

    private static async Task<IResult> Show(string token, HttpContext http, DecisionLinkReader reader, DecisionFilingLoader filings,
        DistrictPolicy policy, CancellationToken ct)
    {
        var (link, refusal) = await reader.ReadAsync(token, ct);
        if (link is null) return refusal!;
        if (WhyCannotDecide(link) is { } code) return DecisionNotices.CannotDecide(code, link);
        return await FormAsync(http, link, filings, policy, DecisionForm.Empty, [], StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> Decide(string token, HttpContext http, DecisionLinkReader reader, DecisionFilingLoader filings,
        DistrictPolicy policy, ApprovalEngine approvals, ILoggerFactory loggers, CancellationToken ct)
    {
        var (link, refusal) = await reader.ReadAsync(token, ct);
        if (link is null) return refusal!;
        // The process's own rule on the state just read: a late or second click is told why at once, without a command.
        if (WhyCannotDecide(link) is { } code) return DecisionNotices.CannotDecide(code, link);
        var form = await DecisionForm.ReadAsync(http.Request, ct);
        var errors = form.Validate();
        if (errors.Count > 0) return await FormAsync(http, link, filings, policy, form, errors, StatusCodes.Status422UnprocessableEntity, ct);

        var claims = link.Claims;
        var userAgent = http.Request.Headers.UserAgent.ToString();
        var command = new RecordDecision(claims.StepId, claims.Round, claims.ApproverId, form.Verdict!.Value, form.TrimmedReason,
            new DecisionOrigin(Channel, ClientAddress.Of(http), userAgent.Length > MaxUserAgentLength ? userAgent[..MaxUserAgentLength] : userAgent));
        var logger = loggers.CreateLogger(typeof(DecisionEndpoints).FullName!);
        try
        {
            // A command of this request alone, checked on the state just read (a second click is a new request, which the
            // process itself refuses); the engine need not look again.
            var result = await approvals.HandleNewAsync(link.Snapshot, command, ct);
            var recorded = result.NewEvents.OfType<DecisionRecorded>().SingleOrDefault()
                ?? result.State.Decisions.Last(d => d.StepId == claims.StepId && d.Round == claims.Round && d.By.Id == claims.ApproverId);
            logger.LogInformation("Decision {Verdict} recorded on filing {FilingId} step {StepId} round {Round} by {ApproverId}",
                recorded.Verdict, claims.FilingId, claims.StepId, claims.Round, claims.ApproverId);
            return PageResults.Html(t => DecisionResultPage.Compose(t, link, recorded, result.State, result.NewEvents));
        }
        catch (CommandRejectedException e)
        {
            logger.LogInformation("Decision on filing {FilingId} step {StepId} round {Round} by {ApproverId} refused: {Code}",
                claims.FilingId, claims.StepId, claims.Round, claims.ApproverId, e.Code);
            // Someone decided between our read and our command: read again, the page names whoever got there first.
            var (now, _) = await reader.ReadAsync(token, ct);
            return DecisionNotices.CannotDecide(e.Code, now ?? link);
        }
        catch (CommandPendingException)
        {
            return DecisionNotices.Pending(PostedForm.ActionOf(http.Request));
        }
    }

    private static string? WhyCannotDecide(OpenDecisionLink link) =>
        ApprovalProcess.WhyCannotDecide(link.State, link.Claims.StepId, link.Claims.Round, link.Claims.ApproverId);

    private static async Task<IResult> FormAsync(HttpContext http, OpenDecisionLink link, DecisionFilingLoader filings, DistrictPolicy policy,
        DecisionForm form, IReadOnlyList<DecisionFormError> errors, int status, CancellationToken ct)
    {
        var filing = await filings.LoadAsync(link, ct);
        var action = PostedForm.ActionOf(http.Request);
        return PageResults.Html(t => DecisionPage.Compose(t, link, filing, policy, action, form, errors), status);
    }
}
