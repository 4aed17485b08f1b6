using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using Reopen.Orchestrations.Storage;

namespace Reopen.Functions.Notifications.DevOutbox;

/// <summary>
/// The dev outbox in Table storage. Sixteen partitions "outbox-{first hex digit of the key hash}", so that a burst of sends
/// (a sweep's thousands) spreads its writes; in each, message rows "m-{inverted ticks}-{key hash}" so a plain query is
/// newest first, and one "k-{key hash}" row per idempotency key, written in the same transaction, so a repeated send
/// stores nothing and returns the first message. A listing merges the partitions' newest-first queries.
/// </summary>
public sealed partial class DevOutboxStore(TableClient table)
{
    public const string TableName = "DevOutbox";
    private const string PartitionPrefix = "outbox-";
    private const int Partitions = 16;
    private const string MessagePrefix = "m-";
    private const string KeyPrefix = "k-";
    private const int BatchLimit = 100;

    private Task? _tableReady;

    /// <summary>Keeps the message unless one with the same idempotency key is already kept; returns the kept one.</summary>
    public async Task<(DevOutboxMessage Message, bool Repeated)> AppendAsync(DevOutboxMessage message, CancellationToken ct)
    {
        await EnsureTableAsync().WaitAsync(ct);
        var keyHash = Hash(message.IdempotencyKey);
        var messageRow = MessagePrefix + (DateTimeOffset.MaxValue.UtcTicks - message.SentAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + keyHash;
        var keyRow = new TableEntity(PartitionOf(keyHash), KeyPrefix + keyHash) { ["MessageRowKey"] = messageRow };
        try
        {
            await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, keyRow),
                new TableTransactionAction(TableTransactionActionType.Add, DevOutboxEntity.ToEntity(message, keyRow.PartitionKey, messageRow)),
            ], ct);
            return (message with { MessageId = messageRow }, false);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409 && e.FailedTransactionActionIndex is 0 or null)
        {
            return (await ReadRepeatAsync(keyRow.PartitionKey, keyRow.RowKey, ct), true);
        }
    }

    /// <summary>
    /// Newest first, optionally only to one recipient and/or one channel; <paramref name="after"/> (a message id) continues
    /// a listing after that message, which stays right while new messages arrive, since they sort before it.
    /// </summary>
    public async Task<IReadOnlyList<DevOutboxMessage>> ListAsync(string? to = null, string? channel = null, int max = 200, string? after = null,
        CancellationToken ct = default)
    {
        await EnsureTableAsync().WaitAsync(ct);
        // Each partition's first max messages, newest first; the newest max of them all are the answer.
        var perPartition = await Task.WhenAll(AllPartitions.Select(async partition =>
        {
            var found = new List<DevOutboxMessage>();
            await foreach (var entity in table.QueryAsync<TableEntity>(Filter(partition, to, channel, after), maxPerPage: Math.Min(max, 1000), cancellationToken: ct))
            {
                found.Add(DevOutboxEntity.FromEntity(entity));
                if (found.Count >= max) break;
            }
            return found;
        }));
        return [.. perPartition.SelectMany(m => m).OrderBy(m => m.MessageId, StringComparer.Ordinal).Take(max)];
    }

    /// <summary>
    /// How many messages match, by a scan that returns keys only (one small request per 1,000 messages): exact under any
    /// filter, and nothing for concurrent sends to contend on, as a counter row in every send's transaction would be.
    /// </summary>
    public async Task<int> CountAsync(string? to = null, string? channel = null, CancellationToken ct = default)
    {
        await EnsureTableAsync().WaitAsync(ct);
        var counts = await Task.WhenAll(AllPartitions.Select(async partition =>
        {
            var count = 0;
            await foreach (var _ in table.QueryAsync<TableEntity>(Filter(partition, to, channel, after: null), select: ["RowKey"], cancellationToken: ct)) count++;
            return count;
        }));
        return counts.Sum();
    }

    /// <summary>Whether <paramref name="id"/> has the form of a message id, so it may continue a listing.</summary>
    public static bool IsMessageId(string id) => MessageIdPattern().IsMatch(id);

    private static readonly string[] AllPartitions = [.. Enumerable.Range(0, Partitions).Select(i => PartitionPrefix + i.ToString("x", CultureInfo.InvariantCulture))];

    private static string PartitionOf(string keyHash) => PartitionPrefix + keyHash[0];

    private static string Filter(string partition, string? to, string? channel, string? after)
    {
        var filters = new List<string> { TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), TableFilters.StartsWith("RowKey", MessagePrefix) };
        if (after is not null) filters.Add(TableClient.CreateQueryFilter($"RowKey gt {after}"));
        if (!string.IsNullOrWhiteSpace(to)) filters.Add(TableClient.CreateQueryFilter($"To eq {to.Trim()}"));
        if (!string.IsNullOrWhiteSpace(channel)) filters.Add(TableClient.CreateQueryFilter($"Channel eq {channel.Trim().ToLowerInvariant()}"));
        return string.Join(" and ", filters);
    }

    [GeneratedRegex("^m-[0-9]{19}-[0-9a-f]{32}$")]
    private static partial Regex MessageIdPattern();

    /// <summary>Removes every message and key; returns how many messages there were.</summary>
    public async Task<int> ClearAsync(CancellationToken ct)
    {
        await EnsureTableAsync().WaitAsync(ct);
        var cleared = 0;
        foreach (var partition in AllPartitions)
        {
            var rows = new List<TableEntity>();
            await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["PartitionKey", "RowKey"], cancellationToken: ct))
                rows.Add(entity);
            // A transaction holds one partition's rows only.
            foreach (var chunk in rows.Chunk(BatchLimit))
                await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)).ToList(), ct);
            cleared += rows.Count(r => r.RowKey.StartsWith(MessagePrefix, StringComparison.Ordinal));
        }
        return cleared;
    }

    // Created on first use; a failed attempt (storage not up yet) is retried on the next call.
    private Task EnsureTableAsync()
    {
        var ready = _tableReady;
        if (ready is null || ready.IsFaulted || ready.IsCanceled)
            _tableReady = ready = table.CreateIfNotExistsAsync();
        return ready;
    }

    private async Task<DevOutboxMessage> ReadRepeatAsync(string partition, string keyRowKey, CancellationToken ct)
    {
        var keyRow = await table.GetEntityOrNullAsync(partition, keyRowKey, ct: ct)
            ?? throw new InvalidOperationException("The dev outbox key row vanished during a repeated send (was the outbox cleared?).");
        var messageRow = await table.GetEntityOrNullAsync(partition, keyRow.GetString("MessageRowKey")!, ct: ct)
            ?? throw new InvalidOperationException("The dev outbox message row is missing for a known idempotency key.");
        return DevOutboxEntity.FromEntity(messageRow);
    }

    // Keys may hold characters Table keys forbid (/ \ # ?); a hash is safe and fixed-length.
    private static string Hash(string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32];
    }

    private static class DevOutboxEntity
    {
        public static TableEntity ToEntity(DevOutboxMessage m, string partition, string rowKey) => new(partition, rowKey)
        {
            ["Channel"] = m.Channel,
            ["To"] = m.To,
            ["Subject"] = m.Subject,
            ["Body"] = m.Body,
            ["Html"] = m.Html,
            ["Links"] = JsonSerializer.Serialize(m.Links, JsonSerializerOptions.Web),
            ["SentAt"] = m.SentAt,
            ["IdempotencyKey"] = m.IdempotencyKey,
        };

        public static DevOutboxMessage FromEntity(TableEntity e) => new(
            e.GetString("Channel") ?? "",
            e.GetString("To") ?? "",
            e.GetString("Subject"),
            e.GetString("Body") ?? "",
            e.GetString("Html"),
            JsonSerializer.Deserialize<List<MessageLink>>(e.GetString("Links") ?? "[]", JsonSerializerOptions.Web) ?? [],
            e.GetDateTimeOffset("SentAt") ?? DateTimeOffset.MinValue,
            e.GetString("IdempotencyKey") ?? "")
        {
            MessageId = e.RowKey,
        };
    }
}
