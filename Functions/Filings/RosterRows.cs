using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Data.Tables;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Filings;

/// <summary>
/// One row per person (一人一档), exactly as the business listed them: PartitionKey = filing id, RowKey = "v0002-00042"
/// (roster version, then index). A roster version is written only when an amendment changed the roster.
/// </summary>
internal static class RosterRows
{
    public static string RowKey(int rosterVersion, int index) =>
        $"v{rosterVersion.ToString("D4", CultureInfo.InvariantCulture)}-{index.ToString("D5", CultureInfo.InvariantCulture)}";

    public static TableEntity ToEntity(string filingId, int rosterVersion, int index, RosterEntry person) => new(filingId, RowKey(rosterVersion, index))
    {
        ["Name"] = person.Name,
        ["IdNumber"] = person.IdNumber,
        ["Mobile"] = person.Mobile,
        ["HomeProvince"] = person.HomeProvince,
        ["HealthStatus"] = person.HealthStatus,
        ["ReturnDate"] = person.ReturnDate,
    };

    public static RosterEntry FromEntity(TableEntity entity) => new()
    {
        Name = entity.GetString("Name") ?? "",
        IdNumber = entity.GetString("IdNumber") ?? "",
        Mobile = entity.GetString("Mobile") ?? "",
        HomeProvince = entity.GetString("HomeProvince") ?? "",
        HealthStatus = entity.GetString("HealthStatus") ?? "",
        ReturnDate = entity.GetString("ReturnDate") ?? "",
    };

    /// <summary>Tells whether an amendment changed the roster without reading the stored one.</summary>
    public static string Hash(IReadOnlyList<RosterEntry> roster) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(roster, ProcessJson.Options)));

    /// <summary>Rows <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) of one roster version.</summary>
    public static string Range(string filingId, int rosterVersion, int from, int to) => TableClient.CreateQueryFilter(
        $"PartitionKey eq {filingId} and RowKey ge {RowKey(rosterVersion, from)} and RowKey lt {RowKey(rosterVersion, to)}");

    /// <summary>Rows from <paramref name="from"/> to the end of one roster version.</summary>
    public static string From(string filingId, int rosterVersion, int from) => TableClient.CreateQueryFilter(
        $"PartitionKey eq {filingId} and RowKey ge {RowKey(rosterVersion, from)} and RowKey lt {RowKey(rosterVersion + 1, 0)}");
}
