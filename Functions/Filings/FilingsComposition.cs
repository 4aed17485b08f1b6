using Reopen.Functions.Hosting.Storage;

namespace Reopen.Functions.Filings;

/// <summary>The business-facing filing API and page, and the tables behind them.</summary>
public static class FilingsComposition
{
    public static IServiceCollection AddFilings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRequiredTable(FilingTables.Filings);
        services.AddRequiredTable(FilingTables.Roster);
        services.AddRequiredTable(FilingTables.CreditCodes);
        services.AddRequiredTable(FilingTables.Idempotency);
        services.AddSingleton<FilingStore>();
        return services;
    }

    public static IEndpointRouteBuilder MapFilings(this IEndpointRouteBuilder api)
    {
        return api;
    }
}
