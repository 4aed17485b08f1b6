using Reopen.Functions.Approvals;
using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Callbacks;

/// <summary>GET /api/callbacks/{token}: the task with the business's phone; POST: records the call and closes the task.</summary>
public static class CallbackEndpoints
{
    public static RouteGroupBuilder MapCallbacks(this RouteGroupBuilder api)
    {
        var callbacks = api.MapGroup("/callbacks").WithTags("Callbacks").ExcludeFromDescription()
            .WithNoReferrer();
        callbacks.MapGet("/{token}", Show).WithName("ShowCallback");
        callbacks.MapPost("/{token}", Close).WithName("CloseCallback");
        return api;
    }

    private sealed record OpenTask(DecisionLinkClaims Claims, ApprovalState State, CallbackTask Task, Official Assignee);

    private static async Task<IResult> Show(string token, HttpContext http, DecisionLinkToken tokens, ApprovalEngine approvals, CancellationToken ct)
    {
        var (task, refusal) = await ReadAsync(token, tokens, approvals, ct);
        if (task is null) return refusal!;
        if (task.Task.Status == CallbackStatus.Closed) return Closed(task.Task);
        return PageResults.Html(t => CallbackPages.Open(t, task.State, task.Assignee, PostedForm.ActionOf(http.Request), "", []));
    }

    private static async Task<IResult> Close(string token, HttpContext http, DecisionLinkToken tokens, ApprovalEngine approvals,
        ILoggerFactory loggers, CancellationToken ct)
    {
        var (task, refusal) = await ReadAsync(token, tokens, approvals, ct);
        if (task is null) return refusal!;
        if (task.Task.Status == CallbackStatus.Closed) return Closed(task.Task);
        var form = await CallbackForm.ReadAsync(http.Request, ct);
        if (form.Errors(Texts.For(http)).Count > 0)
            return PageResults.Html(t => CallbackPages.Open(t, task.State, task.Assignee, PostedForm.ActionOf(http.Request), form.Notes, form.Errors(t)),
                StatusCodes.Status422UnprocessableEntity);

        var logger = loggers.CreateLogger(typeof(CallbackEndpoints).FullName!);
        try
        {
            var result = await approvals.HandleAsync(task.Claims.FilingId, new CloseCallback(task.Assignee.Id, form.Notes.Trim()),
                RequestCommandId.New(), ct);
            logger.LogInformation("Call-back for filing {FilingId} recorded by official {OfficialId}", task.Claims.FilingId, task.Assignee.Id);
            return PageResults.Html(t => CallbackPages.Done(t, result.State.Callback!, result.State.Filing!.BusinessName));
        }
        catch (CommandRejectedException e) when (e.Code == ApprovalRejections.CallbackAlreadyClosed)
        {
            var (now, _) = await ReadAsync(token, tokens, approvals, ct);
            return Closed((now ?? task).Task);
        }
        catch (CommandRejectedException e)
        {
            logger.LogInformation("Call-back for filing {FilingId} by official {OfficialId} refused: {Code}", task.Claims.FilingId, task.Assignee.Id, e.Code);
            return Invalid();
        }
        catch (CommandPendingException)
        {
            return PageResults.Html(t => ErrorPage.Compose(t, StatusCodes.Status202Accepted, t["callback.pending.message"]),
                StatusCodes.Status202Accepted);
        }
    }

    private static async Task<(OpenTask? Task, IResult? Refusal)> ReadAsync(string token, DecisionLinkToken tokens, ApprovalEngine approvals,
        CancellationToken ct)
    {
        switch (tokens.Verify(token))
        {
            case DecisionLinkVerification.Valid { Claims: { StepId: CallbackLinks.StepId } claims }:
                var snapshot = await approvals.GetAsync(claims.FilingId, ct);
                var task = snapshot?.State.Callback;
                var assignee = task?.Assignees.FirstOrDefault(a => a.Id == claims.ApproverId);
                return task is null || assignee is null ? (null, Invalid()) : (new OpenTask(claims, snapshot!.State, task, assignee), null);
            case DecisionLinkVerification.Expired { Claims: { StepId: CallbackLinks.StepId } claims }:
                return (null, PageResults.Html(t => ErrorPage.Compose(t, StatusCodes.Status410Gone,
                    t.T("callback.expired.message", t.At(claims.ExpiresAt)), t["callback.expired.title"]), StatusCodes.Status410Gone));
            default:
                return (null, Invalid());
        }
    }

    private static IResult Invalid() =>
        PageResults.Html(t => ErrorPage.Compose(t, StatusCodes.Status400BadRequest, t["callback.invalid.message"], t["callback.invalid.title"]),
            StatusCodes.Status400BadRequest);

    private static IResult Closed(CallbackTask task) =>
        PageResults.Html(t => CallbackPages.AlreadyClosed(t, task), StatusCodes.Status409Conflict);
}
