using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Hosting.Durable;

/// <summary>
/// Under the Functions host the Durable client is a binding of each invocation ([DurableClient]); the function binds it
/// here for the length of its call, and the app's senders start and signal orchestrations through it.
/// </summary>
public sealed class BoundDurableClient : IOrchestrationGateway
{
    private readonly AsyncLocal<DurableTaskClient?> _current = new();

    public IDisposable Bind(DurableTaskClient client)
    {
        var outer = _current.Value;
        _current.Value = client;
        return new Unbind(this, outer);
    }

    public async Task<bool> StartAsync(string orchestrator, string instanceId, object input, CancellationToken ct)
    {
        var client = Current;
        if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, ct) is not null) return false;
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(new TaskName(orchestrator), input, new StartOrchestrationOptions(instanceId), ct);
            return true;
        }
        catch (Exception)
        {
            // Started by another sender between the look and the start.
            if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, ct) is not null) return false;
            throw;
        }
    }

    public async Task RaiseEventAsync(string instanceId, string eventName, object payload, CancellationToken ct)
    {
        var client = Current;
        // As on the standalone host: an event that reaches an instance before its start is processed is dropped.
        await StartPolling.UntilAsync(async () =>
            (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, ct))?.RuntimeStatus != OrchestrationRuntimeStatus.Pending, ct);
        await client.RaiseEventAsync(instanceId, eventName, payload, ct);
    }

    private DurableTaskClient Current => _current.Value
        ?? throw new InvalidOperationException("No Durable client is bound: an orchestration is started or signalled outside a function that takes [DurableClient].");

    private sealed class Unbind(BoundDurableClient owner, DurableTaskClient? outer) : IDisposable
    {
        public void Dispose() => owner._current.Value = outer;
    }
}
