using Azure;
using Azure.Data.Tables;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Storage;

namespace Reopen.Functions.Permits;

/// <summary>
/// The Permits table: one row per permit, PartitionKey = permit key, RowKey "permit". Status is stored lower-case
/// ("valid" | "suspended" | "revoked") so that other features can set it with a plain merge.
/// </summary>
public sealed class PermitRegister(TableClient table)
{
    public const string TableName = "Permits";
    public const string RowKey = "permit";

    /// <summary>Records an issued permit once; a redelivered effect finds it there and leaves it (and any later status) alone.</summary>
    public async Task<bool> RecordIssuedAsync(PermitIssued issued, CancellationToken ct)
    {
        var entity = new TableEntity(PermitLinks.KeyOf(issued.PermitNumber), RowKey)
        {
            ["PermitNumber"] = issued.PermitNumber,
            ["FilingId"] = issued.FilingId,
            ["BusinessName"] = issued.BusinessName,
            ["CreditCode"] = issued.CreditCode,
            ["Address"] = issued.Address,
            ["StreetCode"] = issued.StreetCode,
            ["SectorCode"] = issued.SectorCode,
            ["Category"] = issued.Category.ToString(),
            ["IssuedAt"] = issued.IssuedAt,
            ["Status"] = StatusText(PermitStatus.Valid),
        };
        try
        {
            await table.AddEntityAsync(entity, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await table.GetEntityOrNullAsync(entity.PartitionKey, RowKey, ["FilingId"], ct);
            // Two filings whose permit numbers collide must never share a verification page: fail loudly, retry later.
            if (existing?.GetString("FilingId") is { } holder && holder != issued.FilingId)
                throw new InvalidOperationException($"Permit key {entity.PartitionKey} already belongs to filing {holder}, not {issued.FilingId}.");
            return false;
        }
    }

    /// <summary>Sets the live status the verification page and the placard's QR show; false for a permit not in the register.</summary>
    public async Task<bool> SetStatusAsync(string permitNumber, PermitStatus status, CancellationToken ct)
    {
        try
        {
            await table.UpdateEntityAsync(new TableEntity(PermitLinks.KeyOf(permitNumber), RowKey) { ["Status"] = StatusText(status) }, ETag.All,
                TableUpdateMode.Merge, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    public async Task<PermitRecord?> FindAsync(string key, CancellationToken ct)
    {
        if (!PermitLinks.IsWellFormedKey(key)) return null;
        var row = await table.GetEntityOrNullAsync(key.ToUpperInvariant(), RowKey, ct: ct);
        return row is null ? null : FromEntity(row);
    }

    /// <summary>The newest permit of a business by its credit code, or by its exact name in a street; null when none.</summary>
    public async Task<PermitRecord?> FindByAsync(string? creditCode, string street, string name, CancellationToken ct)
    {
        var filter = creditCode is not null
            ? TableClient.CreateQueryFilter($"CreditCode eq {creditCode}")
            : TableClient.CreateQueryFilter($"StreetCode eq {street} and BusinessName eq {name}");
        PermitRecord? newest = null;
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            if (FromEntity(row) is var p && (newest is null || p.IssuedAt > newest.IssuedAt)) newest = p;
        return newest;
    }

    public static string StatusText(PermitStatus status) => status.ToString().ToLowerInvariant();

    private static PermitRecord FromEntity(TableEntity e) => new(
        e.GetString("PermitNumber") ?? "",
        e.GetString("FilingId") ?? "",
        e.GetString("BusinessName") ?? "",
        e.GetString("CreditCode") ?? "",
        e.GetString("Address") ?? "",
        e.GetString("StreetCode") ?? "",
        e.GetString("SectorCode") ?? "",
        BusinessCategories.TryParse(e.GetString("Category"), out var category) ? category : BusinessCategory.General,
        e.GetDateTimeOffset("IssuedAt") ?? default,
        Enum.TryParse<PermitStatus>(e.GetString("Status"), ignoreCase: true, out var status) ? status : PermitStatus.Suspended);
}
