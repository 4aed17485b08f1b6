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
/// adapters would be HTTP calls). The app's Table requests and the task hub's are counted in their clients' pipelines;
/// each email is timed as it reaches the mail port.
/// </summary>
internal static class HttpBench
{
    public static async Task<(double PerSecond, double HubRequestsPerFiling, EngineWork Work, DurableOptions Settings)> RunAsync(
        string connectionString, int filings, int concurrency, int rosterSize)
    {
        var requests = new RequestCounter();
        var hub = new RequestCounter();
        var activities = HubActivities.Counter();
        var mail = new MailClock();
        await using var app = await ReopenTestApp.StartAsync(connectionString, o =>
        {
            o.Settings["Reopen:Policy"] = "default";
            o.Settings["Logging:LogLevel:Default"] = "Warning";
            // The hub as deployed, not as the tests shrink it.
            o.Settings["Durable:PartitionCount"] = "4";
            o.Settings["Durable:QueueVisibilityTimeout"] = "00:01:00";
            // The app's own client (its retries), with the counter in its pipeline.
            o.ConfigureServices = services =>
            {
                services.Replace(ServiceDescriptor.Singleton(_ =>
                    new StorageConnection(connectionString, null, null, false).CreateClient(options => new SlowRequests("app", TimeSpan.FromSeconds(3)).AddTo(requests.AddTo(options)))));
                // The task hub's blob, queue and table clients, counted apart.
                services.Replace(ServiceDescriptor.Singleton(sp =>
                {
                    var host = ActivatorUtilities.CreateInstance<DurableTaskHost>(sp);
                    host.ConfigureStorageClients = options => new SlowRequests("hub", TimeSpan.FromSeconds(3)).AddTo(activities.AddTo(hub.AddTo(options)));
                    return host;
                }));
                mail.Watch(services);
            };
        });
        var policy = app.GetRequiredService<DistrictPolicy>();
        var tokens = app.GetRequiredService<DecisionLinkToken>();
        using var client = app.CreateClient();

        var submissions = new Latencies();
        var decisions = new Latencies();
        var nextEmails = new Latencies();
        var events = new int[filings];
        async Task DriveAsync(int n, Latencies submitted, Latencies decided, Latencies emailed, int[] counted)
        {
            var filing = Filing(n, rosterSize);
            var filingId = await submitted.TimeAsync(() => SubmitAsync(client, filing));
            var steps = RoutePlanner.Plan(FilingSummary.From(filingId, filing, policy), policy).ToArray();
            for (var s = 0; s < steps.Length; s++)
            {
                var step = steps[s];
                var approvers = (step.Mode == StepMode.Everyone ? step.Approvers : step.Approvers.Take(1)).ToArray();
                for (var a = 0; a < approvers.Length; a++)
                {
                    var token = tokens.Create(new DecisionLinkClaims(filingId, step.StepId, 1, approvers[a].Id, DateTimeOffset.UtcNow.AddHours(1)));
                    var seen = mail.CountFor(filingId);
                    var at = Stopwatch.GetTimestamp();
                    await decided.TimeAsync(() => ApproveAsync(client, token));
                    counted[n % counted.Length]++;
                    // The step's last decision opens the next step: its approvers' email is the next thing the filing sends.
                    if (a == approvers.Length - 1 && s < steps.Length - 1)
                        emailed.Add(Stopwatch.GetElapsedTime(at, await mail.NextAsync(filingId, seen)).TotalMilliseconds);
                }
            }
        }

        // One filing of each route first, untimed, as the engine's floor warms up: partition leases taken, code compiled.
        await Workers.ForEachAsync(2, 2, n => DriveAsync(filings + n, new Latencies(), new Latencies(), new Latencies(), new int[2]));
        using var stalls = new Stalls(new Uri(connectionString.Split(';').First(p => p.StartsWith("TableEndpoint=", StringComparison.Ordinal))["TableEndpoint=".Length..]).Port);
        requests.Reset();
        hub.Reset();
        activities.Reset();
        var started = Stopwatch.GetTimestamp();
        await Workers.ForEachAsync(filings, concurrency, n => DriveAsync(n, submissions, decisions, nextEmails, events));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        Console.WriteLine($"http: {filings} filings to permit (roster {rosterSize}), {decisions.Count} decisions, concurrency {concurrency}");
        Console.WriteLine($"http: {filings / seconds:F1} filings/s; submission {submissions.Summary}; decision POST {decisions.Summary}");
        Console.WriteLine($"http: {stalls.Summary}");
        Console.WriteLine($"http: a step's last decision to the next approver's email {nextEmails.Summary} ({nextEmails.Count} steps)");
        Console.WriteLine($"http: {(double)requests.Count / filings:F1} app Table requests and {(double)hub.Count / filings:F1} task-hub storage requests " +
            $"per approved filing; {(double)activities.Count / filings:F1} activities and {(double)events.Sum() / filings:F1} external events per filing");
        var settings = app.GetRequiredService<Microsoft.Extensions.Options.IOptions<DurableOptions>>().Value;
        return (filings / seconds, (double)hub.Count / filings, new EngineWork(filings, events, activities.Count), settings);
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

    public static async Task<string> SubmitAsync(HttpClient client, Filing filing)
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
