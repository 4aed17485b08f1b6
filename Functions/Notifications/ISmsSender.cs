namespace Reopen.Functions.Notifications;

/// <summary>
/// Sends text messages. The idempotency key is stable across retries of the same message (the outbox
/// dispatcher retries at least once), so an adapter passes it to the provider's de-duplication
/// (ACS: repeatabilityRequestId) or keeps it, and a repeat never reaches the phone twice.
/// Failures throw; nothing personal goes into logs or exception messages.
/// </summary>
public interface ISmsSender
{
    Task<SmsReceipt> SendAsync(SmsMessage m, string idempotencyKey, CancellationToken ct);
}
