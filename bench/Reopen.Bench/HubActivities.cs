using Azure.Core;
using Reopen.TestSupport;

namespace Reopen.Bench;

/// <summary>A task hub schedules an activity by putting a message on its work-item queue: those puts, counted.</summary>
internal static class HubActivities
{
    public static RequestCounter Counter() => new(request =>
        request.Method == RequestMethod.Post && request.Uri.Path.EndsWith("-workitems/messages", StringComparison.Ordinal));
}
