using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace Reopen.Functions.Notifications.Acs;

/// <summary>
/// ACS SMS over its REST API: POST {endpoint}/sms with one recipient and its repeatability fields, on an Azure.Core
/// pipeline (HMAC-SHA256 or Entra ID; retries). Answers the message id, or throws a transient or permanent failure.
/// </summary>
public sealed class AcsSmsClient
{
    public const string ApiVersion = "2021-03-07";

    /// <summary>The Entra ID scope of Communication Services (the double slash is intended).</summary>
    public const string TokenScope = "https://communication.azure.com//.default";

    private const string ProviderName = "ACS";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly Uri _endpoint;
    private readonly HttpPipeline _pipeline;

    private AcsSmsClient(Uri endpoint, HttpPipelinePolicy authentication, AcsSmsClientOptions options)
    {
        _endpoint = endpoint;
        _pipeline = HttpPipelineBuilder.Build(options, perCallPolicies: [], perRetryPolicies: [authentication], new ResponseClassifier());
    }

    /// <summary>Signed with the access key of an <c>endpoint=…;accesskey=…</c> connection string.</summary>
    public static AcsSmsClient WithAccessKey(string connectionString, AcsSmsClientOptions options, TimeProvider time) =>
        AcsSmsOptions.TryParseConnectionString(connectionString, out var endpoint, out var key)
            ? new(endpoint, new AcsHmacAuthenticationPolicy(key, time), options)
            : throw new InvalidOperationException($"{AcsSmsOptions.SectionName}:{nameof(AcsSmsOptions.ConnectionString)} is not an ACS connection string.");

    /// <summary>Entra ID bearer tokens for <see cref="TokenScope"/>.</summary>
    public static AcsSmsClient WithToken(Uri endpoint, TokenCredential credential, AcsSmsClientOptions options) =>
        new(endpoint, new BearerTokenAuthenticationPolicy(credential, TokenScope), options);

    /// <summary>From the settings: the connection string if there is one, else the endpoint with the managed identity (or the developer's sign-in).</summary>
    public static AcsSmsClient Create(AcsSmsOptions settings, AcsSmsClientOptions options, TimeProvider time) =>
        !string.IsNullOrWhiteSpace(settings.ConnectionString)
            ? WithAccessKey(settings.ConnectionString, options, time)
            : WithToken(new Uri(settings.Endpoint!), settings.ClientId is { Length: > 0 } clientId
                ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
                : new DefaultAzureCredential(), options);

    /// <summary>Sends one text; the same request id and first-sent time on every try let ACS drop repeats.</summary>
    public async Task<string> SendAsync(string from, string to, string text, Guid repeatabilityRequestId, DateTimeOffset firstSent, CancellationToken ct)
    {
        var body = new SendRequest(from, [new Recipient(to, repeatabilityRequestId.ToString("D"), firstSent.ToString("r", CultureInfo.InvariantCulture))],
            text, new SendOptions(EnableDeliveryReport: false, Tag: null));
        using var message = _pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Post;
        message.Request.Uri.Reset(_endpoint);
        message.Request.Uri.AppendPath("/sms", escape: false);
        message.Request.Uri.AppendQuery("api-version", ApiVersion);
        message.Request.Headers.SetValue(HttpHeader.Names.ContentType, "application/json");
        message.Request.Headers.SetValue(HttpHeader.Names.Accept, "application/json");
        message.Request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(body, Json));
        try
        {
            await _pipeline.SendAsync(message, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RequestFailedException { Status: 0 } or AggregateException && !ct.IsCancellationRequested)
        {
            throw new TransientNotificationException(ProviderName, null, null, e);
        }
        return Outcome(message.Response);
    }

    // A 202 still carries a per-recipient result; a repeat ACS recognised ("rejected") was sent by an earlier try.
    private static string Outcome(Response response)
    {
        if (response.Status != 202)
        {
            if (PermanentNotificationException.IsTransient(response.Status))
                throw new TransientNotificationException(ProviderName, response.Status, RetryAfter(response));
            throw new PermanentNotificationException(ProviderName, response.Status, ErrorCode(response));
        }
        var result = JsonSerializer.Deserialize<SendResponse>(response.Content.ToMemory().Span, Json)?.Value?.FirstOrDefault()
            ?? throw new TransientNotificationException(ProviderName, response.Status, null, new FormatException("The 202 answer has no recipient result."));
        if (result.Successful || string.Equals(result.RepeatabilityResult, "rejected", StringComparison.OrdinalIgnoreCase))
            return result.MessageId ?? throw new PermanentNotificationException(ProviderName, result.HttpStatusCode, "accepted without a message id");
        if (PermanentNotificationException.IsTransient(result.HttpStatusCode))
            throw new TransientNotificationException(ProviderName, result.HttpStatusCode, null);
        throw new PermanentNotificationException(ProviderName, result.HttpStatusCode, "the recipient was refused");
    }

    private static TimeSpan? RetryAfter(Response response) =>
        response.Headers.TryGetValue("Retry-After", out var value) && int.TryParse(value, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;

    // The error code says what was wrong; the message text can echo the number, so it stays out.
    private static string ErrorCode(Response response)
    {
        if (response.Status is 401 or 403) return "the credentials were not accepted";
        try
        {
            using var json = JsonDocument.Parse(response.Content.ToMemory());
            return json.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                ? "error code " + code.GetString()
                : "no error code";
        }
        catch (JsonException)
        {
            return "no readable error body";
        }
    }

    private sealed record SendRequest(string From, IReadOnlyList<Recipient> SmsRecipients, string Message, SendOptions SmsSendOptions);

    private sealed record Recipient(string To, string RepeatabilityRequestId, string RepeatabilityFirstSent);

    private sealed record SendOptions(bool EnableDeliveryReport, string? Tag);

    private sealed record SendResponse(IReadOnlyList<SendResult>? Value);

    private sealed record SendResult(string? To, string? MessageId, int HttpStatusCode, string? RepeatabilityResult, bool Successful);
}
