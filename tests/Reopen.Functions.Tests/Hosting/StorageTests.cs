using System.Net;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reopen.Functions.Hosting.Storage;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Storage;
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
        foreach (var name in new[] { "Processes", "UndeliveredMessages", "FeatureTable" })
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
    public void Table_service_uri_names_the_endpoint_and_without_a_credential_setting_the_sign_in_is_used()
    {
        var connection = Resolve(new() { ["AzureWebJobsStorage:tableServiceUri"] = "https://streopen.table.core.chinacloudapi.cn" });

        Assert.Null(connection.ConnectionString);
        Assert.Equal(new Uri("https://streopen.table.core.chinacloudapi.cn"), connection.TableEndpoint);
        Assert.Null(connection.ClientId);
        Assert.False(connection.ManagedIdentityOnly);
        Assert.Equal(new Uri("https://streopen.table.core.chinacloudapi.cn"), connection.CreateClient().Uri);
    }

    [Fact]
    public void A_connection_string_gives_a_client_for_its_table_endpoint()
    {
        var client = new StorageConnection(azurite.ConnectionString, null, null, false).CreateClient();

        Assert.Equal(azurite.Server.TableEndpoint.AbsoluteUri.TrimEnd('/'), client.Uri.AbsoluteUri.TrimEnd('/'));
        Assert.Equal(AzuriteServer.AccountName, client.AccountName);
    }

    [Fact]
    public void Retries_pause_briefly_against_a_local_emulator_and_as_Azure_Core_does_against_Azure()
    {
        var local = StorageConnection.ClientOptions(new Uri("http://127.0.0.1:10002/devstoreaccount1"));
        var azure = StorageConnection.ClientOptions(new Uri("https://streopen.table.core.windows.net"));

        Assert.Equal(3, local.Retry.MaxRetries);
        Assert.True(local.Retry.Delay < TimeSpan.FromMilliseconds(100));
        Assert.Equal(3, azure.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(0.8), azure.Retry.Delay);
        Assert.Equal(RetryMode.Exponential, azure.Retry.Mode);
    }

    [Fact]
    public async Task A_busy_503_is_retried_and_the_write_lands_once()
    {
        var busyOnce = new BusyOnceHandler();
        var counter = new RequestCounter();
        var table = new StorageConnection(azurite.ConnectionString, null, null, false)
            .CreateClient(options => counter.AddTo(options).Transport = new HttpClientTransport(busyOnce))
            .GetTableClient(TestTables.UniqueName("retry"));
        await table.CreateIfNotExistsAsync();
        counter.Reset();
        busyOnce.FailNext();

        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });

        Assert.Equal(2, counter.Count);
        Assert.Equal(1, (await table.GetEntityOrNullAsync("p", "r"))!.GetInt32("V"));
    }

    [Fact]
    public async Task A_conflict_is_answered_at_once_not_retried()
    {
        var counter = new RequestCounter();
        var table = new StorageConnection(azurite.ConnectionString, null, null, false)
            .CreateClient(options => counter.AddTo(options))
            .GetTableClient(TestTables.UniqueName("conflict"));
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));
        counter.Reset();

        var conflict = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(409, conflict.Status);
        Assert.Equal(1, counter.Count);
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

    /// <summary>Once armed, answers the next request 503 with Retry-After: 0 (as a busy service does), then forwards again.</summary>
    private sealed class BusyOnceHandler() : DelegatingHandler(new HttpClientHandler())
    {
        private int _armed;

        public void FailNext() => Interlocked.Exchange(ref _armed, 1);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Exchange(ref _armed, 0) == 1)
            {
                var busy = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("") };
                busy.Headers.Add("Retry-After", "0");
                return busy;
            }
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
