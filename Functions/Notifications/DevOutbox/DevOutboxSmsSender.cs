using System.Text.RegularExpressions;

namespace Reopen.Functions.Notifications.DevOutbox;

/// <summary>Local SMS: kept in the dev outbox instead of sent; URLs in the text become clickable links there.</summary>
public sealed partial class DevOutboxSmsSender(DevOutboxStore store, TimeProvider time, ILogger<DevOutboxSmsSender> logger) : ISmsSender
{
    public async Task<SmsReceipt> SendAsync(SmsMessage m, string idempotencyKey, CancellationToken ct)
    {
        var links = UrlPattern().Matches(m.Body).Select(match => new MessageLink(match.Value, match.Value)).ToList();
        var (kept, repeated) = await store.AppendAsync(
            new DevOutboxMessage(DevOutboxChannel.Sms, m.To, null, m.Body, null, links, time.GetUtcNow(), idempotencyKey), ct);
        logger.LogInformation("Dev outbox kept SMS {MessageId} (repeat: {Repeated})", kept.MessageId, repeated);
        return new SmsReceipt(kept.MessageId);
    }

    [GeneratedRegex(@"https?://[^\s，。；、）)]+")]
    private static partial Regex UrlPattern();
}
