using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Reopen.Functions.Hosting.Http;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>The decision page an official's emailed link opens (GET shows, POST decides), as HTTP functions.</summary>
public sealed class DecisionFunctions(FunctionEndpoints endpoints)
{
    [Function(nameof(ShowDecision))]
    public Task<IResult> ShowDecision([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/decisions/{token}")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(ShowDecision), request);

    [Function(nameof(Decide))]
    public Task<IResult> Decide([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/decisions/{token}")] HttpRequest request,
        [DurableClient] DurableTaskClient durable) => endpoints.InvokeAsync(nameof(Decide), request, durable);
}
