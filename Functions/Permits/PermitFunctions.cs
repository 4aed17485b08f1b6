using Microsoft.Azure.Functions.Worker;
using Reopen.Functions.Hosting.Http;

namespace Reopen.Functions.Permits;

/// <summary>The public permit check, its placard and the lookup form, as HTTP functions.</summary>
public sealed class PermitFunctions(FunctionEndpoints endpoints)
{
    [Function(nameof(VerifyPermit))]
    public Task<IResult> VerifyPermit([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/permits/{key}")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(VerifyPermit), request);

    [Function(nameof(PermitPlacard))]
    public Task<IResult> PermitPlacard([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/permits/{key}/placard")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(PermitPlacard), request);

    [Function(nameof(PermitLookup))]
    public Task<IResult> PermitLookup([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/permits/lookup")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(PermitLookup), request);
}
