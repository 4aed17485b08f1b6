using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Reopen.Bench;

/// <summary>Prints each storage request that takes longer than a threshold: which call a stalled emulator was busy with.</summary>
internal sealed class SlowRequests(string client, TimeSpan threshold) : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => ProcessNextAsync(message, pipeline, false).AsTask().GetAwaiter().GetResult();

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => ProcessNextAsync(message, pipeline, true);

    private async ValueTask ProcessNextAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline, bool async)
    {
        var started = Stopwatch.GetTimestamp();
        if (async) await ProcessNextAsync(message, pipeline); else ProcessNext(message, pipeline);
        var took = Stopwatch.GetElapsedTime(started);
        if (took <= threshold) return;
        var what = Uri.UnescapeDataString(message.Request.Uri.PathAndQuery);
        Console.WriteLine($"slow: {client} {took.TotalMilliseconds:F0} ms {message.Request.Method} {what[..Math.Min(300, what.Length)]} at {DateTime.UtcNow:HH:mm:ss.fff}");
    }

    public T AddTo<T>(T options) where T : ClientOptions
    {
        options.AddPolicy(this, HttpPipelinePosition.PerRetry);
        return options;
    }
}
