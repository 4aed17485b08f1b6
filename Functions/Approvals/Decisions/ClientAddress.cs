using System.Net;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>The address a request came from, for the audit trail.</summary>
internal static class ClientAddress
{
    /// <summary>
    /// Under the Functions host every request arrives from loopback through its proxy, which names the client in
    /// X-Forwarded-For; a request from anywhere else is recorded by its socket address (a header it sent proves nothing).
    /// </summary>
    public static string? Of(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (remote is not null && IPAddress.IsLoopback(remote)
            && context.Request.Headers["X-Forwarded-For"].FirstOrDefault() is { Length: > 0 } forwarded
            && IPEndPoint.TryParse(forwarded.Split(',')[0].Trim(), out var client))
            return client.Address.ToString();
        return remote?.ToString();
    }
}
