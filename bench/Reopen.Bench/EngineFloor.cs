using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Logging.Abstractions;
using Reopen.Functions.Hosting.Durable;
using Reopen.Functions.Hosting.Storage;
using Reopen.TestSupport;

namespace Reopen.Bench;

/// <summary>What one filing asked of the engine: the external events raised on it and the activities it ran.</summary>
internal sealed record EngineWork(int Instances, int[] EventsPerInstance, long Activities);

/// <summary>
/// The floor: a minimal orchestration per instance straight on the engine (the SDK's shims in DTFx's TaskHubWorker on the
/// Azure Storage provider, the app's Durable settings), with the same external events and activities as the app's run,
/// each event raised once the previous one has been handled, as a decision waits for its outcome.
/// </summary>
internal static class EngineFloor
{
    public sealed record Run(string Id, int Events, int Activities);

    public sealed record Step(string Id, int Command, bool Last);

    public static async Task<(double PerSecond, double RequestsPerInstance)> RunAsync(string connectionString, DurableOptions settings,
        EngineWork work, int concurrency)
    {
        var traffic = new RequestCounter();
        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = "floor" + Guid.NewGuid().ToString("N")[..8],
            WorkerId = "floor-" + Guid.NewGuid().ToString("N"),
            StorageAccountClientProvider = new StorageConnection(connectionString, null, null, false).CreateDurableClientProvider(options => traffic.AddTo(options)),
            MaxQueuePollingInterval = settings.MaxQueuePollingInterval,
            PartitionCount = settings.PartitionCount,
            ControlQueueVisibilityTimeout = settings.QueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = settings.QueueVisibilityTimeout,
            ExtendedSessionsEnabled = settings.ExtendedSessions,
            ExtendedSessionIdleTimeout = settings.ExtendedSessionIdleTimeout,
            LoggerFactory = NullLoggerFactory.Instance,
        });
        await service.CreateIfNotExistsAsync();
        var handled = new ConcurrentDictionary<(string, int), TaskCompletionSource>();
        TaskCompletionSource Handled(string id, int command) =>
            handled.GetOrAdd((id, command), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions(), NullLoggerFactory.Instance);
        var worker = new TaskHubWorker(service, NullLoggerFactory.Instance);
        ITaskOrchestrator orchestrator = new Orchestrator();
        ITaskActivity activity = new Activity(step => { if (step.Last) Handled(step.Id, step.Command).TrySetResult(); });
        worker.AddTaskOrchestrations(new TaskCreator<TaskOrchestration>(nameof(Orchestrator), () => shims.CreateOrchestration(new TaskName(nameof(Orchestrator)), orchestrator)));
        worker.AddTaskActivities(new TaskCreator<DurableTask.Core.TaskActivity>(nameof(Activity), () => shims.CreateActivity(new TaskName(nameof(Activity)), activity)));
        await worker.StartAsync();
        var client = new TaskHubClient(service, new SdkJson(), NullLoggerFactory.Instance);
        try
        {
            // A first instance takes the partition leases; the timed run starts after it.
            await DriveAsync(client, Handled, new Run("warm-up", 0, 1));
            traffic.Reset();
            var started = Stopwatch.GetTimestamp();
            await Workers.ForEachAsync(work.Instances, concurrency, i =>
            {
                var commands = work.EventsPerInstance[i] + 1;
                var activities = (int)(work.Activities / work.Instances) + (i < work.Activities % work.Instances ? 1 : 0);
                return DriveAsync(client, Handled, new Run($"floor-{i}", work.EventsPerInstance[i], Math.Max(activities, commands)));
            });
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            return (work.Instances / seconds, (double)traffic.Count / work.Instances);
        }
        finally
        {
            await worker.StopAsync(isForced: true);
            worker.Dispose();
        }
    }

    private static async Task DriveAsync(TaskHubClient client, Func<string, int, TaskCompletionSource> handled, Run run)
    {
        await client.CreateOrchestrationInstanceAsync(nameof(Orchestrator), "", run.Id, run);
        await handled(run.Id, 0).Task.WaitAsync(TimeSpan.FromMinutes(2));
        for (var command = 1; command <= run.Events; command++)
        {
            await client.RaiseEventAsync(new OrchestrationInstance { InstanceId = run.Id }, "command", command);
            await handled(run.Id, command).Task.WaitAsync(TimeSpan.FromMinutes(2));
        }
    }

    /// <summary>Each command (the start, then each event) runs its share of the activities, the last one marking it handled.</summary>
    private sealed class Orchestrator : TaskOrchestrator<Run, int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, Run input)
        {
            var commands = input.Events + 1;
            for (var command = 0; command < commands; command++)
            {
                if (command > 0) await context.WaitForExternalEvent<int>("command");
                var share = input.Activities / commands + (command < input.Activities % commands ? 1 : 0);
                for (var k = 0; k < share; k++) await context.CallActivityAsync<bool>(nameof(Activity), new Step(input.Id, command, k == share - 1));
            }
            return commands;
        }
    }

    private sealed class Activity(Action<Step> done) : Microsoft.DurableTask.TaskActivity<Step, bool>
    {
        public override Task<bool> RunAsync(TaskActivityContext context, Step input)
        {
            done(input);
            return Task.FromResult(true);
        }
    }

    /// <summary>The client side speaks the SDK workers' JSON (System.Text.Json, default options).</summary>
    private sealed class SdkJson : DurableTask.Core.Serializing.DataConverter
    {
        public override string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType());

        public override string Serialize(object value, bool formatted) => Serialize(value);

        public override object Deserialize(string data, Type objectType) => JsonSerializer.Deserialize(data, objectType)!;
    }
}
