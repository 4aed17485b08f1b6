namespace Reopen.Functions.Notifications.DevOutbox;

/// <summary>Local email: kept in the dev outbox instead of sent.</summary>
public sealed class DevOutboxEmailSender(DevOutboxStore store, TimeProvider time, ILogger<DevOutboxEmailSender> logger) : IEmailSender
{
    public async Task<EmailReceipt> SendAsync(EmailMessage m, string idempotencyKey, CancellationToken ct)
    {
        var (kept, repeated) = await store.AppendAsync(
            new DevOutboxMessage(DevOutboxChannel.Email, m.To, m.Subject, m.TextBody, m.HtmlBody, m.Links, time.GetUtcNow(), idempotencyKey), ct);
        logger.LogInformation("Dev outbox kept email {MessageId} (repeat: {Repeated})", kept.MessageId, repeated);
        return new EmailReceipt(kept.MessageId);
    }
}
