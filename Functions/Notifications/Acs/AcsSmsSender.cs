using Microsoft.Extensions.Options;
using Reopen.Functions.Notifications.Sent;

namespace Reopen.Functions.Notifications.Acs;

/// <summary>SMS through Azure Communication Services, once per idempotency key: the sent-record first, ACS repeatability behind it.</summary>
public sealed class AcsSmsSender(AcsSmsClient client, IOptions<AcsSmsOptions> options, SentMessageLog sent, ILogger<AcsSmsSender> logger) : ISmsSender
{
    private const string ProviderName = "ACS";

    public async Task<SmsReceipt> SendAsync(SmsMessage m, string idempotencyKey, CancellationToken ct) =>
        new(await sent.SendOnceAsync(SentMessageLog.SmsChannel, ProviderName, idempotencyKey, async (attempt, token) =>
        {
            var messageId = await client.SendAsync(options.Value.From!, E164(m.To), m.Body, attempt.RequestId, attempt.FirstAttemptAt, token);
            logger.LogInformation("ACS accepted SMS {MessageId}", messageId);
            return messageId;
        }, ct));

    // Filings hold mainland numbers without the country code.
    private static string E164(string mobile) => mobile.StartsWith('+') ? mobile : "+86" + mobile;
}
