using System.Net;
using System.Text.Json.Nodes;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Filings;

/// <summary>Only the access code opens a filing; a wrong code looks exactly like an unknown filing; guessing is slowed down.</summary>
[Collection(FilingsCollection.Name)]
public class AccessCodeTests(FilingsApp app)
{
    [Fact]
    public async Task Wrong_code_missing_code_and_unknown_id_get_the_same_404()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());
        var wrongCode = accessCode == "ABCDEFGH" ? "HGFEDCBA" : "ABCDEFGH";

        var answers = new[]
        {
            await app.StatusAsync(filingId, wrongCode),
            await app.StatusAsync(filingId, accessCode: null),
            await app.StatusAsync("F260101ABCDEFGHIJ", accessCode),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.Response.StatusCode));
        Assert.Single(answers.Select(a => Comparable(a.Body)).Distinct());
        Assert.Equal("not-found", answers[0].Body["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Code_is_accepted_in_any_case_and_with_spaces_or_dashes()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());

        var (response, _) = await app.StatusAsync(filingId, $" {accessCode[..4].ToLowerInvariant()}-{accessCode[4..]} ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_codes_past_the_limit_are_refused_with_429_even_when_the_code_is_then_right()
    {
        await using var limited = await ReopenTestApp.StartAsync(app.Azurite, o => o.Settings["Reopen:Filings:AccessCodeAttemptsPerMinute"] = "3");
        var filing = FilingsApp.Submission(SampleFilings.BelowScale());
        using var created = await limited.Client.SendAsync(filing);
        var body = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var (filingId, accessCode) = (body["filingId"]!.GetValue<string>(), body["accessCode"]!.GetValue<string>());

        var statuses = new List<HttpStatusCode>();
        foreach (var code in new[] { "WRONG222", "WRONG333", "WRONG444", accessCode })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/filings/{filingId}");
            request.Headers.Add("X-Access-Code", code);
            using var response = await limited.Client.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                Assert.Equal("too-many-attempts", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Right_codes_never_count_towards_the_limit()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => app.StatusAsync(filingId, accessCode)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Response.StatusCode));
    }

    // Everything but the per-request trace id.
    private static string Comparable(JsonNode body)
    {
        var copy = body.DeepClone().AsObject();
        copy.Remove("traceId");
        return copy.ToJsonString();
    }
}
