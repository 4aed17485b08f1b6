using System.Globalization;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Tables;

namespace Reopen.Functions.Filings;

/// <summary>One row per person (一人一档), exactly as the business listed them: PartitionKey = filing id, RowKey = "00042".</summary>
internal static class RosterRows
{
    public static string RowKey(int index) => index.ToString("D5", CultureInfo.InvariantCulture);

    public static TableEntity ToEntity(string filingId, int index, RosterEntry person) => new(filingId, RowKey(index))
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

    /// <summary>Rows <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) of one filing.</summary>
    public static string Range(string filingId, int from, int to) => TableOData.And(
        TableOData.Eq("PartitionKey", filingId), TableOData.Ge("RowKey", RowKey(from)), TableOData.Lt("RowKey", RowKey(to)));

    public static string From(string filingId, int from) =>
        TableOData.And(TableOData.Eq("PartitionKey", filingId), TableOData.Ge("RowKey", RowKey(from)));
}
