using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Reopen.Orchestrations.Storage;

namespace Reopen.Functions.Notifications.Sent;

/// <summary>
/// One row per outgoing message, keyed by its idempotency key: written before the first try (with that try's time,
/// which providers that dedupe want repeated, e.g. ACS repeatabilityFirstSent) and completed with the provider's
/// message id after success, so that a retry after a success sends nothing. Every real adapter sends through here.
/// </summary>
public sealed class SentMessageLog(TableClient table, TimeProvider time, ILogger<SentMessageLog> logger)
{
    public const string TableName = "SentMessages";
    public const string EmailChannel = "email";
    public const string SmsChannel = "sms";

    /// <summary>Sends once per (channel, key): returns the recorded provider message id if a try already succeeded.</summary>
    public async Task<string> SendOnceAsync(
        string channel, string provider, string idempotencyKey, Func<MessageAttempt, CancellationToken, Task<string>> send, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        var (partitionKey, rowKey) = Keys(channel, idempotencyKey);
        var record = await BeginAsync(partitionKey, rowKey, channel, idempotencyKey, ct);
        if (record.GetString(ProviderMessageId) is { Length: > 0 } sentId)
        {
            logger.LogInformation("{Channel} message {RecordKey} was already sent by {Provider} as {MessageId}; not sent again",
                channel, rowKey, record.GetString(Provider), sentId);
            return sentId;
        }

        var messageId = await send(new MessageAttempt(idempotencyKey, record.GetDateTimeOffset(FirstAttemptAt)!.Value), ct);
        await table.UpsertEntityAsync(new TableEntity(partitionKey, rowKey)
        {
            [Provider] = provider,
            [ProviderMessageId] = messageId,
            [SentAt] = time.GetUtcNow(),
        }, TableUpdateMode.Merge, ct);
        return messageId;
    }

    /// <summary>The row of the first try; a later try finds it (and its first-try time) instead.</summary>
    private async Task<TableEntity> BeginAsync(string partitionKey, string rowKey, string channel, string idempotencyKey, CancellationToken ct)
    {
        var row = new TableEntity(partitionKey, rowKey)
        {
            ["Channel"] = channel,
            ["IdempotencyKey"] = idempotencyKey,
            [FirstAttemptAt] = time.GetUtcNow(),
        };
        try
        {
            await table.AddEntityAsync(row, ct);
            return row;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await table.GetEntityOrNullAsync(partitionKey, rowKey, ct: ct)
                ?? throw new InvalidOperationException("The sent-message record vanished between two reads.");
        }
    }

    // Keys may hold characters Table keys forbid; a hash is safe, and its first two digits spread rows over 256 partitions.
    internal static (string PartitionKey, string RowKey) Keys(string channel, string idempotencyKey)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(channel + "\n" + idempotencyKey)));
        return (hash[..2], hash[..40]);
    }

    private const string Provider = "Provider";
    private const string ProviderMessageId = "ProviderMessageId";
    private const string FirstAttemptAt = "FirstAttemptAt";
    private const string SentAt = "SentAt";
}

/// <summary>One try at sending a message: its stable key and when the first try began (the same on every retry).</summary>
public sealed record MessageAttempt(string IdempotencyKey, DateTimeOffset FirstAttemptAt)
{
    /// <summary>A GUID that is a pure function of the key, for providers that drop repeats by request id (ACS repeatabilityRequestId).</summary>
    public Guid RequestId
    {
        get
        {
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("reopen-message\n" + IdempotencyKey))[..16];
            // RFC 9562 version 8 (custom) and variant bits, so it is a well-formed GUID.
            bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes, bigEndian: true);
        }
    }
}
