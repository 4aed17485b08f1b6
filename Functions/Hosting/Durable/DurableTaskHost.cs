using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Options;
using Reopen.Functions.Hosting.Catalog;
using Reopen.Functions.Hosting.Storage;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Hosting.Durable;

/// <summary>
/// The Durable worker and client where no Functions host runs: the Durable Task Framework's Azure Storage provider (the
/// task hub Durable Functions uses) with the app's <c>Microsoft.DurableTask</c> orchestrators and activities run through
/// the SDK's public shims in a <see cref="TaskHubWorker"/>, production packages only.
/// </summary>
public sealed class DurableTaskHost(
    StorageConnection connection,
    IOptions<DurableOptions> options,
    FunctionCatalog catalog,
    IEnumerable<IProcessTasks> processes,
    IServiceProvider services,
    ILoggerFactory loggers) : IHostedService, IOrchestrationGateway, IAsyncDisposable
{
    private static readonly OrchestrationStatus[] AnyExisting =
        [OrchestrationStatus.Pending, OrchestrationStatus.Running, OrchestrationStatus.Completed, OrchestrationStatus.ContinuedAsNew,
         OrchestrationStatus.Failed, OrchestrationStatus.Terminated, OrchestrationStatus.Canceled, OrchestrationStatus.Suspended];

    private readonly ILogger _logger = loggers.CreateLogger<DurableTaskHost>();
    private readonly Lock _lock = new();
    private readonly TaskCompletionSource<TaskHubClient> _client = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskHubWorker? _worker;
    private Task? _stopping;

    /// <summary>The orchestration and activity functions the worker runs, once it has started.</summary>
    public IReadOnlyList<string> Running { get; private set; } = [];

    /// <summary>Counts or inspects the storage requests of the hub (benchmarks); set before the host starts.</summary>
    public Action<Azure.Core.ClientOptions>? ConfigureStorageClients { get; set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = settings.HubName,
            // The default (the machine name) is shared by every instance on one machine, and two owners of one name both listen on a partition.
            WorkerId = $"{Environment.MachineName}-{Guid.NewGuid():N}",
            StorageAccountClientProvider = connection.CreateDurableClientProvider(ConfigureStorageClients),
            MaxQueuePollingInterval = settings.MaxQueuePollingInterval,
            PartitionCount = settings.PartitionCount,
            ControlQueueVisibilityTimeout = settings.QueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = settings.QueueVisibilityTimeout,
            ExtendedSessionsEnabled = settings.ExtendedSessions,
            ExtendedSessionIdleTimeout = settings.ExtendedSessionIdleTimeout,
            LoggerFactory = loggers,
        });
        await service.CreateIfNotExistsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);

        var worker = new TaskHubWorker(service, loggers);
        AddFunctions(worker, new DurableTaskShimFactory(new DurableTaskWorkerOptions { DataConverter = new JsonDataConverter(ProcessJson.Options) }, loggers));
        await worker.StartAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        Running = catalog.Durable.Select(f => f.Name).ToArray();
        lock (_lock) _worker = worker;
        _client.TrySetResult(new TaskHubClient(service, new ProcessJsonDataConverter(), loggers));
        _logger.LogInformation("Durable task hub {HubName} running with {Count} orchestration and activity functions", settings.HubName, catalog.Durable.Count);
    }

    /// <summary>Each orchestration and activity function, run through the SDK's shims; each process's tasks must have one.</summary>
    private void AddFunctions(TaskHubWorker worker, DurableTaskShimFactory shims)
    {
        var inputs = processes.ToDictionary(p => p.Names.Orchestrator, p => p.OrchestratorInput, StringComparer.Ordinal);
        var targets = new FunctionTargets(services);
        foreach (var function in catalog.Durable)
        {
            var name = new TaskName(function.Name);
            var target = targets.For(function.Method.DeclaringType!);
            if (function.IsOrchestrator)
            {
                var orchestrator = DurableFunctionTasks.Orchestrator(function, inputs.TryGetValue(function.Name, out var input)
                    ? input
                    : throw new InvalidOperationException($"Orchestration function {function.Name} belongs to no registered process."), target);
                worker.AddTaskOrchestrations(new TaskCreator<TaskOrchestration>(function.Name, () => shims.CreateOrchestration(name, orchestrator)));
            }
            else
            {
                var activity = DurableFunctionTasks.Activity(function, target);
                worker.AddTaskActivities(new TaskCreator<DurableTask.Core.TaskActivity>(function.Name, () => shims.CreateActivity(name, activity)));
            }
        }
        var missing = processes.SelectMany(p => new[] { p.Names.Orchestrator, p.Names.Apply, p.Names.Reject, p.Names.Deliver })
            .Except(catalog.Durable.Select(f => f.Name), StringComparer.Ordinal).ToArray();
        if (missing.Length > 0) throw new InvalidOperationException($"No function runs the tasks {string.Join(", ", missing)}.");
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _stopping ??= _worker is { } worker ? worker.StopAsync(isForced: false) : Task.CompletedTask;
            return _stopping.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        lock (_lock) _worker?.Dispose();
    }

    public async Task<bool> StartAsync(string orchestrator, string instanceId, object input, CancellationToken ct)
    {
        var client = await _client.Task.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await client.CreateOrchestrationInstanceAsync(orchestrator, "", instanceId, input, tags: null, AnyExisting).WaitAsync(ct).ConfigureAwait(false);
            return true;
        }
        catch (OrchestrationAlreadyExistsException)
        {
            return false;
        }
    }

    public async Task RaiseEventAsync(string instanceId, string eventName, object payload, CancellationToken ct)
    {
        var client = await _client.Task.WaitAsync(ct).ConfigureAwait(false);
        // The provider drops an event that reaches an instance before its start is processed ("No such instance").
        await StartPolling.UntilAsync(async () => (await client.GetOrchestrationStateAsync(instanceId).WaitAsync(ct).ConfigureAwait(false))
            ?.OrchestrationStatus != OrchestrationStatus.Pending, ct).ConfigureAwait(false);
        await client.RaiseEventAsync(new OrchestrationInstance { InstanceId = instanceId }, eventName, payload).WaitAsync(ct).ConfigureAwait(false);
    }
}
