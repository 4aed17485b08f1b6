using System.Net;

namespace Reopen.Functions.Hosting;

public static class HostingComposition
{
    /// <summary>
    /// Under the Functions host: listen on 127.0.0.1:{FUNCTIONS_CUSTOMHANDLER_PORT} only.
    /// Otherwise: the usual ASPNETCORE_URLS / --urls, by default http://127.0.0.1:7071.
    /// </summary>
    public static WebApplicationBuilder AddReopenHosting(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            if (CustomHandler.Port(context.Configuration) is { } port) kestrel.Listen(IPAddress.Loopback, port);
        });

        var urls = builder.Configuration[WebHostDefaults.ServerUrlsKey];
        if (!CustomHandler.IsActive(builder.Configuration) && string.IsNullOrWhiteSpace(urls))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{CustomHandler.LocalPort}");
        }
        return builder;
    }
}
