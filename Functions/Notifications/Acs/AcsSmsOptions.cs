using System.Data.Common;

namespace Reopen.Functions.Notifications.Acs;

/// <summary>
/// Section "Acs": Azure Communication Services SMS (Notifications:Sms = "acs"). Either a connection string
/// (HMAC-SHA256 with its access key) or the endpoint alone (Entra ID: the managed identity in Azure).
/// </summary>
public sealed class AcsSmsOptions
{
    public const string SectionName = "Acs";

    /// <summary><c>endpoint=https://{resource}.communication.azure.com/;accesskey={base64}</c>; never logged.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Without a connection string: <c>https://{resource}.communication.azure.com</c>, reached with an Entra ID token.</summary>
    public string? Endpoint { get; set; }

    /// <summary>With <see cref="Endpoint"/>: the client id of a user-assigned managed identity; otherwise DefaultAzureCredential.</summary>
    public string? ClientId { get; set; }

    /// <summary>The sending number (E.164, e.g. +18005550100) or sender id the resource owns.</summary>
    public string? From { get; set; }

    /// <summary>The settings that are missing or wrong, each naming its setting and never echoing a secret.</summary>
    public IEnumerable<string> Problems()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            if (!TryParseConnectionString(ConnectionString, out _, out _))
                yield return $"{SectionName}:{nameof(ConnectionString)} must read endpoint=https://<resource>.communication.azure.com/;accesskey=<base64 key>.";
        }
        else if (string.IsNullOrWhiteSpace(Endpoint))
            yield return $"{SectionName}:{nameof(ConnectionString)} (access key) or {SectionName}:{nameof(Endpoint)} (managed identity) must be set when {Sms}.";
        else if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != Uri.UriSchemeHttps)
            yield return $"{SectionName}:{nameof(Endpoint)} must be an https URL (Entra ID tokens are sent over TLS only).";
        if (string.IsNullOrWhiteSpace(From)) yield return $"{SectionName}:{nameof(From)} must be set when {Sms} (the sending number, e.g. +18005550100).";
    }

    /// <summary>The endpoint and decoded access key of an ACS connection string.</summary>
    public static bool TryParseConnectionString(string connectionString, out Uri endpoint, out byte[] accessKey)
    {
        endpoint = null!;
        accessKey = [];
        var parts = new DbConnectionStringBuilder();
        try
        {
            parts.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            return false;
        }
        if (!parts.TryGetValue("endpoint", out var e) || !Uri.TryCreate(e as string, UriKind.Absolute, out var uri)) return false;
        if (!parts.TryGetValue("accesskey", out var k) || k is not string key) return false;
        var buffer = new byte[key.Length];
        if (!Convert.TryFromBase64String(key, buffer, out var length) || length == 0) return false;
        (endpoint, accessKey) = (uri, buffer[..length]);
        return true;
    }

    private const string Sms = $"{NotificationOptions.SectionName}:Sms = 'acs'";
}
