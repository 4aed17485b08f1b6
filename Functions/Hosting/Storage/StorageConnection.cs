using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;

namespace Reopen.Functions.Hosting.Storage;

/// <summary>
/// Where storage is (tables, and the blobs and queues of Durable's task hub), from the first setting present:
/// <c>ConnectionStrings:Tables</c>, then <c>AzureWebJobsStorage</c> (a connection string), then
/// <c>AzureWebJobsStorage__accountName</c> (or <c>__tableServiceUri</c>, <c>__blobServiceUri</c>, <c>__queueServiceUri</c>)
/// with Entra ID: managed identity in Azure (<c>__clientId</c> for a user-assigned one), the developer's sign-in elsewhere.
/// </summary>
public sealed record StorageConnection(string? ConnectionString, Uri? TableEndpoint, string? ClientId, bool ManagedIdentityOnly,
    Uri? BlobEndpoint = null, Uri? QueueEndpoint = null)
{
    private const string WebJobs = "AzureWebJobsStorage";

    public static StorageConnection Resolve(IConfiguration configuration)
    {
        if (configuration.GetConnectionString("Tables") is { Length: > 0 } tables) return FromConnectionString(tables);
        if (configuration[WebJobs] is { Length: > 0 } webJobs) return FromConnectionString(webJobs);

        var identity = configuration.GetSection(WebJobs);
        var account = identity["accountName"] is { Length: > 0 } name ? name : null;
        var endpoint = Endpoint(identity, "table", account) ?? throw new InvalidOperationException(
            "No storage is configured. Set ConnectionStrings__Tables (a connection string, e.g. Azurite's), " +
            "AzureWebJobsStorage (a connection string) or AzureWebJobsStorage__accountName (managed identity).");
        var managedIdentityOnly = string.Equals(identity["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase);
        return new StorageConnection(null, endpoint, identity["clientId"] is { Length: > 0 } id ? id : null, managedIdentityOnly,
            Endpoint(identity, "blob", account), Endpoint(identity, "queue", account));
    }

    private static Uri? Endpoint(IConfiguration identity, string service, string? account) =>
        identity[service + "ServiceUri"] is { Length: > 0 } uri ? new Uri(uri)
        : account is not null ? new Uri($"https://{account}.{service}.core.windows.net")
        : null;

    /// <summary>Blob, queue and table clients for Durable's task hub, with <paramref name="configure"/> applied to each one's options.</summary>
    public StorageAccountClientProvider CreateDurableClientProvider(Action<ClientOptions>? configure = null)
    {
        var blobOptions = new BlobClientOptions();
        var queueOptions = new QueueClientOptions();
        var tableOptions = new TableClientOptions();
        configure?.Invoke(blobOptions);
        configure?.Invoke(queueOptions);
        configure?.Invoke(tableOptions);
        if (ConnectionString is not null)
        {
            return new StorageAccountClientProvider(
                StorageServiceClientProvider.ForBlob(ConnectionString, blobOptions),
                StorageServiceClientProvider.ForQueue(ConnectionString, queueOptions),
                StorageServiceClientProvider.ForTable(ConnectionString, tableOptions));
        }
        if (BlobEndpoint is null || QueueEndpoint is null)
            throw new InvalidOperationException(
                "Durable's task hub needs blobs and queues too: set AzureWebJobsStorage__accountName, or __blobServiceUri and __queueServiceUri.");
        var credential = CreateCredential();
        return new StorageAccountClientProvider(
            StorageServiceClientProvider.ForBlob(BlobEndpoint, credential, blobOptions),
            StorageServiceClientProvider.ForQueue(QueueEndpoint, credential, queueOptions),
            StorageServiceClientProvider.ForTable(TableEndpoint!, credential, tableOptions));
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
