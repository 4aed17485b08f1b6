using Azure;
using Azure.Data.Tables;
using Reopen.Functions.Hosting.Storage;
using Reopen.Orchestrations.Storage;

namespace Reopen.Functions.Filings;

/// <summary>What a submission with an Idempotency-Key did: started (filing id and sealed access code fixed) or completed (the answer).</summary>
internal sealed record SubmissionRecord(string RequestHash, string FilingId, string SealedAccessCode, string? AnswerJson)
{
    public bool IsCompleted => AnswerJson is not null;

    public ETag ETag { get; init; } = ETag.All;
}

/// <summary>The FilingIdempotency table: one row per Idempotency-Key (hashed).</summary>
internal sealed class SubmissionRecords(AppTables tables)
{
    // One partition per key: submissions spread across the table instead of queuing on one partition.
    private const string Row = "submission";
    private readonly TableClient _table = tables.Get(FilingTables.Idempotency);

    public async Task<SubmissionRecord?> GetAsync(string key, CancellationToken ct)
    {
        var row = await _table.GetEntityOrNullAsync(IdempotencyKeys.PartitionKeyOf(key), Row, ct: ct);
        return row is null ? null : new SubmissionRecord(
            row.GetString("RequestHash") ?? "", row.GetString("FilingId") ?? "", row.GetString("AccessCode") ?? "", row.GetString("Answer"))
        {
            ETag = row.ETagOrAll(),
        };
    }

    /// <summary>False when another request with the same key got there first.</summary>
    public async Task<bool> TryStartAsync(string key, SubmissionRecord record, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await _table.AddEntityAsync(ToEntity(key, record, now), ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public Task CompleteAsync(string key, SubmissionRecord record, string answerJson, DateTimeOffset now, CancellationToken ct) =>
        _table.UpsertEntityAsync(ToEntity(key, record with { AnswerJson = answerJson }, now), TableUpdateMode.Replace, ct);

    /// <summary>Nothing was filed under the key (e.g. 409): the key is free again, unless someone completed it meanwhile.</summary>
    public async Task ForgetAsync(string key, CancellationToken ct)
    {
        var current = await GetAsync(key, ct);
        if (current is null || current.IsCompleted) return;
        try
        {
            await _table.DeleteEntityAsync(IdempotencyKeys.PartitionKeyOf(key), Row, current.ETag, ct);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // Completed by a concurrent retry: its answer stands.
        }
    }

    private static TableEntity ToEntity(string key, SubmissionRecord record, DateTimeOffset now)
    {
        var entity = new TableEntity(IdempotencyKeys.PartitionKeyOf(key), Row)
        {
            ["RequestHash"] = record.RequestHash,
            ["FilingId"] = record.FilingId,
            ["AccessCode"] = record.SealedAccessCode,
            ["Status"] = record.AnswerJson is null ? "started" : "completed",
            ["UpdatedAt"] = now,
        };
        if (record.AnswerJson is not null) entity["Answer"] = record.AnswerJson;
        return entity;
    }
}
