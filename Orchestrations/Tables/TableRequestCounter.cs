using Azure.Core;
using Azure.Core.Pipeline;

namespace Reopen.Orchestrations.Tables;

/// <summary>Counts requests sent to Table storage; add with options.AddPolicy(counter, HttpPipelinePosition.PerRetry) to count every attempt.</summary>
public sealed class TableRequestCounter : HttpPipelineSynchronousPolicy
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
