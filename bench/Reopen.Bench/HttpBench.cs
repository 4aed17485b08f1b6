using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Hosting.Durable;
using Reopen.Functions.Hosting.Storage;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.TestSupport;

namespace Reopen.Bench;

/// <summary>
/// Filings to permit through the real app on Kestrel: POST /api/filings, then every approver's decision POST
/// (/api/decisions/{token}) in route order, default policy, messages into the dev outbox (Table rows, as the real
/// adapters would be HTTP calls). Table requests are counted in the app's own client pipeline.
/// </summary>
internal static class HttpBench
{
    public static async Task RunAsync(string connectionString, int filings, int concurrency, int rosterSize)
    {
        // The bench is not the test assembly WebApplicationFactory expects, so name the app's content root.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_REOPEN_FUNCTIONS", Path.Combine(RepoRoot.Find(), "Functions"));
        var requests = new RequestCounter();
        var hubRequests = new RequestCounter();
        await using var app = await ReopenTestApp.StartAsync(connectionString, o =>
        {
            o.Settings["Reopen:Policy"] = "default";
            o.Settings["Logging:LogLevel:Default"] = "Warning";
            // The app's own client (its retries), with the counter in its pipeline.
            o.ConfigureServices = services =>
            {
                services.Replace(ServiceDescriptor.Singleton(_ =>
                    new StorageConnection(connectionString, null, null, false).CreateClient(options => requests.AddTo(options))));
                // The task hub's blob, queue and table clients, counted apart.
                services.Replace(ServiceDescriptor.Singleton(sp =>
                {
                    var host = ActivatorUtilities.CreateInstance<DurableTaskHost>(sp);
                    host.ConfigureStorageClients = options => hubRequests.AddTo(options);
                    return host;
                }));
            };
        });
        var policy = app.GetRequiredService<DistrictPolicy>();
        var tokens = app.GetRequiredService<DecisionLinkToken>();
        using var client = app.CreateClient();

        var submissions = new Latencies();
        var decisions = new Latencies();
        requests.Reset();
        hubRequests.Reset();
        var started = Stopwatch.GetTimestamp();
        await Workers.ForEachAsync(filings, concurrency, async n =>
        {
            var filing = Filing(n, rosterSize);
            var filingId = await submissions.TimeAsync(() => SubmitAsync(client, filing));
            foreach (var step in RoutePlanner.Plan(FilingSummary.From(filingId, filing, policy), policy))
            {
                var approvers = step.Mode == StepMode.Everyone ? step.Approvers : step.Approvers.Take(1);
                foreach (var approver in approvers)
                {
                    var token = tokens.Create(new DecisionLinkClaims(filingId, step.StepId, 1, approver.Id, DateTimeOffset.UtcNow.AddHours(1)));
                    await decisions.TimeAsync(() => ApproveAsync(client, token));
                }
            }
        });
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        Console.WriteLine($"http: {filings} filings to permit (roster {rosterSize}), {decisions.Count} decisions, concurrency {concurrency}");
        Console.WriteLine($"http: {filings / seconds:F1} filings/s; submission {submissions.Summary}; decision POST {decisions.Summary}");
        Console.WriteLine($"http: {(double)requests.Count / filings:F1} app Table requests and {(double)hubRequests.Count / filings:F1} task-hub storage requests per approved filing");
    }

    /// <summary>Both main routes in turn, spread over the eight streets, each business with its own name and mobile.</summary>
    private static Filing Filing(int n, int rosterSize)
    {
        var (name, mobile) = ($"清河测试企业{n}号", $"138{n % 100_000_000:D8}");
        var filing = n % 2 == 0
            ? SampleFilings.AboveScale(name, rosterSize, responsibleMobile: mobile)
            : SampleFilings.BelowScale(name, rosterSize, responsibleMobile: mobile);
        return filing with { Business = filing.Business with { Street = $"QH0{n % 8 + 1}" } };
    }

    private static async Task<string> SubmitAsync(HttpClient client, Filing filing)
    {
        using var response = await client.PostAsJsonAsync("/api/filings", filing);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"Submission answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        return body.RootElement.GetProperty("filingId").GetString()!;
    }

    private static async Task<bool> ApproveAsync(HttpClient client, string token)
    {
        using var form = new FormUrlEncodedContent([new("verdict", "approve"), new("reason", "")]);
        using var response = await client.PostAsync($"/api/decisions/{token}", form);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"Decision answered {(int)response.StatusCode}.");
        return true;
    }
}
