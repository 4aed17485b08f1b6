using System.Net;
using Azure.Core;
using Azure.Core.Pipeline;
using Reopen.Orchestrations.Tables;

namespace Reopen.Orchestrations.Tests.Tables;

public sealed class TableBearerTokenTests
{
    [Fact]
    public async Task Token_credential_requests_the_storage_scope_and_sends_a_bearer_header()
    {
        var credential = new FakeCredential("token-123");
        var handler = new CapturingHandler();
        var client = new TableServiceClient(new Uri("https://reopen.table.core.windows.net/"), credential,
            new TableClientOptions { Transport = new HttpClientTransport(handler) });

        var entity = await client.GetTableClient("shops").GetEntityIfExistsAsync("p", "r");

        Assert.Null(entity);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("Bearer token-123", request.Headers.Authorization?.ToString());
        Assert.Equal(["https://storage.azure.com/.default"], credential.RequestedScopes.Distinct());
        Assert.Equal("https://reopen.table.core.windows.net/shops(PartitionKey='p',RowKey='r')", request.RequestUri!.AbsoluteUri);
        Assert.Equal("2019-02-02", request.Headers.GetValues("x-ms-version").Single());
        var accept = Assert.Single(request.Headers.Accept);
        Assert.Equal("application/json", accept.MediaType);
        Assert.Equal("minimalmetadata", Assert.Single(accept.Parameters, p => p.Name == "odata").Value);
    }

    private sealed class FakeCredential(string token) : TokenCredential
    {
        public List<string> RequestedScopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            RequestedScopes.AddRange(requestContext.Scopes);
            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    /// <summary>Answers every request with the service's "entity missing" 404, recording what was sent.</summary>
    private sealed class CapturingHandler : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            var response = new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                Content = new StringContent("""{"odata.error":{"code":"ResourceNotFound","message":{"lang":"en-US","value":"The specified resource does not exist."}}}"""),
            };
            response.Headers.Add("x-ms-error-code", "ResourceNotFound");
            return Task.FromResult(response);
        }
    }
}
