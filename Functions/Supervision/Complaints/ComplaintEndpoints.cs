using System.Text.Json;
using Reopen.Functions.Approvals;
using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision.Complaints;

namespace Reopen.Functions.Supervision.Complaints;

/// <summary>
/// 12315 complaints: the public form (GET/POST /api/complaints/form), the API (POST /api/complaints, JSON), and the grid
/// inspector's verification page (GET/POST /api/complaints/tasks/{token}).
/// </summary>
public static class ComplaintEndpoints
{
    /// <summary>The answer to POST /api/complaints: the reference to quote, the verification deadline, and the complaint it repeats, if any.</summary>
    public sealed record ComplaintReceipt(string ComplaintId, DateTimeOffset VerifyBy, string? DuplicateOf, bool MatchedPermit);

    public static RouteGroupBuilder MapComplaints(this RouteGroupBuilder api)
    {
        var complaints = api.MapGroup("/complaints").WithTags("Complaints");
        complaints.MapPost("", SubmitJson).WithName("SubmitComplaint")
            .Accepts<ComplaintForm>("application/json").Produces<ComplaintReceipt>(StatusCodes.Status201Created).ProducesValidationProblem();
        complaints.MapGet("/form", (DistrictPolicy policy) => PageResults.Html(t => ComplaintPages.Form(t, policy, new(), [])))
            .WithName("ComplaintFormPage").ExcludeFromDescription();
        complaints.MapPost("/form", SubmitForm).WithName("SubmitComplaintForm").ExcludeFromDescription();
        var tasks = complaints.MapGroup("/tasks").ExcludeFromDescription().WithNoReferrer();
        tasks.MapGet("/{token}", ShowTask).WithName("ShowComplaintTask");
        tasks.MapPost("/{token}", Verify).WithName("VerifyComplaint");
        return api;
    }

    private static async Task<IResult> SubmitJson(HttpRequest request, DistrictPolicy policy, ComplaintIntake intake, CancellationToken ct)
    {
        var t = Texts.For(request.HttpContext);
        if (!request.HasJsonContentType())
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: t["complaint.problem.mediaType"]);
        ComplaintForm? form;
        try
        {
            form = await request.ReadFromJsonAsync<ComplaintForm>(JsonSerializerOptions.Web, ct);
        }
        catch (JsonException e)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [e.Path ?? "$"] = [t["complaint.problem.malformed"]] },
                title: t["complaint.problem.title"]);
        }
        var (normalized, contact, errors) = ComplaintRules.Check(form ?? new(), policy);
        if (errors.Count > 0)
            return Results.ValidationProblem(errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => t.Language == UiLanguage.En ? e.MessageEn : e.MessageZh).ToArray()),
                title: t["complaint.problem.title"]);
        var c = await intake.SubmitAsync(normalized, contact, ct);
        return Results.Created($"/api/complaints/{c.Id}", new ComplaintReceipt(c.Id, c.VerifyBy, c.DuplicateOf, c.PermitNumber is not null));
    }

    private static async Task<IResult> SubmitForm(HttpRequest request, DistrictPolicy policy, ComplaintIntake intake, CancellationToken ct)
    {
        var fields = request.HasFormContentType ? await PostedForm.ReadAsync(request, ct) : null;
        string Field(string name) => fields?[name].FirstOrDefault() ?? "";
        var posted = new ComplaintForm
        {
            What = Field("what"), Business = Field("business"), Address = Field("address"), CreditCode = Field("creditCode"),
            PermitNumber = Field("permitNumber"), Street = Field("street"), Contact = Field("contact"),
        };
        var (normalized, contact, errors) = ComplaintRules.Check(posted, policy);
        if (errors.Count > 0) return PageResults.Html(t => ComplaintPages.Form(t, policy, posted, errors), StatusCodes.Status422UnprocessableEntity);
        var c = await intake.SubmitAsync(normalized, contact, ct);
        return PageResults.Html(t => ComplaintPages.Received(t, c), StatusCodes.Status201Created);
    }

    private static async Task<IResult> ShowTask(string token, HttpContext http, DecisionLinkToken tokens, ComplaintDesk desk, DistrictPolicy policy, CancellationToken ct)
    {
        var (open, refusal) = await ReadAsync(token, tokens, desk, policy, ct);
        if (open is null) return refusal!;
        if (open.Value.Complaint.Status == ComplaintStatus.Verified) return Already(open.Value.Complaint);
        return PageResults.Html(t => ComplaintPages.Task(t, open.Value.Complaint, open.Value.Inspector, PostedForm.ActionOf(http.Request), []));
    }

    private static async Task<IResult> Verify(string token, HttpContext http, DecisionLinkToken tokens, ComplaintDesk desk, ComplaintIntake intake,
        DistrictPolicy policy, CancellationToken ct)
    {
        var (open, refusal) = await ReadAsync(token, tokens, desk, policy, ct);
        if (open is null) return refusal!;
        var (complaint, etag, inspector) = open.Value;
        if (complaint.Status == ComplaintStatus.Verified) return Already(complaint);
        var fields = http.Request.HasFormContentType ? await PostedForm.ReadAsync(http.Request, ct) : null;
        var finding = Enum.TryParse<ComplaintFinding>(fields?["finding"].FirstOrDefault(), out var f) && Enum.IsDefined(f) ? f : (ComplaintFinding?)null;
        var result = (fields?["result"].FirstOrDefault() ?? "").Trim();
        var t = Texts.For(http);
        var errors = new List<string>();
        if (finding is null) errors.Add(t["complaint.task.error.finding"]);
        if (result.Length is 0 or > FilingLimits.NoteLength) errors.Add(t["complaint.task.error.result"]);
        if (errors.Count > 0) return PageResults.Html(tt => ComplaintPages.Task(tt, complaint, inspector, PostedForm.ActionOf(http.Request), errors), StatusCodes.Status422UnprocessableEntity);
        if (await intake.VerifyAsync(complaint, etag, finding!.Value, result, ct) is not { } verified)
            return await desk.FindAsync(complaint.Id, ct) is { } now ? Already(now.Complaint) : TaskLinkPages.Invalid();
        return PageResults.Html(tt => ComplaintPages.Verified(tt, verified, justNow: true));
    }

    private static async Task<((Complaint Complaint, Azure.ETag ETag, Official Inspector)? Open, IResult? Refusal)> ReadAsync(string token,
        DecisionLinkToken tokens, ComplaintDesk desk, DistrictPolicy policy, CancellationToken ct)
    {
        var (claims, refusal) = TaskLinkPages.Open(tokens, token, c => c.StepId == ComplaintIntake.StepId);
        if (claims is null) return (null, refusal);
        if (await desk.FindAsync(claims.FilingId, ct) is not { } found || found.Complaint.AssigneeId != claims.ApproverId
            || policy.FindOfficial(claims.ApproverId) is not { } inspector)
            return (null, TaskLinkPages.Invalid());
        return ((found.Complaint, found.ETag, inspector), null);
    }


    private static IResult Already(Complaint c) => PageResults.Html(t => ComplaintPages.Verified(t, c, justNow: false), StatusCodes.Status409Conflict);
}
