using Microsoft.Azure.Functions.Worker;
using Reopen.Functions.Hosting.Http;

namespace Reopen.Functions.Home;

/// <summary>The home page, as an HTTP function.</summary>
public sealed class HomeFunctions(FunctionEndpoints endpoints)
{
    [Function(nameof(HomePage))]
    public Task<IResult> HomePage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(HomePage), request);
}
