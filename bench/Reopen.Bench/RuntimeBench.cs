using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;
using Reopen.TestSupport;

namespace Reopen.Bench;

/// <summary>
/// Drives many approval instances through the durable runtime (the real ApprovalProcess and default policy, effects
/// acknowledged without sending): Submit, then one approval per step until the permit, instances in parallel.
/// </summary>
internal static class RuntimeBench
{
    private static readonly DecisionOrigin Origin = new("bench", "127.0.0.1", "Reopen.Bench");

    public static async Task RunAsync(string connectionString, int instances, int concurrency)
    {
        var requests = new RequestCounter();
        var tables = new TableServiceClient(connectionString, requests.AddTo(new TableClientOptions()));

        var floor = await AzuriteInsertFloor.MeasureAsync(tables, inserts: 3000, concurrency);

        var store = new ProcessStore(tables, "benchrt");
        await store.EnsureTablesAsync();
        var policy = PolicyCatalog.Load("default");
        var host = new ProcessHost<ApprovalState, ApprovalCommand, ApprovalEvent, ApprovalEffect>(
            new ApprovalProcess(policy), store, new AcknowledgedEffects(), TimeProvider.System, NullLogger.Instance);

        requests.Reset();
        var latencies = new Latencies();
        var started = Stopwatch.GetTimestamp();
        await Workers.ForEachAsync(instances, concurrency, async i =>
        {
            var id = $"B{i:D6}";
            var result = await latencies.TimeAsync(() => host.HandleAsync(id, new Submit(Filing(id, i)), "submit"));
            while (result.State.CurrentStep is { } step)
            {
                var approver = step.Awaiting[0];
                result = await latencies.TimeAsync(() => host.HandleAsync(id,
                    new RecordDecision(step.StepId, step.Round, approver.Id, Verdict.Approve, null, Origin)));
            }
            if (result.State.Status != ApprovalStatus.Approved) throw new InvalidOperationException($"{id} ended {result.State.Status}.");
        });
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        Console.WriteLine($"runtime: {instances} instances, {latencies.Count} commands, concurrency {concurrency}");
        Console.WriteLine($"runtime: {latencies.Count / seconds:F0} commands/s, command latency {latencies.Summary}");
        Console.WriteLine($"runtime: {(double)requests.Count / latencies.Count:F2} Table requests per command");
        Console.WriteLine($"azurite floor: {floor:F0} single inserts/s at concurrency {concurrency}");
    }

    // Alternate the two main routes: above-scale (three parties in turn) and below-scale (two co-signers).
    private static FilingSummary Filing(string id, int i) => i % 2 == 0
        ? new(id, "清河精密制造有限公司", "91350100M000100Y43", "清河区工业路1号", $"QH0{i % 8 + 1}", "manufacturing",
            BusinessCategory.General, BusinessScale.AboveScale, "王五", "13812345678", 120, 30)
        : new(id, "清源鲜果超市", "91350100M000100Y43", "清河区清源路88号", $"QH0{i % 8 + 1}", "retail",
            BusinessCategory.General, BusinessScale.BelowScale, "张三", "13912345678", 12, 3);

    private sealed class AcknowledgedEffects : IEffectHandler<ApprovalEffect>
    {
        public Task HandleAsync(ApprovalEffect effect, EffectContext context, CancellationToken ct) => Task.CompletedTask;
    }
}
