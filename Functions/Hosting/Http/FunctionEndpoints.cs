using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.DurableTask.Client;
using Reopen.Functions.Hosting.Durable;

namespace Reopen.Functions.Hosting.Http;

/// <summary>
/// What each HTTP function runs: the app's endpoints (routes, handlers, filters and API descriptions, mapped by feature),
/// found by the function's name and run behind the app's request pipeline (client address, security headers, errors).
/// Both hosts call it: the Functions host from each function, the standalone host from the function's route.
/// </summary>
public sealed class FunctionEndpoints
{
    private readonly Dictionary<string, (RouteEndpoint Endpoint, TemplateMatcher Matcher)> _byName;
    private readonly RequestDelegate _pipeline;
    private readonly BoundDurableClient _durable;

    public FunctionEndpoints(IServiceProvider services, Action<IEndpointRouteBuilder> map, Action<IApplicationBuilder> pipeline, BoundDurableClient durable)
    {
        var builder = new EndpointList(services);
        map(builder);
        Endpoints = builder.DataSources.SelectMany(s => s.Endpoints).Cast<RouteEndpoint>().ToArray();
        DataSource = new DefaultEndpointDataSource(Endpoints);
        _byName = Endpoints.ToDictionary(
            e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName
                ?? throw new InvalidOperationException($"The endpoint {e.DisplayName} has no name, so no function can run it."),
            e => (e, new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary(e.RoutePattern.Defaults))),
            StringComparer.Ordinal);

        var app = new ApplicationBuilder(services);
        pipeline(app);
        app.Run(context => context.GetEndpoint()!.RequestDelegate!(context));
        _pipeline = app.Build();
        _durable = durable;
    }

    public IReadOnlyList<RouteEndpoint> Endpoints { get; }

    /// <summary>The endpoints for API descriptions (OpenAPI) where no router holds them.</summary>
    public EndpointDataSource DataSource { get; }

    public RouteEndpoint this[string name] =>
        _byName.TryGetValue(name, out var found) ? found.Endpoint : throw new KeyNotFoundException($"No endpoint is named {name}.");

    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>
    /// Runs the named endpoint for the request; a Durable client bound to this invocation serves its orchestrations. The
    /// endpoint writes the response; the empty result tells the Functions host that it is an HTTP response all the same.
    /// </summary>
    public async Task<IResult> InvokeAsync(string name, HttpRequest request, DurableTaskClient? durable = null)
    {
        var (endpoint, matcher) = _byName[name];
        var values = new RouteValueDictionary();
        if (!matcher.TryMatch(request.Path, values))
        {
            request.HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return Results.Empty;
        }
        request.RouteValues = values;
        request.HttpContext.SetEndpoint(endpoint);
        using (durable is null ? null : _durable.Bind(durable))
            await _pipeline(request.HttpContext);
        return Results.Empty;
    }

    /// <summary>Collects what the features map, without a router: their route groups add their endpoints here.</summary>
    private sealed class EndpointList(IServiceProvider services) : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider { get; } = services;

        public ICollection<EndpointDataSource> DataSources { get; } = new List<EndpointDataSource>();

        public IApplicationBuilder CreateApplicationBuilder() => new ApplicationBuilder(ServiceProvider);
    }
}
