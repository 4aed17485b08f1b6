using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reopen.Functions.Hosting.Storage;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Hosting;

public sealed class StorageTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task App_start_creates_its_prefixed_tables_before_serving()
    {
        await using var app = await ReopenTestApp.StartAsync(azurite, o =>
            o.ConfigureServices = s => s.AddRequiredTable("FeatureTable"));

        var tables = azurite.CreateServiceClient();
        foreach (var name in new[] { "Processes", "Timers", "FeatureTable" })
        {
            // Throws TableNotFound when the table is missing.
            var rows = await tables.GetTableClient(app.TablePrefix + name).QueryAsync<TableEntity>(maxPerPage: 1).ToListAsync();
            Assert.Empty(rows);
        }
    }

    [Fact]
    public async Task Health_with_storage_down_answers_503_unhealthy()
    {
        var deadStorage = $"DefaultEndpointsProtocol=http;AccountName={AzuriteServer.AccountName};AccountKey={AzuriteServer.AccountKey};TableEndpoint=http://127.0.0.1:{LoopbackPort.Free()}/{AzuriteServer.AccountName};";
        await using var app = await ReopenTestApp.StartAsync(azurite, o => o.ConfigureServices = services =>
        {
            // Storage goes away after the start: the app is up, its tables are not reachable.
            services.AddSingleton(new StorageConnection(deadStorage, null, null, false).CreateClient());
            var initializer = services.Single(d => d.ImplementationType == typeof(TableInitializer));
            services.Remove(initializer);
        });

        using var response = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unhealthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("unreachable", body.RootElement.GetProperty("storage").GetString());
    }

    [Fact]
    public void Tables_connection_string_wins_over_AzureWebJobsStorage()
    {
        var connection = Resolve(new()
        {
            ["ConnectionStrings:Tables"] = "UseDevelopmentStorage=true",
            ["AzureWebJobsStorage"] = "DefaultEndpointsProtocol=https;AccountName=other;AccountKey=a2V5;EndpointSuffix=core.windows.net",
        });

        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);
    }

    [Fact]
    public void AzureWebJobsStorage_connection_string_is_used_without_a_tables_one()
    {
        var connection = Resolve(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });

        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);
    }

    [Fact]
    public void Account_name_alone_means_managed_identity_against_the_account_table_endpoint()
    {
        var connection = Resolve(new()
        {
            ["AzureWebJobsStorage:accountName"] = "streopen",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        });

        Assert.Null(connection.ConnectionString);
        Assert.Equal(new Uri("https://streopen.table.core.windows.net"), connection.TableEndpoint);
        Assert.Equal("00000000-0000-0000-0000-000000000001", connection.ClientId);
        Assert.True(connection.ManagedIdentityOnly);
    }

    [Fact]
    public void No_storage_setting_fails_with_the_settings_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(new()));

        Assert.Contains("ConnectionStrings__Tables", error.Message);
        Assert.Contains("AzureWebJobsStorage__accountName", error.Message);
    }

    private static StorageConnection Resolve(Dictionary<string, string?> settings) =>
        StorageConnection.Resolve(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
}
