using Azure.Data.Tables;
using Xunit;

namespace Reopen.TestSupport;

/// <summary>xunit fixture owning one Azurite for a test class or collection.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    public AzuriteServer Server => _server ?? throw new InvalidOperationException("Azurite has not started yet.");

    public string ConnectionString => Server.ConnectionString;

    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    /// <summary>A client for this Azurite; pass options to add policies or a transport.</summary>
    public TableServiceClient CreateServiceClient(TableClientOptions? options = null) =>
        new(ConnectionString, options ?? new TableClientOptions());

    /// <summary>A freshly created table with a unique name.</summary>
    public async Task<TableClient> CreateTableAsync(string prefix = "t", TableClientOptions? options = null)
    {
        var table = CreateServiceClient(options).GetTableClient(TestTables.UniqueName(prefix));
        await table.CreateIfNotExistsAsync();
        return table;
    }
}
