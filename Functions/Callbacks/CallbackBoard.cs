using Azure;
using Azure.Data.Tables;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Storage;

namespace Reopen.Functions.Callbacks;

/// <summary>
/// The Callbacks table, the street offices' list of businesses to call back: PartitionKey = street code,
/// RowKey = filing id. Holds the business's contact (street staff need it); never log its rows.
/// </summary>
public sealed class CallbackBoard(TableClient table)
{
    public const string TableName = "Callbacks";
    public const string Open = "open";
    public const string Closed = "closed";

    /// <summary>Adds the task once; a redelivery (even after the task was closed) only refreshes the business details, never the status.</summary>
    public async Task RecordOpenedAsync(CallbackTaskOpened opened, CancellationToken ct)
    {
        var row = new TableEntity(opened.StreetCode, opened.FilingId)
        {
            ["Status"] = Open,
            ["BusinessName"] = opened.BusinessName,
            ["ContactName"] = opened.ContactName,
            ["ContactMobile"] = opened.ContactMobile,
            ["Reason"] = opened.Reason,
            ["OpenedAt"] = opened.OpenedAt,
            ["Priority"] = opened.Priority,
            ["AssigneeIds"] = string.Join(',', opened.Assignees.Select(a => a.Id)),
        };
        try
        {
            await table.AddEntityAsync(row, ct);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            row.Remove("Status");
            await table.UpsertEntityAsync(row, TableUpdateMode.Merge, ct);
        }
    }

    public Task RecordClosedAsync(CallbackTaskClosed closed, CancellationToken ct) =>
        table.UpsertEntityAsync(new TableEntity(closed.StreetCode, closed.FilingId)
        {
            ["Status"] = Closed,
            ["Notes"] = closed.Notes,
            ["ClosedById"] = closed.ClosedBy.Id,
            ["ClosedByName"] = closed.ClosedBy.Name,
            ["ClosedAt"] = closed.ClosedAt,
        }, TableUpdateMode.Merge, ct);

    public Task<TableEntity?> FindAsync(string streetCode, string filingId, CancellationToken ct) =>
        table.GetEntityOrNullAsync(streetCode, filingId, ct: ct);
}
