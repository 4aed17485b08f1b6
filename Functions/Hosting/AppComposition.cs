using Reopen.Functions.Approvals;
using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Approvals.Decisions;
using Reopen.Functions.Callbacks;
using Reopen.Functions.Filings;
using Reopen.Functions.Home;
using Reopen.Functions.Hosting.Clients;
using Reopen.Functions.Hosting.Durable;
using Reopen.Functions.Hosting.Errors;
using Reopen.Functions.Hosting.Health;
using Reopen.Functions.Hosting.Storage;
using Reopen.Functions.Notifications;
using Reopen.Functions.Notifications.DevOutbox;
using Reopen.Functions.Permits;

namespace Reopen.Functions.Hosting;

/// <summary>The whole app in two lists: its services and its endpoints. A feature adds one line to each.</summary>
public static class AppComposition
{
    public static IServiceCollection AddReopen(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReopenErrors();
        services.AddOpenApi();
        services.AddReopenStorage(configuration);
        services.AddDurableTasks(configuration);

        // Features, one line each:
        services.AddNotifications(configuration);
        services.AddDecisionLinks(configuration);
        services.AddApprovals(configuration);
        services.AddDecisions();
        services.AddPermits();
        services.AddCallbacks();
        services.AddFilings(configuration);

        return services;
    }

    public static WebApplication MapReopen(this WebApplication app)
    {
        app.UseClientAddress();
        app.UseSecurityHeaders();
        app.UseReopenErrors();

        app.MapReadinessProbe();
        app.MapOpenApi("/api/openapi/{documentName}.json");

        // Everything people and clients reach: the Functions host forwards only /api/* (routePrefix "api").
        var api = app.MapGroup("/api");
        api.MapHealth();

        // Features, one line each:
        api.MapHome();
        api.MapFilings();
        api.MapDecisions();
        api.MapPermits();
        api.MapCallbacks();

        app.MapDevOutbox();
        return app;
    }

    /// <summary>The Functions host polls GET / until it answers; a page mapped at "/" by a feature takes precedence.</summary>
    private static void MapReadinessProbe(this IEndpointRouteBuilder app) =>
        app.MapGet("/", () => Results.Text("Reopen is running. Health: /api/health"))
            .WithOrder(int.MaxValue - 1)
            .ExcludeFromDescription();
}
