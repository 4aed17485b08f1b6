using Azure.Core;
using Azure.Core.Pipeline;

namespace Reopen.Orchestrations.Tests.Runtime.Sample;

/// <summary>Simulates the app dying: once armed, after N more requests no request leaves the process again.</summary>
public sealed class CrashPolicy : HttpPipelinePolicy
{
    private int remaining = int.MaxValue;

    public void Arm(int survivingRequests) => Volatile.Write(ref remaining, survivingRequests);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The Table client is async only.");

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        Interlocked.Decrement(ref remaining) < 0
            ? throw new SimulatedCrashException()
            : ProcessNextAsync(message, pipeline);
}

public sealed class SimulatedCrashException() : Exception("Simulated process death.");
