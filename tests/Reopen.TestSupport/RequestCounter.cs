using Azure.Core;
using Azure.Core.Pipeline;

namespace Reopen.TestSupport;

/// <summary>
/// Counts the requests an Azure SDK client sends: add it to the client's options with
/// <c>options.AddPolicy(counter, HttpPipelinePosition.PerRetry)</c> to count every attempt, retries included; with
/// <paramref name="counts"/>, only the requests it picks.
/// </summary>
public sealed class RequestCounter(Func<Request, bool>? counts = null) : HttpPipelineSynchronousPolicy
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override void OnSendingRequest(HttpMessage message)
    {
        if (counts?.Invoke(message.Request) ?? true) Interlocked.Increment(ref _count);
    }

    /// <summary>Client options (table, blob, queue) that count through this counter.</summary>
    public T AddTo<T>(T options) where T : ClientOptions
    {
        options.AddPolicy(this, HttpPipelinePosition.PerRetry);
        return options;
    }
}
