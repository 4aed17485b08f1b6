namespace Reopen.Functions.Notifications.DevOutbox;

public static class DevOutboxChannel
{
    public const string Sms = "sms";
    public const string Email = "email";
}

/// <summary>One message as the dev outbox keeps it: everything that would have left the building, unmasked.</summary>
public sealed record DevOutboxMessage(
    string Channel,
    string To,
    string? Subject,
    string Body,
    string? Html,
    IReadOnlyList<MessageLink> Links,
    DateTimeOffset SentAt,
    string IdempotencyKey)
{
    /// <summary>The row key; also the message id the dev adapters hand back.</summary>
    public string MessageId { get; init; } = "";
}
