using System.Net;
using System.Text;
using Azure.Core.Pipeline;
using Reopen.Orchestrations.Tables;

namespace Reopen.Orchestrations.Tests.Tables;

public sealed class TableContinuationTests
{
    private const string NextPartition = "1!12!YWI+Lz0=";
    private const string NextRow = "1!8!cj0/";

    [Fact]
    public async Task An_empty_page_with_continuation_is_followed_and_tokens_are_url_encoded()
    {
        var service = new ScriptedTableService(
            Page("""{"value":[]}""", NextPartition, NextRow),
            Page("""{"value":[{"PartitionKey":"p","RowKey":"r","odata.etag":"W/\"x\""}]}"""));
        var table = TableServiceClient.FromConnectionString("UseDevelopmentStorage=true",
            new TableClientOptions { Transport = new HttpClientTransport(service) }).GetTableClient("shops");

        var entities = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync("Kind eq 'shop'")) entities.Add(entity);

        Assert.Equal("r", Assert.Single(entities).RowKey);
        Assert.Equal("W/\"x\"", entities[0].ETag);
        Assert.Equal(2, service.Queries.Count);
        Assert.DoesNotContain("NextPartitionKey", service.Queries[0], StringComparison.Ordinal);
        var resumed = service.Queries[1];
        Assert.Contains("NextPartitionKey=1%2112%21YWI%2BLz0%3D", resumed, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("NextRowKey=1%218%21cj0%2F", resumed, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("$filter=Kind%20eq%20%27shop%27", resumed, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_page_token_carries_both_keys_and_is_url_safe()
    {
        var service = new ScriptedTableService(Page("""{"value":[]}""", NextPartition, NextRow));
        var table = TableServiceClient.FromConnectionString("UseDevelopmentStorage=true",
            new TableClientOptions { Transport = new HttpClientTransport(service) }).GetTableClient("shops");

        var page = await table.QueryPageAsync();

        Assert.NotNull(page.ContinuationToken);
        Assert.Equal(Uri.EscapeDataString(page.ContinuationToken), page.ContinuationToken);
        Assert.Equal((NextPartition, NextRow), TableContinuation.Decode(page.ContinuationToken));
    }

    [Fact]
    public async Task A_success_status_with_an_unreadable_body_surfaces_as_RequestFailedException()
    {
        var service = new ScriptedTableService(Page("<html>proxy says hi</html>"));
        var table = TableServiceClient.FromConnectionString("UseDevelopmentStorage=true",
            new TableClientOptions { Transport = new HttpClientTransport(service) }).GetTableClient("shops");

        var error = await Assert.ThrowsAsync<Azure.RequestFailedException>(() => table.QueryPageAsync());

        Assert.Equal("InvalidResponse", error.ErrorCode);
    }

    private static HttpResponseMessage Page(string json, string? nextPartition = null, string? nextRow = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (nextPartition is not null) response.Headers.Add("x-ms-continuation-NextPartitionKey", nextPartition);
        if (nextRow is not null) response.Headers.Add("x-ms-continuation-NextRowKey", nextRow);
        return response;
    }

    /// <summary>Answers requests with the scripted responses in order, recording each query string as sent.</summary>
    private sealed class ScriptedTableService(params HttpResponseMessage[] responses) : HttpMessageHandler
    {
        private int _next;

        public List<string> Queries { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Queries.Add(request.RequestUri!.GetComponents(UriComponents.Query, UriFormat.UriEscaped));
            return Task.FromResult(responses[_next++]);
        }
    }
}
