using Azure;
using Azure.Data.Tables;
using Reopen.Orchestrations.Storage;

namespace Reopen.Functions.Supervision.Inspections;

/// <summary>What a sweep may do with an inspection it found due.</summary>
public enum InspectionClaim
{
    /// <summary>This sweep assigned it (first, or again after an earlier sweep stopped half-way): it sends the messages.</summary>
    Mine,
    /// <summary>Another sweep assigned it moments ago and is sending the messages.</summary>
    Busy,
    /// <summary>It has been inspected already: nothing to send.</summary>
    Done,
}

/// <summary>The Inspections table: the inspections assigned to the grid teams, one partition per filing.</summary>
public sealed class InspectionBoard(TableClient table)
{
    public const string TableName = "Inspections";

    /// <summary>
    /// Assigns the task, or finds it assigned. A sweep that stopped after assigning leaves a claim older than
    /// <paramref name="lease"/>, which the next sweep takes over (the messages it sent keep their keys, so none goes twice).
    /// </summary>
    public async Task<(InspectionClaim Claim, InspectionTask Task)> ClaimAsync(InspectionTask task, DateTimeOffset now, TimeSpan lease, CancellationToken ct)
    {
        try
        {
            await table.AddEntityAsync(task.ToEntity(now), ct);
            return (InspectionClaim.Mine, task);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }
        var existing = await table.GetEntityOrNullAsync(task.FilingId, task.RowKey, ct: ct);
        if (existing is null) return (InspectionClaim.Busy, task);
        var found = InspectionTask.FromEntity(existing);
        if (found.Status == InspectionStatus.Done) return (InspectionClaim.Done, found);
        if (existing.GetDateTimeOffset("ClaimedAt") is { } claimedAt && now - claimedAt < lease) return (InspectionClaim.Busy, found);
        try
        {
            await table.UpdateEntityAsync(new TableEntity(task.FilingId, task.RowKey) { ["ClaimedAt"] = now }, existing.ETag, TableUpdateMode.Merge, ct);
            return (InspectionClaim.Mine, found);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return (InspectionClaim.Busy, found);
        }
    }

    /// <summary>Assigns a task once and answers it as stored: a repeat finds the first one there and leaves it (and any result) alone.</summary>
    public async Task<InspectionTask> AssignAsync(InspectionTask task, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await table.AddEntityAsync(task.ToEntity(now), ct);
            return task;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return (await FindAsync(task.FilingId, task.Key, ct))?.Task ?? task;
        }
    }

    /// <summary>The task with its ETag, so that recording it can tell whether someone else recorded it first.</summary>
    public async Task<(InspectionTask Task, ETag ETag)?> FindAsync(string filingId, string key, CancellationToken ct)
    {
        var row = await table.GetEntityOrNullAsync(filingId, InspectionTask.RowPrefix + key, ct: ct);
        return row is null ? null : (InspectionTask.FromEntity(row), row.ETag);
    }

    /// <summary>Records the result once: false if the task changed since it was read (recorded by a second submit).</summary>
    public async Task<bool> RecordAsync(InspectionTask task, ETag etag, InspectionResult result, CancellationToken ct)
    {
        try
        {
            await table.UpdateEntityAsync(result.ToEntity(task.FilingId, task.RowKey), etag, TableUpdateMode.Merge, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>Every inspection assigned and not yet recorded, for the daily digest (a filtered scan, once a day).</summary>
    public async IAsyncEnumerable<InspectionTask> OpenAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"Status eq {nameof(InspectionStatus.Assigned)}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: ct)) yield return InspectionTask.FromEntity(row);
    }

    /// <summary>A filing's inspections, assigned and done, oldest first (one partition).</summary>
    public async Task<IReadOnlyList<InspectionTask>> ForFilingAsync(string filingId, CancellationToken ct)
    {
        var tasks = new List<InspectionTask>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {filingId} and RowKey ge {InspectionTask.RowPrefix} and RowKey lt {InspectionTask.RowPrefix + "~"}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: ct)) tasks.Add(InspectionTask.FromEntity(row));
        return [.. tasks.OrderBy(t => t.DueAt)];
    }
}
