using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Reopen.Functions.Hosting.Http;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Hosting.FunctionsHost;

/// <summary>The app as the Azure Functions host's isolated worker, with ASP.NET Core integration.</summary>
public static class FunctionsWorker
{
    public static IHost Build(string[] args, AppHost host)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.Services.AddReopen(builder.Configuration, host);
        // Durable payloads in the same JSON as the standalone host's, so either host can take over a task hub.
        builder.Services.Configure<WorkerOptions>(o => o.Serializer = new JsonObjectSerializer(ProcessJson.Options));
        // No router holds the endpoints here: API descriptions (OpenAPI) read them from the functions' list.
        builder.Services.AddSingleton<EndpointDataSource>(sp => sp.GetRequiredService<FunctionEndpoints>().DataSource);
        return builder.Build();
    }
}
