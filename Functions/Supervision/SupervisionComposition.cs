using Reopen.Functions.Hosting.Storage;
using Reopen.Functions.Supervision.FollowUps;
using Reopen.Functions.Supervision.Inspections;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Supervision;

public static class SupervisionComposition
{
    /// <summary>Follow-ups (table FollowUps), their sweep, and the grid teams' inspections (table Inspections).</summary>
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddRequiredTable(FollowUpSchedule.TableName);
        services.AddRequiredTable(InspectionBoard.TableName);
        services.AddSingleton(sp => new FollowUpSchedule(sp.GetRequiredService<AppTables>().Get(FollowUpSchedule.TableName), sp.GetRequiredService<DistrictPolicy>()));
        services.AddSingleton(sp => new InspectionBoard(sp.GetRequiredService<AppTables>().Get(InspectionBoard.TableName)));
        services.AddSingleton<FollowUpSweep>();
        services.AddSingleton<InspectionConsequences>();
        return services;
    }

    /// <summary>The inspector's task page.</summary>
    public static RouteGroupBuilder MapSupervision(this RouteGroupBuilder api) => api.MapInspections();
}
