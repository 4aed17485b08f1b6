using Microsoft.Azure.Functions.Worker;
using Reopen.Functions.Hosting.Http;

namespace Reopen.Functions.Supervision.Complaints;

/// <summary>12315 complaints as HTTP functions: the API, the public form, and the verifier's page.</summary>
public sealed class ComplaintFunctions(FunctionEndpoints endpoints)
{
    [Function(nameof(SubmitComplaint))]
    public Task<IResult> SubmitComplaint([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/complaints")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(SubmitComplaint), request);

    [Function(nameof(ComplaintFormPage))]
    public Task<IResult> ComplaintFormPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/complaints/form")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(ComplaintFormPage), request);

    [Function(nameof(SubmitComplaintForm))]
    public Task<IResult> SubmitComplaintForm([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/complaints/form")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(SubmitComplaintForm), request);

    [Function(nameof(ShowComplaintTask))]
    public Task<IResult> ShowComplaintTask([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/complaints/tasks/{token}")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(ShowComplaintTask), request);

    [Function(nameof(VerifyComplaint))]
    public Task<IResult> VerifyComplaint([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/complaints/tasks/{token}")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(VerifyComplaint), request);
}
