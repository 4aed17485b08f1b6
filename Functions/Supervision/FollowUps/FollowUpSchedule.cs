using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Storage;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Functions.Supervision.FollowUps;

/// <summary>The FollowUps table: planned when a permit is issued, read by the sweep only where rows are due, deleted once done.</summary>
public sealed class FollowUpSchedule(TableClient table, DistrictPolicy policy)
{
    public const string TableName = "FollowUps";

    // The sweep's cursor: the earliest district day that may still hold rows. Its partition sorts apart from every day's.
    private const string CursorPartition = "cursor";
    private const string CursorRow = "sweep";
    private const int BatchSize = 100;

    /// <summary>How far back a first sweep looks when no cursor has been written yet.</summary>
    internal static readonly int FirstSweepDays = 7;

    /// <summary>Plans the permit's follow-ups; a redelivered permit writes the same rows again (upserts, same keys).</summary>
    public async Task<int> PlanAsync(PermitIssued permit, CancellationToken ct)
    {
        var plan = FollowUpPlanner.Plan(policy.Supervision, new FollowUpSubject(permit.FilingId, permit.Category, permit.Scale, permit.IssuedAt));
        var rows = plan.Select(p => new FollowUpRow(permit.FilingId, p.Key, p.Kind, p.DueAt, permit.PermitNumber, permit.BusinessName,
            permit.Address, permit.StreetCode, permit.Category)).ToArray();
        await WriteAsync(rows, ct);
        return rows.Length;
    }

    /// <summary>Writes rows in entity-group transactions, one partition at a time.</summary>
    public async Task WriteAsync(IReadOnlyCollection<FollowUpRow> rows, CancellationToken ct)
    {
        foreach (var partition in rows.GroupBy(r => r.PartitionKey))
            foreach (var chunk in partition.Chunk(BatchSize))
                await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.ToEntity())), ct);
    }

    /// <summary>Rows due by <paramref name="now"/> in one partition, oldest first, with their ETags (a concurrent sweep may delete them).</summary>
    public async IAsyncEnumerable<(FollowUpRow Row, ETag ETag)> DueAsync(string partitionKey, DateTimeOffset now,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey lt {FollowUpRow.DueBy(now)}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            if (FollowUpRow.FromEntity(entity) is { } row) yield return (row, entity.ETag);
    }

    /// <summary>Done: a sweep that read it too and comes later finds nothing to delete, which is fine.</summary>
    public async Task DeleteAsync(FollowUpRow row, ETag etag, CancellationToken ct)
    {
        try
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, etag, ct);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
        }
    }

    public async Task<DateOnly> CursorAsync(DateOnly today, CancellationToken ct)
    {
        var row = await table.GetEntityOrNullAsync(CursorPartition, CursorRow, ["Day"], ct);
        return row?.GetString("Day") is { } day && DateOnly.TryParseExact(day, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : today.AddDays(-FirstSweepDays);
    }

    /// <summary>Moves the cursor forward only: two sweeps may race, and the later day is the right one.</summary>
    public async Task AdvanceCursorAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (to <= from) return;
        var current = await table.GetEntityOrNullAsync(CursorPartition, CursorRow, ct: ct);
        if (current?.GetString("Day") is { } day && string.CompareOrdinal(day, to.ToString("yyyyMMdd", CultureInfo.InvariantCulture)) >= 0) return;
        var entity = new TableEntity(CursorPartition, CursorRow) { ["Day"] = to.ToString("yyyyMMdd", CultureInfo.InvariantCulture) };
        try
        {
            if (current is null) await table.AddEntityAsync(entity, ct);
            else await table.UpdateEntityAsync(entity, current.ETag, TableUpdateMode.Replace, ct);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Another sweep moved it first.
        }
    }
}
