using Reopen.Functions.Approvals;
using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Approvals.Decisions;
using Reopen.Functions.Callbacks;
using Reopen.Functions.Digests;
using Reopen.Functions.Filings;
using Reopen.Functions.Home;
using Reopen.Functions.Hosting.Catalog;
using Reopen.Functions.Hosting.Clients;
using Reopen.Functions.Hosting.Durable;
using Reopen.Functions.Hosting.Errors;
using Reopen.Functions.Hosting.Health;
using Reopen.Functions.Hosting.Http;
using Reopen.Functions.Hosting.Storage;
using Reopen.Functions.Notifications;
using Reopen.Functions.Notifications.DevOutbox;
using Reopen.Functions.Permits;
using Reopen.Functions.Supervision;

namespace Reopen.Functions.Hosting;

/// <summary>
/// The whole app in three lists: its services, its endpoints (which its HTTP functions run), and the pipeline every
/// request passes. A feature adds one line to the first two.
/// </summary>
public static class AppComposition
{
    public static IServiceCollection AddReopen(this IServiceCollection services, IConfiguration configuration, AppHost host)
    {
        services.AddSingleton(host);
        services.AddSingleton(FunctionCatalog.App);
        services.AddRouting();
        services.AddReopenErrors();
        services.AddOpenApi();
        services.AddReopenStorage(configuration);
        services.AddDurableTasks(configuration, host);
        services.AddSingleton(sp => new FunctionEndpoints(sp, MapReopenEndpoints, UseReopenPipeline, sp.GetRequiredService<BoundDurableClient>()));

        // Features, one line each:
        services.AddNotifications(configuration);
        services.AddDecisionLinks(configuration);
        services.AddApprovals(configuration);
        services.AddDecisions();
        services.AddPermits();
        services.AddCallbacks();
        services.AddFilings(configuration);
        services.AddDigests();
        services.AddSupervision();

        return services;
    }

    /// <summary>Every endpoint, each named for the function that runs it.</summary>
    public static void MapReopenEndpoints(IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/api/openapi/{documentName}.json").WithName("OpenApiDocument");

        var api = app.MapGroup("/api");
        api.MapHealth();

        // Features, one line each:
        api.MapHome();
        api.MapFilings();
        api.MapDecisions();
        api.MapPermits();
        api.MapCallbacks();
        api.MapSupervision();

        app.MapDevOutbox();
    }

    /// <summary>What every request passes before its endpoint, under either host.</summary>
    public static void UseReopenPipeline(IApplicationBuilder app)
    {
        app.UseClientAddress();
        app.UseSecurityHeaders();
        app.UseReopenErrors();
    }
}
