using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Notifications.Undelivered;

/// <summary>The messages of each filing that will not be sent, one partition per filing, one row per message (its key hashed).</summary>
public sealed class UndeliveredMessageLog(TableClient table)
{
    public const string TableName = "UndeliveredMessages";

    /// <summary>Idempotent: the same message recorded again replaces its row.</summary>
    public Task RecordAsync(UndeliveredMessage m, string idempotencyKey, CancellationToken ct) =>
        table.UpsertEntityAsync(new TableEntity(m.FilingId, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..40])
        {
            ["Purpose"] = m.Purpose,
            ["RecipientName"] = m.RecipientName,
            ["RoleZh"] = m.RecipientRole?.Zh,
            ["RoleEn"] = m.RecipientRole?.En,
            ["Provider"] = m.Provider,
            ["Status"] = m.Status,
            ["Refused"] = m.Refused,
            ["Attempts"] = m.Attempts,
            ["At"] = m.At,
        }, TableUpdateMode.Replace, ct);

    /// <summary>Oldest first.</summary>
    public async Task<IReadOnlyList<UndeliveredMessage>> ListAsync(string filingId, CancellationToken ct)
    {
        var messages = new List<UndeliveredMessage>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {filingId}"), cancellationToken: ct))
        {
            messages.Add(new UndeliveredMessage(
                filingId,
                e.GetString("Purpose") ?? "",
                e.GetString("RecipientName"),
                e.GetString("RoleZh") is { } zh ? new LocalizedText(zh, e.GetString("RoleEn") ?? zh) : null,
                e.GetString("Provider"),
                e.GetInt32("Status"),
                e.GetBoolean("Refused") == true,
                e.GetInt32("Attempts") ?? 0,
                e.GetDateTimeOffset("At") ?? default));
        }
        return [.. messages.OrderBy(m => m.At)];
    }
}
