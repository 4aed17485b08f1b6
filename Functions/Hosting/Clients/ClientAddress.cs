using Microsoft.AspNetCore.HttpOverrides;

namespace Reopen.Functions.Hosting.Clients;

/// <summary>
/// The address a request came from: for the audit trail and for slowing down guessing. It is the socket's address, unless
/// the deployment says a proxy in front appends the client's address to X-Forwarded-For (<see cref="TrustSetting"/>): then
/// ASP.NET Core's forwarded-headers middleware takes the last entry, and only from a proxy on loopback.
/// </summary>
public static class ClientAddress
{
    /// <summary>true or false; unset means true under the Functions host and false otherwise.</summary>
    public const string TrustSetting = "Hosting:TrustForwardedFor";

    public static string? Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();

    /// <summary>
    /// Under the Functions host the worker's one peer is the host, whose proxy appends the address it saw; anywhere else X-Forwarded-For is whatever the client typed unless the deployment puts a proxy in front.
    /// </summary>
    public static bool TrustsForwardedFor(IConfiguration configuration, AppHost host) =>
        configuration.GetValue<bool?>(TrustSetting) ?? host.IsFunctionsHost;

    /// <summary>First in the pipeline, so that everything after it sees the client's address.</summary>
    public static IApplicationBuilder UseClientAddress(this IApplicationBuilder app)
    {
        var services = app.ApplicationServices;
        // The defaults trust only loopback peers (127.0.0.0/8, ::1) and only the entry the nearest proxy appended (ForwardLimit 1).
        if (TrustsForwardedFor(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<AppHost>()))
            app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor });
        return app;
    }
}
