using System.Net;
using System.Text.Json;
using global::SendGrid;
using global::SendGrid.Helpers.Mail;
using Microsoft.Extensions.Options;
using Reopen.Functions.Notifications.Sent;

namespace Reopen.Functions.Notifications.SendGrid;

/// <summary>
/// Email through SendGrid's v3 mail send: html and text, the idempotency key in custom_args, once per key (sent-record).
/// 202 gives X-Message-Id; 408/429/5xx and no answer are worth trying again, honouring Retry-After; other 4xx never are.
/// </summary>
public sealed class SendGridEmailSender(
    IHttpClientFactory httpClients, IOptions<SendGridOptions> options, SentMessageLog sent, TimeProvider time,
    ILogger<SendGridEmailSender> logger) : IEmailSender
{
    public const string HttpClientName = "SendGrid";
    public const string IdempotencyKeyArg = "reopen_idempotency_key";
    private const string ProviderName = "SendGrid";

    public async Task<EmailReceipt> SendAsync(EmailMessage m, string idempotencyKey, CancellationToken ct) =>
        new(await sent.SendOnceAsync(SentMessageLog.EmailChannel, ProviderName, idempotencyKey, (attempt, token) => PostAsync(m, attempt, token), ct));

    private async Task<string> PostAsync(EmailMessage m, MessageAttempt attempt, CancellationToken ct)
    {
        var settings = options.Value;
        var client = new SendGridClient(httpClients.CreateClient(HttpClientName), new SendGridClientOptions
        {
            ApiKey = settings.ApiKey,
            Host = string.IsNullOrWhiteSpace(settings.Host) ? null : settings.Host.TrimEnd('/'),
        });
        var from = new EmailAddress(settings.FromEmail, string.IsNullOrWhiteSpace(settings.FromName) ? null : settings.FromName);
        // SendGrid refuses ';' and ',' in recipient names.
        var to = new EmailAddress(m.To, m.ToName.Replace(';', ' ').Replace(',', ' '));
        var message = MailHelper.CreateSingleEmail(from, to, m.Subject, m.TextBody, m.HtmlBody);
        message.AddCustomArg(IdempotencyKeyArg, attempt.IdempotencyKey);

        Response response;
        try
        {
            response = await client.SendEmailAsync(message, ct);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw new TransientNotificationException(ProviderName, null, null, e);
        }

        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            var messageId = response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
            logger.LogInformation("SendGrid accepted email {MessageId} ({Status})", messageId, status);
            return string.IsNullOrEmpty(messageId) ? $"sendgrid-{status}" : messageId;
        }
        if (PermanentNotificationException.IsTransient(status))
            throw new TransientNotificationException(ProviderName, status, RetryAfter(response));
        throw new PermanentNotificationException(ProviderName, status, await ErrorFieldsAsync(response, ct));
    }

    private TimeSpan? RetryAfter(Response response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    // Error messages can echo an address; the field names say enough to find the mistake.
    private static async Task<string> ErrorFieldsAsync(Response response, CancellationToken ct)
    {
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) return "the API key was not accepted";
        try
        {
            using var json = JsonDocument.Parse(await response.Body.ReadAsStringAsync(ct));
            var fields = json.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                ? errors.EnumerateArray()
                    .Select(e => e.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null)
                    .OfType<string>().Distinct().ToList()
                : [];
            return fields.Count == 0 ? "no field named" : "fields " + string.Join(", ", fields);
        }
        catch (JsonException)
        {
            return "no readable error body";
        }
    }
}
