namespace Reopen.Functions.Notifications;

/// <summary>A text message to one mainland China mobile number (11 digits, e.g. 13800138000; adapters add +86).</summary>
public sealed record SmsMessage(string To, string Body);

/// <summary>The provider's id for an accepted message; a repeated send with the same idempotency key returns the first id.</summary>
public sealed record SmsReceipt(string MessageId);
