using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Reopen.Functions.Tests.Notifications.Fakes;

/// <summary>One request as the fake saw it: what it answered and the repeatability fields it carried.</summary>
public sealed record AcsRequest(int Status, string? RepeatabilityRequestId, string? RepeatabilityFirstSent, string? Authorization);

/// <summary>A text ACS handed to the network: once per repeatabilityRequestId.</summary>
public sealed record DeliveredSms(string MessageId, string From, string To, string Message, string RepeatabilityRequestId, string RepeatabilityFirstSent);

/// <summary>
/// ACS SMS as its wire contract says: POST /sms?api-version=2021-03-07, HMAC-SHA256 recomputed from the access key
/// (content hash, x-ms-date within 15 minutes, the three signed headers, the host the request reached) or a
/// Bearer token; body with from, smsRecipients[{to, repeatabilityRequestId, repeatabilityFirstSent}], message and
/// smsSendOptions.enableDeliveryReport. A repeated request id is answered "rejected" and not delivered again.
/// </summary>
public sealed partial class FakeAcsSms : IAsyncDisposable
{
    public const string ApiVersion = "2021-03-07";
    private static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);

    private readonly byte[] _accessKey = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentQueue<AcsRequest> _requests = new();
    private readonly ConcurrentDictionary<string, DeliveredSms> _delivered = new();
    private readonly ConcurrentQueue<DeliveredSms> _deliveredInOrder = new();
    private FakeServer _server = null!;
    private int _sequence;
    private int _refuseRecipients;

    public Uri BaseAddress => _server.BaseAddress;

    public FakeServer Server => _server;

    /// <summary>The resource's connection string; its access key is the only one whose signatures pass.</summary>
    public string ConnectionString => $"endpoint={BaseAddress};accesskey={Convert.ToBase64String(_accessKey)}";

    /// <summary>An Entra ID token the fake accepts as "Authorization: Bearer {token}"; none when null.</summary>
    public string? AcceptedToken { get; set; }

    public IReadOnlyList<AcsRequest> Requests => [.. _requests];

    public IReadOnlyList<DeliveredSms> Delivered => [.. _deliveredInOrder];

    /// <summary>Answers to give to the next authorised, well-formed requests instead of accepting them.</summary>
    public ScriptedFailures Failures { get; } = new();

    /// <summary>The next request is answered 202 with its recipient refused (httpStatusCode 400), as ACS does for a bad number.</summary>
    public void RefuseNextRecipient() => Interlocked.Increment(ref _refuseRecipients);

    public static async Task<FakeAcsSms> StartAsync(bool https = false)
    {
        var fake = new FakeAcsSms();
        fake._server = await FakeServer.StartAsync(fake.HandleAsync, https);
        return fake;
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        string? requestId = null, firstSent = null;
        var status = await AnswerAsync(http, body, (id, sent) => (requestId, firstSent) = (id, sent));
        _requests.Enqueue(new AcsRequest(status, requestId, firstSent, http.Request.Headers.Authorization.ToString()));
    }

    private async Task<int> AnswerAsync(HttpContext http, byte[] body, Action<string?, string?> seen)
    {
        if (http.Request.Method != "POST" || http.Request.Path != "/sms") return await ErrorAsync(http, 404, "NotFound");
        if (http.Request.Query["api-version"] != ApiVersion) return await ErrorAsync(http, 400, "UnsupportedApiVersion");
        if (!Authorized(http.Request, body)) return await ErrorAsync(http, 401, "Denied");

        JsonElement recipient;
        string from, message;
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (Text(root, "from") is not { Length: > 0 } f) return await ErrorAsync(http, 400, "InvalidFrom");
            if (!root.TryGetProperty("smsRecipients", out var recipients) || recipients.ValueKind != JsonValueKind.Array || recipients.GetArrayLength() is 0 or > 100)
                return await ErrorAsync(http, 400, "InvalidRecipients");
            if (Text(root, "message") is not { Length: > 0 and <= 2048 } m) return await ErrorAsync(http, 400, "InvalidMessage");
            if (!root.TryGetProperty("smsSendOptions", out var options) || !options.TryGetProperty("enableDeliveryReport", out var report)
                || report.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                return await ErrorAsync(http, 400, "InvalidSmsSendOptions");
            recipient = recipients[0].Clone();
            (from, message) = (f, m);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return await ErrorAsync(http, 400, "BadRequest");
        }

        var to = Text(recipient, "to");
        var requestId = Text(recipient, "repeatabilityRequestId");
        var firstSent = Text(recipient, "repeatabilityFirstSent");
        seen(requestId, firstSent);
        if (to is null || !E164().IsMatch(to)) return await ErrorAsync(http, 400, "InvalidTo");
        if (!Guid.TryParse(requestId, out _)
            || !DateTimeOffset.TryParseExact(firstSent, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            return await ErrorAsync(http, 400, "InvalidRepeatabilityHeaders");

        if (Failures.TryTake(out var failure))
        {
            if (failure.RetryAfterSeconds is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return await ErrorAsync(http, failure.Status, failure.Status == 429 ? "TooManyRequests" : "InternalServerError");
        }
        if (Interlocked.Exchange(ref _refuseRecipients, 0) > 0)
            return await ResultAsync(http, new { to, messageId = (string?)null, httpStatusCode = 400, repeatabilityResult = "accepted", successful = false, errorMessage = "Invalid To phone number format." });

        var delivered = new DeliveredSms($"acs-{Interlocked.Increment(ref _sequence)}", from, to, message, requestId!, firstSent!);
        if (!_delivered.TryAdd(requestId!, delivered))
            return await ResultAsync(http, new { to, messageId = (string?)_delivered[requestId!].MessageId, httpStatusCode = 202, repeatabilityResult = "rejected", successful = true, errorMessage = (string?)null });
        _deliveredInOrder.Enqueue(delivered);
        return await ResultAsync(http, new { to, messageId = (string?)delivered.MessageId, httpStatusCode = 202, repeatabilityResult = "accepted", successful = true, errorMessage = (string?)null });
    }

    // Recomputed here from the raw request, not with the app's signing code.
    private bool Authorized(HttpRequest request, byte[] body)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.Ordinal)) return AcceptedToken is not null && authorization == "Bearer " + AcceptedToken;
        var match = HmacAuthorization().Match(authorization);
        if (!match.Success || match.Groups["headers"].Value != "x-ms-date;host;x-ms-content-sha256") return false;
        var date = request.Headers["x-ms-date"].ToString();
        if (!DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sentAt)
            || (DateTimeOffset.UtcNow - sentAt).Duration() > AllowedSkew)
            return false;
        var contentHash = Convert.ToBase64String(SHA256.HashData(body));
        if (request.Headers["x-ms-content-sha256"] != contentHash) return false;
        var stringToSign = $"{request.Method}\n{request.Path}{request.QueryString}\n{date};{request.Host};{contentHash}";
        var expected = HMACSHA256.HashData(_accessKey, Encoding.ASCII.GetBytes(stringToSign));
        var presented = new byte[64];
        return Convert.TryFromBase64String(match.Groups["signature"].Value, presented, out var length)
            && CryptographicOperations.FixedTimeEquals(expected, presented.AsSpan(0, length));
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task<int> ResultAsync(HttpContext http, object item)
    {
        http.Response.StatusCode = 202;
        await http.Response.WriteAsJsonAsync(new { value = new[] { item } });
        return 202;
    }

    private static async Task<int> ErrorAsync(HttpContext http, int status, string code)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new { error = new { code, message = "The fake refused the request: " + code } });
        return status;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [GeneratedRegex(@"^HMAC-SHA256 SignedHeaders=(?<headers>[^&]+)&Signature=(?<signature>.+)$")]
    private static partial Regex HmacAuthorization();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
