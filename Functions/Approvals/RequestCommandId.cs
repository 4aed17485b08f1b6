namespace Reopen.Functions.Approvals;

/// <summary>
/// The command id of one HTTP request. The Table client retries a $batch whose answer was lost; with an id, the runtime
/// recognises its own earlier commit as a duplicate instead of deciding again and refusing.
/// </summary>
public static class RequestCommandId
{
    public static string New() => "r" + Guid.NewGuid().ToString("N");
}
