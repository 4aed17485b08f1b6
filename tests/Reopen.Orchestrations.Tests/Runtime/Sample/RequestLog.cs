using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Reopen.Orchestrations.Tests.Runtime.Sample;

/// <summary>Records each request's method and decoded path and query, to show which rows a sweep asked for.</summary>
public sealed class RequestLog : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<string> requests = new();

    public IReadOnlyList<string> Requests => [.. requests];

    /// <summary>Every query that filters rows, decoded.</summary>
    public IReadOnlyList<string> Filters => [.. requests.Where(r => r.Contains("$filter=", StringComparison.Ordinal))];

    public void Clear() => requests.Clear();

    public override void OnSendingRequest(HttpMessage message) =>
        requests.Enqueue($"{message.Request.Method} {Uri.UnescapeDataString(message.Request.Uri.ToUri().PathAndQuery)}");
}
