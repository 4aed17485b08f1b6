using Azure.Core;
using Azure.Identity;
using Reopen.Orchestrations.Tables;

namespace Reopen.Functions.Hosting.Storage;

/// <summary>
/// Where the tables are, from the first setting present:
/// <c>ConnectionStrings:Tables</c>, then <c>AzureWebJobsStorage</c> (a connection string), then
/// <c>AzureWebJobsStorage__accountName</c> (or <c>__tableServiceUri</c>) with Entra ID: managed identity in Azure
/// (<c>__clientId</c> for a user-assigned one), the developer's sign-in elsewhere.
/// </summary>
public sealed record StorageConnection(string? ConnectionString, Uri? TableEndpoint, string? ClientId, bool ManagedIdentityOnly)
{
    private const string WebJobs = "AzureWebJobsStorage";

    public static StorageConnection Resolve(IConfiguration configuration)
    {
        if (configuration.GetConnectionString("Tables") is { Length: > 0 } tables) return FromConnectionString(tables);
        if (configuration[WebJobs] is { Length: > 0 } webJobs) return FromConnectionString(webJobs);

        var identity = configuration.GetSection(WebJobs);
        var endpoint = identity["tableServiceUri"] is { Length: > 0 } uri ? new Uri(uri)
            : identity["accountName"] is { Length: > 0 } account ? new Uri($"https://{account}.table.core.windows.net")
            : throw new InvalidOperationException(
                "No Table storage is configured. Set ConnectionStrings__Tables (a connection string, e.g. Azurite's), " +
                "AzureWebJobsStorage (a connection string) or AzureWebJobsStorage__accountName (managed identity).");
        var managedIdentityOnly = string.Equals(identity["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase);
        return new StorageConnection(null, endpoint, identity["clientId"] is { Length: > 0 } id ? id : null, managedIdentityOnly);
    }

    public TableServiceClient CreateClient() =>
        ConnectionString is not null
            ? TableServiceClient.FromConnectionString(ConnectionString)
            : new TableServiceClient(TableEndpoint!, CreateCredential());

    private TokenCredential CreateCredential() =>
        ClientId is not null ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(ClientId))
        : ManagedIdentityOnly ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
        : new DefaultAzureCredential();

    private static StorageConnection FromConnectionString(string connectionString) => new(connectionString, null, null, false);

    /// <summary>Never the key: for logs.</summary>
    public override string ToString() =>
        ConnectionString is not null ? "connection string" : $"{TableEndpoint} with {(ClientId is null ? "managed identity" : "user-assigned identity")}";
}
