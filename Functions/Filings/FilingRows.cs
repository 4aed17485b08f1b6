using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Storage;

namespace Reopen.Functions.Filings;

/// <summary>
/// One Filings row per version of the document (RowKey "document-v0001", …): the document without its roster, which
/// roster version it lists, and the access-code hash. A version is written once and never changed by a later one.
/// </summary>
internal static class FilingRows
{
    private const string DocumentPrefix = "document-v";
    public const string AccessCodeHash = "AccessCodeHash";

    public static string DocumentRow(int version) => DocumentPrefix + version.ToString("D4", CultureInfo.InvariantCulture);

    public static TableEntity ToEntity(StoredFiling stored)
    {
        var filing = stored.Filing;
        var entity = new TableEntity(stored.FilingId, DocumentRow(stored.Version))
        {
            ["Version"] = stored.Version,
            [AccessCodeHash] = stored.AccessCodeHash,
            ["CreditCode"] = CreditCode.Normalize(filing.Business.CreditCode),
            ["RosterCount"] = stored.RosterCount,
            ["RosterVersion"] = stored.RosterVersion,
            ["RosterHash"] = stored.RosterHash,
            ["SubmittedAt"] = stored.SubmittedAt,
            ["UpdatedAt"] = stored.UpdatedAt,
        };
        entity.SetLongString("Document", JsonSerializer.Serialize(filing with { Roster = [] }, ProcessJson.Options));
        return entity;
    }

    public static StoredFiling FromEntity(TableEntity entity) =>
        new(entity.PartitionKey,
            JsonSerializer.Deserialize<Filing>(entity.GetLongString("Document") ?? "{}", ProcessJson.Options) ?? new Filing(),
            entity.GetInt32("RosterCount") ?? 0,
            entity.GetDateTimeOffset("SubmittedAt") ?? default,
            entity.GetDateTimeOffset("UpdatedAt") ?? default)
        {
            Version = entity.GetInt32("Version") ?? FilingVersions.First,
            RosterVersion = entity.GetInt32("RosterVersion") ?? FilingVersions.First,
            RosterHash = entity.GetString("RosterHash") ?? "",
            AccessCodeHash = entity.GetString(AccessCodeHash) ?? "",
        };
}
