using System.Net;
using Azure.Core;
using Azure.Core.Pipeline;
using Reopen.Orchestrations.Tables;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Tables;

[Collection(AzuriteTables.Name)]
public sealed class TableRetryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_503_with_retry_after_is_retried_and_the_write_succeeds()
    {
        var table = await azurite.CreateTableAsync("retry");
        var busyOnce = new BusyOnceHandler(HttpStatusCode.ServiceUnavailable);
        var counter = new TableRequestCounter();
        var options = new TableClientOptions { Transport = new HttpClientTransport(busyOnce) };
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var retrying = azurite.CreateServiceClient(options).GetTableClient(table.Name);

        var etag = await retrying.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });

        Assert.Equal(2, busyOnce.Attempts);
        Assert.Equal(2, counter.Count);
        Assert.Equal(etag, (await table.GetEntityIfExistsAsync("p", "r"))!.ETag);
    }

    [Fact]
    public async Task Retries_are_re_signed_so_a_later_attempt_authenticates()
    {
        var table = await azurite.CreateTableAsync("retry");
        var busyOnce = new BusyOnceHandler(HttpStatusCode.InternalServerError);
        var options = new TableClientOptions { Transport = new HttpClientTransport(busyOnce) };
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var retrying = azurite.CreateServiceClient(options).GetTableClient(table.Name);

        var page = await retrying.QueryPageAsync();

        Assert.Equal(2, busyOnce.Attempts);
        Assert.Empty(page.Entities);
    }

    [Fact]
    public async Task A_conflict_is_not_retried()
    {
        var counter = new TableRequestCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var table = await azurite.CreateTableAsync("retry", options);
        await table.AddEntityAsync(new TableEntity("p", "r"));
        counter.Reset();

        await Assert.ThrowsAsync<Azure.RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(1, counter.Count);
    }

    /// <summary>Answers the first attempt with the given status and Retry-After: 0, then forwards to Azurite.</summary>
    private sealed class BusyOnceHandler(HttpStatusCode status) : DelegatingHandler(new HttpClientHandler())
    {
        private int _attempts;

        public int Attempts => _attempts;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _attempts) == 1)
            {
                var busy = new HttpResponseMessage(status) { Content = new StringContent("") };
                busy.Headers.Add("Retry-After", "0");
                return busy;
            }
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
