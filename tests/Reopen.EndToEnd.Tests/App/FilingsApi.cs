using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reopen.Orchestrations.Filings;

namespace Reopen.EndToEnd.Tests.App;

/// <summary>The business's side, over HTTP as a client program would: POST /api/filings, GET /api/filings/{id}.</summary>
public sealed class FilingsApi(HttpClient app)
{
    public sealed record Submitted(string FilingId, string AccessCode);

    public async Task<Submitted> SubmitAsync(Filing filing)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/filings")
        {
            Content = JsonContent.Create(filing, options: JsonSerializerOptions.Web),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var response = await app.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"POST /api/filings answered {(int)response.StatusCode}, not 201 Created: {body}");
        var json = JsonNode.Parse(body)!;
        return new Submitted(json["filingId"]!.GetValue<string>(), json["accessCode"]!.GetValue<string>());
    }

    /// <summary>GET /api/filings/{id} with the access code: where the filing stands, as its business sees it.</summary>
    public async Task<JsonNode> StatusAsync(Submitted filing)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/filings/{Uri.EscapeDataString(filing.FilingId)}");
        request.Headers.Add("X-Access-Code", filing.AccessCode);
        using var response = await app.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET /api/filings/{filing.FilingId} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }
}
