using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Supervision.Patrols;

/// <summary>
/// A closure order (责令停业通知书) for a business found trading without a valid permit (ClosureOrders table, PartitionKey =
/// street, RowKey = number). The operator's mobile is not kept: only whether the prompt was sent.
/// </summary>
public sealed record ClosureOrder(
    string Number,
    string StreetCode,
    string OfficialId,
    string BusinessName,
    string Address,
    string? CreditCode,
    DateTimeOffset OrderedAt,
    bool OperatorTold)
{
    /// <summary>
    /// "GT-QH01-20261203-1A2B3C": the street, the district day and a hash of official, business and address, so the same
    /// patrol submitted twice that day is one order (and one SMS), not two.
    /// </summary>
    public static string NumberFor(string streetCode, string officialId, string businessName, string address, DateTimeOffset now)
    {
        var what = string.Join('\n', officialId, Normalize(businessName), Normalize(address));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(what)))[..6];
        return string.Create(CultureInfo.InvariantCulture, $"GT-{streetCode}-{now.ToOffset(BeijingTime.Offset):yyyyMMdd}-{hash}");
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    internal TableEntity ToEntity() => new(StreetCode, Number)
    {
        [nameof(OfficialId)] = OfficialId,
        [nameof(BusinessName)] = BusinessName,
        [nameof(Address)] = Address,
        [nameof(CreditCode)] = CreditCode,
        [nameof(OrderedAt)] = OrderedAt,
        [nameof(OperatorTold)] = OperatorTold,
    };

    internal static ClosureOrder FromEntity(TableEntity e) => new(
        e.RowKey,
        e.PartitionKey,
        e.GetString(nameof(OfficialId)) ?? "",
        e.GetString(nameof(BusinessName)) ?? "",
        e.GetString(nameof(Address)) ?? "",
        e.GetString(nameof(CreditCode)),
        e.GetDateTimeOffset(nameof(OrderedAt)) ?? default,
        e.GetBoolean(nameof(OperatorTold)) ?? false);
}
