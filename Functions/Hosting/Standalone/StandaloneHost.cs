using Microsoft.DurableTask.Client;
using Reopen.Functions.Hosting.Catalog;
using Reopen.Functions.Hosting.Http;

namespace Reopen.Functions.Hosting.Standalone;

/// <summary>
/// The app where no Functions host runs: Kestrel serves each HTTP function at its route, calling the function itself; the
/// Durable worker runs its orchestration and activity functions (<see cref="Durable.DurableTaskHost"/>).
/// </summary>
public static class StandaloneHost
{
    /// <summary>The port Core Tools uses too, so links and habits carry over.</summary>
    public const int LocalPort = 7071;

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            builder.WebHost.UseUrls($"http://127.0.0.1:{LocalPort}");
        builder.Services.AddReopen(builder.Configuration, new AppHost(IsFunctionsHost: false));
        builder.Services.AddHostedService<StandaloneTimers>();

        var app = builder.Build();
        app.MapFunctions(FunctionCatalog.App);
        return app;
    }

    private static void MapFunctions(this WebApplication app, FunctionCatalog catalog)
    {
        var endpoints = app.Services.GetRequiredService<FunctionEndpoints>();
        RequireOneFunctionPerEndpoint(catalog, endpoints);

        app.UseRouting();
        // A request no function takes (no route, a wrong method) still gets the app's headers and its errors.
        app.UseWhen(context => context.GetEndpoint()?.Metadata.GetMetadata<HttpFunction>() is null, AppComposition.UseReopenPipeline);

        // Where the Functions host shows its own landing page: the app's home page.
        app.MapGet("/", () => Results.Redirect("/api")).ExcludeFromDescription();

        var targets = new FunctionTargets(app.Services);
        foreach (var function in catalog.Http)
        {
            var invoke = Invoker(function, targets.For(function.Method.DeclaringType!));
            var described = endpoints[function.Name].Metadata.Where(m => m is not IHttpMethodMetadata);
            app.MapMethods("/" + function.Route, function.Methods.Select(m => m.ToUpperInvariant()), invoke)
                .WithMetadata([.. described, function]);
        }
    }

    /// <summary>Calls the function as the Functions host would; its Durable client is the worker's own here, so none is bound.</summary>
    private static RequestDelegate Invoker(HttpFunction function, object target)
    {
        var parameters = function.Method.GetParameters();
        var unknown = parameters.FirstOrDefault(p => p.ParameterType != typeof(HttpRequest) && p.ParameterType != typeof(DurableTaskClient));
        if (unknown is not null)
            throw new InvalidOperationException($"HTTP function {function.Name} takes {unknown.ParameterType.Name} {unknown.Name}, which the standalone host does not bind.");
        return context => (Task<IResult>)function.Method.Invoke(target,
            parameters.Select(p => p.ParameterType == typeof(HttpRequest) ? context.Request : null).ToArray())!;
    }

    /// <summary>Each endpoint is run by exactly one function with its route and methods, so both hosts serve the same.</summary>
    private static void RequireOneFunctionPerEndpoint(FunctionCatalog catalog, FunctionEndpoints endpoints)
    {
        var problems = new List<string>();
        foreach (var function in catalog.Http)
        {
            if (!endpoints.Contains(function.Name))
            {
                problems.Add($"function {function.Name} names no endpoint");
                continue;
            }
            var endpoint = endpoints[function.Name];
            var route = endpoint.RoutePattern.RawText?.Trim('/');
            var methods = (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => m.ToLowerInvariant()).Order().ToArray();
            if (route != function.Route || !methods.SequenceEqual(function.Methods.Order()))
                problems.Add($"function {function.Name} ({string.Join(",", function.Methods)} {function.Route}) runs endpoint {string.Join(",", methods)} {route}");
        }
        var named = catalog.Http.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(endpoints.Endpoints.Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName)
            .Where(name => !named.Contains(name)).Select(name => $"endpoint {name} has no function"));
        if (problems.Count > 0) throw new InvalidOperationException("The HTTP functions and the endpoints disagree: " + string.Join("; ", problems) + ".");
    }
}
