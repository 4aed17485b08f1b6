using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Reopen.Functions.Tests.Infrastructure;

namespace Reopen.Functions.Tests.Hosting;

public sealed class HealthAndErrorTests(ReopenAppFixture fixture) : IClassFixture<ReopenAppFixture>
{
    private HttpClient Client => fixture.App.Client;

    [Fact]
    public async Task Health_with_storage_up_answers_200_healthy()
    {
        using var response = await Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("reachable", body.RootElement.GetProperty("storage").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.RootElement.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Unknown_api_route_answers_404_problem_details()
    {
        using var response = await Client.GetAsync("/api/no-such-thing");

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_api_route_answers_problem_details_even_to_a_browser()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/no-such-thing");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await Client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Wrong_method_on_an_api_route_answers_405_problem_details()
    {
        using var response = await Client.DeleteAsync("/api/health");

        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        foreach (var path in new[] { "/api/health", "/api/no-such-thing" })
        {
            using var response = await Client.GetAsync(path);

            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
            Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        }
    }

    [Fact]
    public async Task OpenApi_document_lists_the_api_and_hides_the_timer_invocations()
    {
        using var response = await Client.GetAsync("/api/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/health", paths);
        Assert.DoesNotContain(paths, p => p.Contains("Sweep", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_OpenApi_document_answers_404_problem_details()
    {
        using var response = await Client.GetAsync("/api/openapi/nope.json");

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
        Assert.True(problem.RootElement.TryGetProperty("type", out _));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
