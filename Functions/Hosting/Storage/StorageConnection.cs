using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;

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

    /// <summary>The account's client with <see cref="ClientOptions"/>; <paramref name="configure"/> may add to them (a policy, a transport).</summary>
    public TableServiceClient CreateClient(Action<TableClientOptions>? configure = null)
    {
        // The SDK parses the connection string: a first client tells where it points, so that the retries suit the place.
        var options = ClientOptions(TableEndpoint ?? new TableServiceClient(ConnectionString).Uri);
        configure?.Invoke(options);
        return ConnectionString is not null
            ? new TableServiceClient(ConnectionString, options)
            : new TableServiceClient(TableEndpoint!, CreateCredential(), options);
    }

    /// <summary>
    /// Azure.Core's retries (408, 429, 5xx and lost connections, three more tries, Retry-After honoured): its exponential
    /// delays from 0.8 s against Azure, short ones against a local emulator, which is either up or not.
    /// </summary>
    internal static TableClientOptions ClientOptions(Uri endpoint)
    {
        var options = new TableClientOptions();
        if (endpoint.IsLoopback)
        {
            options.Retry.Delay = TimeSpan.FromMilliseconds(50);
            options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        }
        return options;
    }

    private TokenCredential CreateCredential() =>
        ClientId is not null ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(ClientId))
        : ManagedIdentityOnly ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
        : new DefaultAzureCredential();

    private static StorageConnection FromConnectionString(string connectionString) => new(connectionString, null, null, false);

    /// <summary>Never the key: for logs.</summary>
    public override string ToString() =>
        ConnectionString is not null ? "connection string" : $"{TableEndpoint} with {(ClientId is null ? "managed identity" : "user-assigned identity")}";
}
