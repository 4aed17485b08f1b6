using Reopen.Bench;
using Reopen.TestSupport;

// Usage: dotnet run -c Release --project bench/Reopen.Bench [http|all] [instances] [concurrency]
var what = args.ElementAtOrDefault(0) ?? "all";
var instances = int.TryParse(args.ElementAtOrDefault(1), out var n) ? n : 400;
var concurrency = int.TryParse(args.ElementAtOrDefault(2), out var c) ? c : 16;

await using var azurite = await AzuriteServer.StartAsync();
Console.WriteLine($"Azurite (in memory) on port {azurite.Port}; {Environment.ProcessorCount} cores");
if (what is "http" or "all") await HttpBench.RunAsync(azurite.ConnectionString, filings: instances / 2, concurrency, rosterSize: 20);
