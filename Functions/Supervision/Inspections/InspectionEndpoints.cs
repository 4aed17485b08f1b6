using Reopen.Functions.Approvals;
using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Filings;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Functions.Supervision.Inspections;

/// <summary>GET /api/inspections/{token}: the task and its checklist; POST: records the inspection and what follows from it.</summary>
public static class InspectionEndpoints
{
    public static RouteGroupBuilder MapInspections(this RouteGroupBuilder api)
    {
        var inspections = api.MapGroup("/inspections").WithTags("Inspections").ExcludeFromDescription().WithNoReferrer();
        inspections.MapGet("/{token}", Show).WithName("ShowInspection");
        inspections.MapPost("/{token}", Record).WithName("RecordInspection");
        return api;
    }

    private sealed record OpenTask(InspectionTask Task, Azure.ETag ETag, Official Inspector);

    private static async Task<IResult> Show(string token, HttpContext http, DecisionLinkToken tokens, InspectionBoard board, FilingStore filings,
        DistrictPolicy policy, CancellationToken ct)
    {
        var (open, refusal) = await ReadAsync(token, tokens, board, policy, ct);
        if (open is null) return refusal!;
        if (open.Task.Result is { } result) return AlreadyRecorded(open.Task, result);
        return await PageAsync(http, open, filings, policy, null, [], StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> Record(string token, HttpContext http, DecisionLinkToken tokens, InspectionBoard board, FilingStore filings,
        DistrictPolicy policy, InspectionConsequences consequences, TimeProvider time, ILoggerFactory loggers, CancellationToken ct)
    {
        var (open, refusal) = await ReadAsync(token, tokens, board, policy, ct);
        if (open is null) return refusal!;
        if (open.Task.Result is { } recorded) return AlreadyRecorded(open.Task, recorded);

        var checklist = Checklists.For(open.Task.Category);
        var report = await InspectionForm.ReadAsync(http.Request, checklist, ct);
        var now = time.GetUtcNow();
        var (finding, errors) = InspectionRules.Decide(checklist, report, policy.Supervision, now);
        if (finding is null) return await PageAsync(http, open, filings, policy, report, errors, StatusCodes.Status422UnprocessableEntity, ct);

        // A re-inspection's deadline, if any, is its notice's to set.
        var result = new InspectionResult(finding.Outcome, finding.FailedItems, report.Notes.Trim(), open.Inspector.Id, now,
            open.Task.NoticeId is null ? finding.RectifyBy : null);
        if (!await board.RecordAsync(open.Task, open.ETag, result, ct))
        {
            // Recorded by a second tab or a double tap in between: show what stands.
            var now2 = await board.FindAsync(open.Task.FilingId, open.Task.Key, ct);
            return now2?.Task.Result is { } first ? AlreadyRecorded(now2.Value.Task, first) : TaskLinkPages.Invalid();
        }
        loggers.CreateLogger(typeof(InspectionEndpoints).FullName!).LogInformation("Inspection {InspectionKey} of filing {FilingId} recorded by official {OfficialId}: {Outcome}",
            open.Task.Key, open.Task.FilingId, open.Inspector.Id, result.Outcome);
        await consequences.ApplyAsync(open.Task, result, ct);
        return PageResults.Html(t => InspectionPages.Recorded(t, open.Task, result, justNow: true));
    }

    private static async Task<IResult> PageAsync(HttpContext http, OpenTask open, FilingStore filings, DistrictPolicy policy, InspectionReport? posted,
        IReadOnlyList<Orchestrations.Filings.FieldError> errors, int status, CancellationToken ct)
    {
        var filing = await filings.GetDocumentAsync(open.Task.FilingId, ct);
        if (filing is null) return TaskLinkPages.Invalid();
        var roster = await filings.GetRosterAsync(filing, 0, InspectionPages.RosterShown, ct);
        var action = PostedForm.ActionOf(http.Request);
        return PageResults.Html(t => InspectionPages.Open(t, open.Task, filing, roster, open.Inspector, policy, Checklists.For(open.Task.Category), action,
            posted, errors), status);
    }

    private static async Task<(OpenTask? Task, IResult? Refusal)> ReadAsync(string token, DecisionLinkToken tokens, InspectionBoard board,
        DistrictPolicy policy, CancellationToken ct)
    {
        var (claims, refusal) = TaskLinkPages.Open(tokens, token, c => InspectionLinks.KeyOf(c) is not null);
        if (claims is null) return (null, refusal);
        var found = await board.FindAsync(claims.FilingId, InspectionLinks.KeyOf(claims)!, ct);
        // The link names the inspector it was sent to; a task reassigned since then no longer answers to it.
        if (found is not { } task || task.Task.InspectorId != claims.ApproverId || policy.FindOfficial(claims.ApproverId) is not { } inspector)
            return (null, TaskLinkPages.Invalid());
        return (new OpenTask(task.Task, task.ETag, inspector), null);
    }

    private static IResult AlreadyRecorded(InspectionTask task, InspectionResult result) =>
        PageResults.Html(t => InspectionPages.Recorded(t, task, result, justNow: false), StatusCodes.Status409Conflict);
}
