using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Reopen.Functions.Hosting.Urls;

/// <summary>
/// Absolute links for messages that leave the app (emails, SMS, QR codes), built where no request is at hand (sweeps).
/// <c>Reopen:PublicBaseUrl</c> when set; otherwise the address the server listens on (local runs and tests).
/// </summary>
public sealed class PublicUrls(IOptions<PublicUrlOptions> options, IServer server)
{
    private Uri? _base;

    public Uri Base => _base ??= Resolve();

    /// <summary>An absolute URL for an app path such as "/api/permits/QH-7K3M9TQX".</summary>
    public string For(string path) => new Uri(Base, path.TrimStart('/')).AbsoluteUri;

    private Uri Resolve()
    {
        var configured = options.Value.PublicBaseUrl;
        var address = !string.IsNullOrWhiteSpace(configured)
            ? configured
            : server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
              ?? throw new InvalidOperationException("Set Reopen:PublicBaseUrl: the server has no address to build links from.");
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }
}

public sealed class PublicUrlOptions
{
    public string? PublicBaseUrl { get; set; }
}
