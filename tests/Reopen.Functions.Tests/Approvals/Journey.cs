using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Approvals;

/// <summary>One Azurite for every approval, permit and call-back journey; each test starts its own app (own tables).</summary>
[CollectionDefinition(Name)]
public sealed class JourneyCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Approval journeys";
}

/// <summary>
/// The real app in Development with the default policy (its timers are hours away, so a test sends Remind or Escalate
/// itself when it wants one), and what a person does through it: file, read the dev outbox, open a link, post a form.
/// </summary>
public sealed class Journey : IAsyncDisposable
{
    public const string Secretary = SampleStreetOfficials.PartySecretary;
    public const string Director = SampleStreetOfficials.Director;
    public const string Inspector = SampleStreetOfficials.Inspector;
    public const string BusinessMobile = SampleFilings.ResponsibleMobile;

    private Journey(ReopenTestApp app)
    {
        App = app;
        Outbox = new DevOutboxReader(app.Client);
    }

    public ReopenTestApp App { get; }

    public HttpClient Client => App.Client;

    public DevOutboxReader Outbox { get; }

    public ApprovalEngine Approvals => App.GetRequiredService<ApprovalEngine>();

    public static async Task<Journey> StartAsync(AzuriteFixture azurite, Action<ReopenTestAppOptions>? configure = null) =>
        new(await ReopenTestApp.StartAsync(azurite, options =>
        {
            options.Settings["Reopen:Policy"] = "default";
            options.Environment = "Development";
            configure?.Invoke(options);
        }));

    /// <summary>Files as the business would (POST /api/filings); returns the filing id and the access code.</summary>
    public async Task<(string FilingId, string AccessCode)> SubmitAsync(Filing filing)
    {
        using var response = await Client.PostAsJsonAsync("/api/filings", filing, JsonSerializerOptions.Web);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Filing answered {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return (json.RootElement.GetProperty("filingId").GetString()!, json.RootElement.GetProperty("accessCode").GetString()!);
    }

    public async Task<string> FileAsync(Filing filing) => (await SubmitAsync(filing)).FilingId;

    /// <summary>Amends a returned filing as the business would (PUT /api/filings/{id} with its access code).</summary>
    public async Task AmendAsync(string filingId, string accessCode, Filing filing)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/filings/" + filingId) { Content = JsonContent.Create(filing, options: JsonSerializerOptions.Web) };
        request.Headers.Add("X-Access-Code", accessCode);
        using var response = await Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"Amending answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public async Task<ApprovalState> StateAsync(string filingId) => (await Approvals.GetAsync(filingId))!.State;

    public Task<(HttpResponseMessage Response, string Html)> GetAsync(string url) => Client.GetPageAsync(url);

    /// <summary>Posts the decision form as a browser would.</summary>
    public Task<(HttpResponseMessage Response, string Html)> DecideAsync(string url, string? verdict, string? reason = null)
    {
        var fields = new List<(string Name, string Value)>();
        if (verdict is not null) fields.Add(("verdict", verdict));
        if (reason is not null) fields.Add(("reason", reason));
        var request = PageRequests.FormPost(url, fields);
        request.Headers.UserAgent.ParseAdd("JourneyTests/1.0");
        return Client.SendForPageAsync(request);
    }

    public Task<(HttpResponseMessage Response, string Html)> PostFormAsync(string url, params (string Name, string Value)[] fields) =>
        Client.PostFormAsync(url, fields);

    /// <summary>Clicks through the link in the newest email to <paramref name="approverEmail"/> and approves.</summary>
    public async Task<string> ApproveAsync(string approverEmail, Func<OutboxMessage, bool>? email = null)
    {
        var link = await Outbox.DecisionLinkAsync(approverEmail, email);
        var (response, html) = await DecideAsync(link, "approve");
        Assert.True(response.IsSuccessStatusCode, $"Approving as {approverEmail} answered {(int)response.StatusCode}: {html}");
        return html;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
