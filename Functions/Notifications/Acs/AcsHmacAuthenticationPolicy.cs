using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Reopen.Functions.Notifications.Acs;

/// <summary>
/// ACS's HMAC-SHA256 request signing with the connection string's access key: x-ms-date, x-ms-content-sha256 and
/// a signature over "VERB\npath?query\ndate;host;contentHash". Runs per retry, so every try carries a fresh date.
/// </summary>
internal sealed class AcsHmacAuthenticationPolicy(byte[] accessKey, TimeProvider time) : HttpPipelinePolicy
{
    public const string SignedHeaders = "x-ms-date;host;x-ms-content-sha256";

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        using var body = new MemoryStream();
        if (message.Request.Content is { } content) await content.WriteToAsync(body, message.CancellationToken).ConfigureAwait(false);
        Sign(message, body);
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        using var body = new MemoryStream();
        message.Request.Content?.WriteTo(body, message.CancellationToken);
        Sign(message, body);
        ProcessNext(message, pipeline);
    }

    private void Sign(HttpMessage message, MemoryStream body)
    {
        var contentHash = Convert.ToBase64String(SHA256.HashData(body.ToArray()));
        var date = time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        var uri = message.Request.Uri.ToUri();
        var signature = Signature(accessKey, message.Request.Method.Method, uri.PathAndQuery, date, uri.Authority, contentHash);
        message.Request.Headers.SetValue("x-ms-date", date);
        message.Request.Headers.SetValue("x-ms-content-sha256", contentHash);
        message.Request.Headers.SetValue(HttpHeader.Names.Authorization, $"HMAC-SHA256 SignedHeaders={SignedHeaders}&Signature={signature}");
    }

    /// <summary>Base64(HMAC-SHA256(key, "VERB\npathAndQuery\ndate;host;contentHash")).</summary>
    public static string Signature(byte[] key, string method, string pathAndQuery, string date, string host, string contentHash) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{method.ToUpperInvariant()}\n{pathAndQuery}\n{date};{host};{contentHash}")));
}
