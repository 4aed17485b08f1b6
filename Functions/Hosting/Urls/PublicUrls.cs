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

/// <summary>
/// Outside Development the base must be set, absolute and https: behind the Functions host the server's own address is
/// 127.0.0.1, and a link printed on a placard cannot be recalled.
/// </summary>
public sealed class PublicUrlOptionsValidator(IHostEnvironment environment) : IValidateOptions<PublicUrlOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicUrlOptions options)
    {
        var value = options.PublicBaseUrl;
        if (string.IsNullOrWhiteSpace(value))
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Set Reopen:PublicBaseUrl to the app's public https address (links in mail, SMS and QR codes use it).");
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !environment.IsDevelopment()))
            return ValidateOptionsResult.Fail($"Reopen:PublicBaseUrl must be an absolute https URL; '{value}' is not.");
        return ValidateOptionsResult.Success;
    }
}
