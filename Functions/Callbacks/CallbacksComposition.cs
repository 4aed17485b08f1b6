using Reopen.Functions.Hosting.Storage;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Callbacks;

public static class CallbacksComposition
{
    /// <summary>The street offices' call-back list (table Callbacks), the emails to its assignees and the task pages.</summary>
    public static IServiceCollection AddCallbacks(this IServiceCollection services)
    {
        services.AddRequiredTable(CallbackBoard.TableName);
        services.AddSingleton(sp => new CallbackBoard(sp.GetRequiredService<AppTables>().Get(CallbackBoard.TableName)));
        services.AddSingleton<IEffectHandler<CallbackTaskOpened>, CallbackOpenedHandler>();
        services.AddSingleton<IEffectHandler<CallbackTaskClosed>, CallbackClosedHandler>();
        return services;
    }
}
