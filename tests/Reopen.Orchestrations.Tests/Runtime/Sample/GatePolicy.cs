using Azure.Core;
using Azure.Core.Pipeline;

namespace Reopen.Orchestrations.Tests.Runtime.Sample;

/// <summary>Holds one request back (the Nth after arming) until released: a writer stalled between two storage calls.</summary>
public sealed class GatePolicy : HttpPipelinePolicy
{
    private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int remaining = int.MaxValue;

    /// <summary>Completes when the held request is waiting.</summary>
    public Task Reached => reached.Task;

    public void Arm(int requestsBeforeTheHeldOne) => Volatile.Write(ref remaining, requestsBeforeTheHeldOne);

    public void Release() => released.TrySetResult();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The Table client is async only.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (Interlocked.Decrement(ref remaining) == -1)
        {
            reached.TrySetResult();
            await released.Task.ConfigureAwait(false);
        }
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }
}
