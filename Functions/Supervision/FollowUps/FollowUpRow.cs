using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Functions.Supervision.FollowUps;

/// <summary>
/// A follow-up waiting in the FollowUps table. PartitionKey = the district day it falls due and a shard of the filing
/// ("20260305-a"): a sweep reads only today's and any unswept earlier day's partitions, and a day's writes spread over
/// <see cref="Shards"/> of them. RowKey = due time ‖ filing ‖ key, so "what is due by now" is one key range per partition.
/// It carries only what a placard shows anyway (no people, no phones).
/// </summary>
public sealed record FollowUpRow(
    string FilingId,
    string Key,
    FollowUpKind Kind,
    DateTimeOffset DueAt,
    string PermitNumber,
    string BusinessName,
    string Address,
    string StreetCode,
    BusinessCategory Category)
{
    public const int Shards = 16;
    private const string DueFormat = "yyyyMMddHHmmssfff";

    public string PartitionKey => PartitionOf(BeijingTime.Day(DueAt), ShardOf(FilingId));

    public string RowKey => $"{DueAt.UtcDateTime.ToString(DueFormat, CultureInfo.InvariantCulture)}|{FilingId}|{Key}";

    /// <summary>The message keys of this follow-up, before their channel: the same on every sweep that gets to it.</summary>
    public string MessageKeyPrefix => $"followup|{FilingId}|{Key}|";

    public string MessageKey(string channel) => MessageKeyPrefix + channel;

    public static string PartitionOf(DateOnly day, int shard) => string.Create(CultureInfo.InvariantCulture, $"{day:yyyyMMdd}-{shard:x}");

    /// <summary>Everything due at or before <paramref name="now"/> in a partition sorts below this RowKey.</summary>
    public static string DueBy(DateTimeOffset now) => now.UtcDateTime.ToString(DueFormat, CultureInfo.InvariantCulture) + "~";

    public static int ShardOf(string filingId) => SHA256.HashData(Encoding.UTF8.GetBytes(filingId))[0] % Shards;

    public TableEntity ToEntity() => new(PartitionKey, RowKey)
    {
        [nameof(FilingId)] = FilingId,
        [nameof(Key)] = Key,
        [nameof(Kind)] = Kind.ToString(),
        [nameof(DueAt)] = DueAt,
        [nameof(PermitNumber)] = PermitNumber,
        [nameof(BusinessName)] = BusinessName,
        [nameof(Address)] = Address,
        [nameof(StreetCode)] = StreetCode,
        [nameof(Category)] = Category.ToString(),
    };

    public static FollowUpRow? FromEntity(TableEntity e) =>
        Enum.TryParse<FollowUpKind>(e.GetString(nameof(Kind)), out var kind) && e.GetDateTimeOffset(nameof(DueAt)) is { } due
            ? new(e.GetString(nameof(FilingId)) ?? "", e.GetString(nameof(Key)) ?? "", kind, due, e.GetString(nameof(PermitNumber)) ?? "",
                e.GetString(nameof(BusinessName)) ?? "", e.GetString(nameof(Address)) ?? "", e.GetString(nameof(StreetCode)) ?? "",
                BusinessCategories.TryParse(e.GetString(nameof(Category)), out var category) ? category : BusinessCategory.General)
            : null;
}
