using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Reopen.Functions.Hosting.Storage;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Storage;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Filings;

/// <summary>One Azurite and one app (default policy, Development) for every filing test; each test files its own credit codes.</summary>
[CollectionDefinition(Name)]
public sealed class FilingsCollection : ICollectionFixture<FilingsApp>
{
    public const string Name = "Filings API";
}

public sealed class FilingsApp : IAsyncLifetime
{
    private AzuriteServer? _azurite;
    private ReopenTestApp? _app;

    public AzuriteServer Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started.");

    public ReopenTestApp App => _app ?? throw new InvalidOperationException("The app has not started.");

    public HttpClient Client => App.Client;

    public ApprovalEngine Approvals => App.GetRequiredService<ApprovalEngine>();

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        _app = await ReopenTestApp.StartAsync(_azurite);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_azurite is not null) await _azurite.DisposeAsync();
    }

    public TableClient Table(string name) =>
        App.GetRequiredService<TableServiceClient>().GetTableClient(App.GetRequiredService<IOptions<StorageOptions>>().Value.TableName(name));

    public static HttpRequestMessage Submission(Filing filing, string? idempotencyKey = null, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/filings" + (language is null ? "" : "?lang=" + language))
        {
            Content = JsonContent.Create(filing, options: JsonSerializerOptions.Web),
        };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    public async Task<(HttpResponseMessage Response, JsonNode Body)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            var response = await Client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return (response, text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!);
        }
    }

    public Task<(HttpResponseMessage Response, JsonNode Body)> SubmitAsync(Filing filing, string? idempotencyKey = null, string? language = null) =>
        SendAsync(Submission(filing, idempotencyKey, language));

    /// <summary>Files and insists on 201; returns the filing id and access code.</summary>
    public async Task<(string FilingId, string AccessCode)> FileAsync(Filing filing)
    {
        var (response, body) = await SubmitAsync(filing);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"Filing answered {(int)response.StatusCode}: {body}");
        return (body["filingId"]!.GetValue<string>(), body["accessCode"]!.GetValue<string>());
    }

    public Task<(HttpResponseMessage Response, JsonNode Body)> StatusAsync(string filingId, string? accessCode, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/filings/{filingId}" + (language is null ? "" : "?lang=" + language));
        if (accessCode is not null) request.Headers.Add("X-Access-Code", accessCode);
        return SendAsync(request);
    }

    public Task<(HttpResponseMessage Response, JsonNode Body)> AmendAsync(string filingId, string accessCode, Filing filing)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/filings/{filingId}") { Content = JsonContent.Create(filing, options: JsonSerializerOptions.Web) };
        request.Headers.Add("X-Access-Code", accessCode);
        return SendAsync(request);
    }

    public Task<(HttpResponseMessage Response, JsonNode Body)> WithdrawAsync(string filingId, string accessCode, string? reason = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/filings/{filingId}/withdraw");
        if (reason is not null) request.Content = JsonContent.Create(new { reason });
        request.Headers.Add("X-Access-Code", accessCode);
        return SendAsync(request);
    }

    /// <summary>Every approver still awaited (one, where one suffices) decides <paramref name="verdict"/> on the open step, as their links would.</summary>
    public async Task<ApprovalState> DecideCurrentStepAsync(string filingId, Verdict verdict, string? reason = null)
    {
        var state = (await Approvals.GetAsync(filingId))!.State;
        var step = state.CurrentStep!;
        foreach (var approver in verdict == Verdict.Approve ? step.Awaiting : step.Awaiting.Take(1))
        {
            if (state.FindStep(step.StepId) is not { Status: StepStatus.Open }) break; // one approver was enough
            state = (await Approvals.HandleAsync(filingId, new RecordDecision(step.StepId, step.Round, approver.Id, verdict, reason,
                new DecisionOrigin("test", "127.0.0.1", "FilingTests")))).State;
        }
        return state;
    }

    public async Task<bool> CreditCodeIsHeldAsync(string creditCode) =>
        await Table("FilingCreditCodes").GetEntityOrNullAsync(creditCode, "holder") is not null;

    /// <summary>Rows of the roster table for a filing.</summary>
    public async Task<int> RosterRowCountAsync(string filingId)
    {
        var count = 0;
        await foreach (var _ in Table("FilingRoster").QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {filingId}"), select: ["RowKey"])) count++;
        return count;
    }
}
