using Reopen.Functions.Hosting.Storage;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Permits;

public static class PermitsComposition
{
    /// <summary>The public permit register (table Permits) and the handler that fills it when a filing is approved.</summary>
    public static IServiceCollection AddPermits(this IServiceCollection services)
    {
        services.AddRequiredTable(PermitRegister.TableName);
        services.AddSingleton(sp => new PermitRegister(sp.GetRequiredService<AppTables>().Get(PermitRegister.TableName)));
        services.AddSingleton<IEffectHandler<PermitIssued>, PermitIssuedHandler>();
        return services;
    }
}
