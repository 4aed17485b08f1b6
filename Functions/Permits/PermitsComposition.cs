using Microsoft.Extensions.Options;
using Reopen.Functions.Hosting.Storage;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Tables;

namespace Reopen.Functions.Permits;

public static class PermitsComposition
{
    /// <summary>The public permit register (table Permits) and the handler that fills it when a filing is approved.</summary>
    public static IServiceCollection AddPermits(this IServiceCollection services)
    {
        services.AddRequiredTable(PermitRegister.TableName);
        services.AddSingleton(sp => new PermitRegister(sp.GetRequiredService<TableServiceClient>().GetTableClient(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.TableName(PermitRegister.TableName))));
        services.AddSingleton<IEffectHandler<PermitIssued>, PermitIssuedHandler>();
        return services;
    }
}
