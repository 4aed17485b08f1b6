using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Reopen.Functions.Tests.Notifications.Fakes;

/// <summary>A provider's stand-in: Kestrel on a free 127.0.0.1 port (HTTP, or HTTPS with a certificate of its own) answering with one handler.</summary>
public sealed class FakeServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeServer(WebApplication app, Uri baseAddress, X509Certificate2? certificate)
    {
        _app = app;
        BaseAddress = baseAddress;
        Certificate = certificate;
    }

    public Uri BaseAddress { get; }

    /// <summary>The self-signed certificate when served over HTTPS; clients trust exactly this one.</summary>
    public X509Certificate2? Certificate { get; }

    public static async Task<FakeServer> StartAsync(RequestDelegate handle, bool https = false)
    {
        var certificate = https ? SelfSigned() : null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null) listen.UseHttps(certificate);
        }));
        var app = builder.Build();
        app.Run(handle);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new FakeServer(app, new Uri(address + "/"), certificate);
    }

    /// <summary>An HttpClient handler that trusts this server's certificate and no other.</summary>
    public HttpClientHandler TrustingHandler() => new()
    {
        ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == Certificate?.Thumbprint,
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate?.Dispose();
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Kestrel needs a certificate whose key it can use: round-trip through PFX.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}

/// <summary>Answers a fake gives instead of accepting, in order (status, optional Retry-After seconds).</summary>
public sealed class ScriptedFailures
{
    private readonly Queue<(int Status, int? RetryAfterSeconds)> _next = new();

    public void Add(int status, int times = 1, int? retryAfterSeconds = null)
    {
        lock (_next) for (var i = 0; i < times; i++) _next.Enqueue((status, retryAfterSeconds));
    }

    public bool TryTake(out (int Status, int? RetryAfterSeconds) failure)
    {
        lock (_next) return _next.TryDequeue(out failure);
    }
}
