using System.Net;

namespace Reopen.Functions.Hosting.Clients;

/// <summary>The address a request came from: for the audit trail and for slowing down guessing.</summary>
public static class ClientAddress
{
    /// <summary>
    /// Under the Functions host every request arrives from loopback through its proxy, which appends the address it saw to
    /// X-Forwarded-For: the LAST entry is the one a client cannot forge (earlier entries are whatever the client sent).
    /// Front ends write "ip:port"; the port is dropped so that one client is one address. A request from anywhere else is
    /// its socket address.
    /// </summary>
    public static string? Of(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (remote is not null && IPAddress.IsLoopback(remote)
            && context.Request.Headers["X-Forwarded-For"].ToString().Split(',').LastOrDefault()?.Trim() is { Length: > 0 } forwarded)
            return Parse(forwarded) ?? remote.ToString();
        return remote?.ToString();
    }

    private static string? Parse(string entry) =>
        IPAddress.TryParse(entry, out var address) ? address.ToString()
        : IPEndPoint.TryParse(entry, out var endpoint) ? endpoint.Address.ToString()
        : null;
}
