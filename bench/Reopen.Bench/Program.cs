using Reopen.Bench;
using Reopen.TestSupport;

// Usage: dotnet run -c Release --project bench/Reopen.Bench [http|reminders|sweep|all] [instances] [concurrency]
var what = args.ElementAtOrDefault(0) ?? "all";
var instances = int.TryParse(args.ElementAtOrDefault(1), out var n) ? n : 400;
var concurrency = int.TryParse(args.ElementAtOrDefault(2), out var c) ? c : 16;

// The bench is not the test assembly WebApplicationFactory expects, so name the app's content root.
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_REOPEN_FUNCTIONS", Path.Combine(RepoRoot.Find(), "Functions"));
await using var azurite = await AzuriteServer.StartAsync();
Console.WriteLine($"Azurite (tables and blobs in memory, queues on a RAM disk) table port {azurite.Port}; {Environment.ProcessorCount} cores");
if (what is "http" or "all")
{
    var app = await HttpBench.RunAsync(azurite.ConnectionString, filings: instances / 2, concurrency, rosterSize: 20);
    var floor = await EngineFloor.RunAsync(azurite.ConnectionString, app.Settings, app.Work, concurrency);
    Console.WriteLine($"engine: {app.Work.Instances} minimal orchestrations with the same events and activities, {floor.PerSecond:F1}/s, " +
        $"{floor.RequestsPerInstance:F1} task-hub storage requests each");
    Console.WriteLine($"ratio: throughput {app.PerSecond / floor.PerSecond:F2} × the engine's; task-hub requests {app.HubRequestsPerFiling / floor.RequestsPerInstance:F2} × the engine's " +
        "(the app's own Table requests come on top)");
}
if (what is "reminders" or "all") await ReminderBench.RunAsync(azurite.ConnectionString, filings: Math.Max(instances / 10, 10));
if (what is "sweep" or "all") await SweepBench.RunAsync(azurite.ConnectionString);
