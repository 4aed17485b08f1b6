namespace Reopen.Functions.Notifications;

/// <summary>
/// Sends email. The idempotency key is stable across retries of the same message, so an adapter can
/// de-duplicate (SendGrid: custom_args plus our own record of sent keys). Failures throw;
/// nothing personal goes into logs or exception messages.
/// </summary>
public interface IEmailSender
{
    Task<EmailReceipt> SendAsync(EmailMessage m, string idempotencyKey, CancellationToken ct);
}
