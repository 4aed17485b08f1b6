using Azure.Core;
using Azure.Core.Pipeline;

namespace Reopen.Bench;

/// <summary>A task hub's storage requests, and among them the activities it schedules (messages put on its work-item queue).</summary>
internal sealed class HubTraffic : HttpPipelineSynchronousPolicy
{
    private long _requests;
    private long _activities;

    public long Requests => Interlocked.Read(ref _requests);

    public long Activities => Interlocked.Read(ref _activities);

    public void Reset()
    {
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _activities, 0);
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        Interlocked.Increment(ref _requests);
        if (message.Request.Method == RequestMethod.Post && message.Request.Uri.Path.EndsWith("-workitems/messages", StringComparison.Ordinal))
            Interlocked.Increment(ref _activities);
    }

    public void AddTo(ClientOptions options) => options.AddPolicy(this, HttpPipelinePosition.PerRetry);
}
