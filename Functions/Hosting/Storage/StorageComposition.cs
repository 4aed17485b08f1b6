using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Hosting.Storage;

public static class StorageComposition
{
    /// <summary>Where storage is (see <see cref="StorageConnection"/>), the Table client, the process store, the clock.</summary>
    public static IServiceCollection AddReopenStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => StorageConnection.Resolve(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<StorageConnection>().CreateClient());
        services.TryAddSingleton(sp => new ProcessStore(
            sp.GetRequiredService<TableServiceClient>(),
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.TablePrefix));
        services.TryAddSingleton<AppTables>();
        services.AddHostedService<TableInitializer>();
        return services;
    }

    /// <summary>A feature's own table, created (with the configured prefix) at start.</summary>
    public static IServiceCollection AddRequiredTable(this IServiceCollection services, string name)
    {
        services.AddSingleton(new RequiredTable(name));
        return services;
    }
}
