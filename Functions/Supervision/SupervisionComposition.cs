using Microsoft.Extensions.Options;
using Reopen.Functions.Approvals;
using Reopen.Functions.Hosting.Durable;
using Reopen.Functions.Hosting.Storage;
using Reopen.Functions.Supervision.Complaints;
using Reopen.Functions.Supervision.FollowUps;
using Reopen.Functions.Supervision.Inspections;
using Reopen.Functions.Supervision.Patrols;
using Reopen.Functions.Supervision.Rectification;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Supervision.Rectification;

namespace Reopen.Functions.Supervision;

public static class SupervisionComposition
{
    /// <summary>Follow-ups (table FollowUps), their sweep, the grid teams' inspections (table Inspections), and each rectification notice's process.</summary>
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddRequiredTable(FollowUpSchedule.TableName);
        services.AddRequiredTable(InspectionBoard.TableName);
        services.AddSingleton(sp => new FollowUpSchedule(sp.GetRequiredService<AppTables>().Get(FollowUpSchedule.TableName), sp.GetRequiredService<DistrictPolicy>()));
        services.AddSingleton(sp => new InspectionBoard(sp.GetRequiredService<AppTables>().Get(InspectionBoard.TableName)));
        services.AddSingleton<InspectionNotifier>();
        services.AddSingleton<FollowUpSweep>();
        services.AddSingleton<InspectionConsequences>();

        services.AddSingleton(sp => new RectificationProcess(sp.GetRequiredService<DistrictPolicy>().Supervision));
        services.AddSingleton(sp => new ProcessReadModel<RectificationState, RectificationEvent>(sp.GetRequiredService<ProcessStore>(), RectificationProcess.ProcessName));
        services.AddSingleton<IEffectHandler<RectificationEffect>, RectificationEffects>();
        services.AddSingleton(sp => new RectificationEngine(
            sp.GetRequiredService<RectificationProcess>(),
            sp.GetRequiredService<ProcessReadModel<RectificationState, RectificationEvent>>(),
            sp.GetRequiredService<IOrchestrationGateway>(),
            sp.GetRequiredService<CommandSignals>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ApprovalWaitOptions>>().Value.OutcomeWait,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Reopen.Rectifications")));
        services.AddProcessTasks(sp => sp.GetRequiredService<RectificationProcess>());

        services.AddRequiredTable(ComplaintDesk.TableName);
        services.AddRequiredTable(ComplaintDesk.TargetsTableName);
        services.AddSingleton(sp => new ComplaintDesk(sp.GetRequiredService<AppTables>().Get(ComplaintDesk.TableName),
            sp.GetRequiredService<AppTables>().Get(ComplaintDesk.TargetsTableName)));
        services.AddSingleton<ComplaintIntake>();

        services.AddRequiredTable(ClosureOrderBook.TableName);
        services.AddSingleton(sp => new ClosureOrderBook(sp.GetRequiredService<AppTables>().Get(ClosureOrderBook.TableName)));
        return services;
    }

    /// <summary>The inspector's task page, and the complaints (12315) with their verification page.</summary>
    public static RouteGroupBuilder MapSupervision(this RouteGroupBuilder api) => api.MapInspections().MapPatrols().MapComplaints();
}
