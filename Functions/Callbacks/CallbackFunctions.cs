using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Reopen.Functions.Hosting.Http;

namespace Reopen.Functions.Callbacks;

/// <summary>The call-back task page (GET shows, POST closes it), as HTTP functions.</summary>
public sealed class CallbackFunctions(FunctionEndpoints endpoints)
{
    [Function(nameof(ShowCallback))]
    public Task<IResult> ShowCallback([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/callbacks/{token}")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(ShowCallback), request);

    [Function(nameof(CloseCallback))]
    public Task<IResult> CloseCallback([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/callbacks/{token}")] HttpRequest request,
        [DurableClient] DurableTaskClient durable) => endpoints.InvokeAsync(nameof(CloseCallback), request, durable);
}
