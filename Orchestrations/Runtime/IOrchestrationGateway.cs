namespace Reopen.Orchestrations.Runtime;

/// <summary>
/// The two things a sender asks of the Durable client: start an instance with its first input, or raise an event on it.
/// The standalone host implements it on the Durable Task Framework's client; a Functions host on its durable client.
/// </summary>
public interface IOrchestrationGateway
{
    /// <summary>Starts <paramref name="orchestrator"/> under <paramref name="instanceId"/>; false when that instance already exists.</summary>
    Task<bool> StartAsync(string orchestrator, string instanceId, object input, CancellationToken ct);

    Task RaiseEventAsync(string instanceId, string eventName, object payload, CancellationToken ct);
}
