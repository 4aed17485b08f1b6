using System.Text.Json;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Tables;

namespace Reopen.Functions.Filings;

/// <summary>The Filings row: the document without its roster (the roster has a row per person), and the access-code hash.</summary>
internal static class FilingRows
{
    public const string DocumentRow = "filing";

    public static TableEntity ToEntity(string filingId, Filing filing, string accessCodeHash, DateTimeOffset submittedAt, DateTimeOffset updatedAt)
    {
        var entity = new TableEntity(filingId, DocumentRow)
        {
            ["AccessCodeHash"] = accessCodeHash,
            ["CreditCode"] = CreditCode.Normalize(filing.Business.CreditCode),
            ["RosterCount"] = filing.Roster.Count,
            ["SubmittedAt"] = submittedAt,
            ["UpdatedAt"] = updatedAt,
        };
        entity.SetLongString("Document", JsonSerializer.Serialize(filing with { Roster = [] }, ProcessJson.Options));
        return entity;
    }

    public static StoredFiling FromEntity(TableEntity entity, IReadOnlyList<RosterEntry> roster) =>
        new(entity.PartitionKey,
            (JsonSerializer.Deserialize<Filing>(entity.GetLongString("Document") ?? "{}", ProcessJson.Options) ?? new Filing()) with { Roster = roster },
            entity.GetInt32("RosterCount") ?? 0,
            entity.GetDateTimeOffset("SubmittedAt") ?? default,
            entity.GetDateTimeOffset("UpdatedAt") ?? default)
        {
            AccessCodeHash = entity.GetString("AccessCodeHash") ?? "",
        };
}
