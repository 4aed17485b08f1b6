using Azure;
using Azure.Data.Tables;
using Reopen.Orchestrations.Storage;

namespace Reopen.Functions.Supervision.Complaints;

/// <summary>
/// The Complaints table (one partition per complaint) and ComplaintTargets (one partition per business complained about,
/// a row per complaint), which finds the earlier complaints a new one may repeat and the repeats an answer also goes to.
/// </summary>
public sealed class ComplaintDesk(TableClient complaints, TableClient targets)
{
    public const string TableName = "Complaints";
    public const string TargetsTableName = "ComplaintTargets";

    public async Task AddAsync(Complaint complaint, CancellationToken ct)
    {
        await complaints.AddEntityAsync(complaint.ToEntity(), ct);
        await targets.UpsertEntityAsync(new TableEntity(complaint.TargetKey, complaint.Id)
        {
            ["What"] = complaint.Form.What, ["SubmittedAt"] = complaint.SubmittedAt, ["DuplicateOf"] = complaint.DuplicateOf,
        }, TableUpdateMode.Replace, ct);
    }

    public async Task<(Complaint Complaint, ETag ETag)?> FindAsync(string id, CancellationToken ct)
    {
        var row = await complaints.GetEntityOrNullAsync(id, Complaint.RowKey, ct: ct);
        return row is null ? null : (Complaint.FromEntity(row), row.ETag);
    }

    /// <summary>Earlier complaints about the same business since <paramref name="since"/>: (id, what, when, the one it repeats).</summary>
    public async Task<IReadOnlyList<(string Id, string What, DateTimeOffset At, string? DuplicateOf)>> AboutAsync(string targetKey, DateTimeOffset since,
        CancellationToken ct)
    {
        var found = new List<(string, string, DateTimeOffset, string?)>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {targetKey} and SubmittedAt ge {since}");
        await foreach (var row in targets.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            found.Add((row.RowKey, row.GetString("What") ?? "", row.GetDateTimeOffset("SubmittedAt") ?? default, row.GetString("DuplicateOf")));
        return found;
    }

    /// <summary>Every complaint still to verify that is not a repeat, for the daily digest (a filtered scan, once a day).</summary>
    public async IAsyncEnumerable<Complaint> OpenAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"Status eq {nameof(ComplaintStatus.Open)}");
        await foreach (var row in complaints.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            if (Complaint.FromEntity(row) is { DuplicateOf: null } open) yield return open;
    }

    /// <summary>Records the verification once: false when it changed since it was read (verified by a second submit).</summary>
    public async Task<bool> RecordAsync(Complaint verified, ETag etag, CancellationToken ct)
    {
        try
        {
            await complaints.UpdateEntityAsync(verified.ToEntity(), etag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }
}
