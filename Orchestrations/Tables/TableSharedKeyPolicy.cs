using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Reopen.Orchestrations.Tables;

/// <summary>Signs each attempt with SharedKeyLite: HMAC-SHA256 over "x-ms-date\nCanonicalizedResource".</summary>
internal sealed class TableSharedKeyPolicy : HttpPipelineSynchronousPolicy
{
    private readonly string _accountName;
    private readonly byte[] _key;

    public TableSharedKeyPolicy(string accountName, string base64Key)
    {
        _accountName = accountName;
        _key = Convert.FromBase64String(base64Key);
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        var date = DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture);
        message.Request.Headers.SetValue("x-ms-date", date);
        var uri = message.Request.Uri.ToUri();
        var signature = Sign(StringToSign(_accountName, date, uri));
        message.Request.Headers.SetValue(HttpHeader.Names.Authorization, $"SharedKeyLite {_accountName}:{signature}");
    }

    internal static string StringToSign(string accountName, string date, Uri uri)
    {
        var builder = new StringBuilder(date.Length + accountName.Length + uri.AbsolutePath.Length + 16);
        builder.Append(date).Append('\n').Append('/').Append(accountName).Append(uri.AbsolutePath);
        var comp = CompValue(uri.Query);
        if (comp is not null) builder.Append("?comp=").Append(comp);
        return builder.ToString();
    }

    internal string Sign(string stringToSign)
    {
        var data = Encoding.UTF8.GetBytes(stringToSign);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, data, hash);
        return Convert.ToBase64String(hash);
    }

    private static string? CompValue(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair.StartsWith("comp=", StringComparison.OrdinalIgnoreCase))
                return Uri.UnescapeDataString(pair[5..]);
        }
        return null;
    }
}
