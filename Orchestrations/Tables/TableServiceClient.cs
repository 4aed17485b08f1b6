using Azure.Core;
using Azure.Core.Pipeline;

namespace Reopen.Orchestrations.Tables;

/// <summary>The account's Table endpoint: builds table clients sharing one HttpPipeline.</summary>
public sealed class TableServiceClient
{
    internal const string StorageScope = "https://storage.azure.com/.default";

    private readonly TableTransport _transport;

    /// <summary>"UseDevelopmentStorage=true" or "DefaultEndpointsProtocol=…;AccountName=…;AccountKey=…;TableEndpoint=…" (SharedKeyLite).</summary>
    public static TableServiceClient FromConnectionString(string connectionString, TableClientOptions? options = null)
    {
        var parsed = TableConnectionString.Parse(connectionString);
        return new TableServiceClient(parsed.TableEndpoint, new TableSharedKeyPolicy(parsed.AccountName, parsed.AccountKey), options);
    }

    /// <summary>Entra ID (managed identity) with scope https://storage.azure.com/.default.</summary>
    public TableServiceClient(Uri tableEndpoint, TokenCredential credential, TableClientOptions? options = null)
        : this(tableEndpoint, new BearerTokenAuthenticationPolicy(credential ?? throw new ArgumentNullException(nameof(credential)), StorageScope), options)
    {
    }

    private TableServiceClient(Uri tableEndpoint, HttpPipelinePolicy authentication, TableClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        if (!tableEndpoint.IsAbsoluteUri) throw new ArgumentException("The table endpoint must be an absolute URI.", nameof(tableEndpoint));
        Endpoint = new Uri(tableEndpoint.AbsoluteUri.TrimEnd('/'));
        options ??= new TableClientOptions();
        var pipelineOptions = new HttpPipelineOptions(options)
        {
            ResponseClassifier = new ResponseClassifier(),
            RequestFailedDetailsParser = TableErrorParser.Instance,
        };
        // Authentication is per retry so each attempt gets a fresh x-ms-date and signature.
        pipelineOptions.PerRetryPolicies.Add(authentication);
        _transport = new TableTransport(HttpPipelineBuilder.Build(pipelineOptions), Endpoint);
    }

    public Uri Endpoint { get; }

    public TableClient GetTableClient(string tableName)
    {
        TableKeys.ValidateTableName(tableName);
        return new TableClient(tableName, _transport);
    }
}

/// <summary>Azure.Core client options: retries (408/429/5xx with Retry-After), transport, extra policies (tests count or fail requests).</summary>
public sealed class TableClientOptions : ClientOptions
{
}
