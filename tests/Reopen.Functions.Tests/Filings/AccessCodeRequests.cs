using System.Net;
using System.Text.Json.Nodes;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Filings;

/// <summary>What an access-code request got: its status, its Retry-After and the ProblemDetails code.</summary>
public sealed record AccessCodeAnswer(HttpStatusCode Status, TimeSpan? RetryAfter, string? Code);

/// <summary>Filing and presenting access codes against an app of a test's own, optionally as if through a proxy.</summary>
public static class AccessCodeRequests
{
    /// <summary>Files a below-scale filing and insists on 201; returns its id and access code.</summary>
    public static async Task<(string FilingId, string AccessCode)> FileAsync(this ReopenTestApp app)
    {
        using var created = await app.Client.SendAsync(FilingsApp.Submission(SampleFilings.BelowScale()));
        var text = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"Filing answered {(int)created.StatusCode}: {text}");
        var body = JsonNode.Parse(text)!;
        return (body["filingId"]!.GetValue<string>(), body["accessCode"]!.GetValue<string>());
    }

    /// <summary>GET /api/filings/{id} with the code, and X-Forwarded-For when given.</summary>
    public static async Task<AccessCodeAnswer> PresentCodeAsync(this ReopenTestApp app, string filingId, string code, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/filings/{filingId}");
        request.Headers.Add("X-Access-Code", code);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await app.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var problemCode = response.IsSuccessStatusCode ? null : JsonNode.Parse(text)?["code"]?.GetValue<string>();
        return new AccessCodeAnswer(response.StatusCode, response.Headers.RetryAfter?.Delta, problemCode);
    }

    /// <summary>Eight characters that are never a code: codes hold no letter O.</summary>
    public static string WrongCode(int n) => $"WRONG{n % 1000:D3}";
}
