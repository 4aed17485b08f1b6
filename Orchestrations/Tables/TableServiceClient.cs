// CONTRACT STUB: the Tables helper replaces the bodies; the public surface is fixed.
using Azure.Core;

namespace Reopen.Orchestrations.Tables;

/// <summary>The account's Table endpoint: builds table clients sharing one HttpPipeline.</summary>
public sealed class TableServiceClient
{
    /// <summary>"UseDevelopmentStorage=true" or "DefaultEndpointsProtocol=…;AccountName=…;AccountKey=…;TableEndpoint=…" (SharedKeyLite).</summary>
    public static TableServiceClient FromConnectionString(string connectionString, TableClientOptions? options = null) => throw new NotImplementedException();

    /// <summary>Entra ID (managed identity) with scope https://storage.azure.com/.default.</summary>
    public TableServiceClient(Uri tableEndpoint, TokenCredential credential, TableClientOptions? options = null) => throw new NotImplementedException();

    public Uri Endpoint => throw new NotImplementedException();

    public TableClient GetTableClient(string tableName) => throw new NotImplementedException();
}

/// <summary>Azure.Core client options: retries (408/429/5xx with Retry-After), transport, extra policies (tests count or fail requests).</summary>
public sealed class TableClientOptions : Azure.Core.ClientOptions
{
}
