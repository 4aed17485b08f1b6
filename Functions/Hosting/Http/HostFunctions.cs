using Microsoft.Azure.Functions.Worker;

namespace Reopen.Functions.Hosting.Http;

/// <summary>The app's own HTTP functions: health, the OpenAPI document, and the dev outbox (Development only).</summary>
public sealed class HostFunctions(FunctionEndpoints endpoints)
{
    [Function(nameof(Health))]
    public Task<IResult> Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(Health), request);

    [Function(nameof(OpenApiDocument))]
    public Task<IResult> OpenApiDocument([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/openapi/{documentName}.json")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(OpenApiDocument), request);

    [Function(nameof(DevOutbox))]
    public Task<IResult> DevOutbox([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dev/outbox")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(DevOutbox), request);

    [Function(nameof(ClearDevOutbox))]
    public Task<IResult> ClearDevOutbox([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "dev/outbox")] HttpRequest request) =>
        endpoints.InvokeAsync(nameof(ClearDevOutbox), request);
}
