using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Reopen.Functions.Hosting.Storage;
using Reopen.Orchestrations.Storage;

namespace Reopen.Functions.Filings;

/// <summary>What presenting an access code to a filing needs: the stored hash, and the budget's row as read (null: no wrong code yet).</summary>
internal sealed record AccessCodeLedger(string AccessCodeHash, TableEntity? Guesses);

/// <summary>
/// The wrong access codes a filing takes per window from every address and app instance together, so that neither scale-out
/// nor many addresses multiply it: one row beside the filing's documents (Filings table, RowKey "access-guesses") holds the
/// window and its count, raised under ETag so that concurrent guesses cannot overspend it. Only a filing that exists gets
/// the row; a right code below the budget writes nothing.
/// </summary>
internal sealed class AccessCodeBudget(AppTables tables, TimeProvider time, IOptions<FilingOptions> options)
{
    private const string Row = "access-guesses";
    private const string WindowStart = "WindowStartTicks";
    private const string WrongCodes = "WrongCodes";
    // Each lost race is another guess counted; past this many the guess is refused rather than answered uncounted.
    private const int CountAttempts = 8;

    private readonly TableClient _table = tables.Get(FilingTables.Filings);
    private readonly int _budget = options.Value.AccessCodeAttemptsPerFiling;
    private readonly TimeSpan _window = options.Value.AccessCodeAttemptWindow;

    /// <summary>The filing's access-code hash and its budget's row, in one query; null for an unknown filing.</summary>
    public async Task<AccessCodeLedger?> ReadAsync(string filingId, CancellationToken ct)
    {
        if (!FilingIds.IsWellFormed(filingId)) return null;
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {filingId} and (RowKey eq {FilingRows.DocumentRow(FilingVersions.First)} or RowKey eq {Row})");
        string? hash = null;
        TableEntity? guesses = null;
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: ["RowKey", FilingRows.AccessCodeHash, WindowStart, WrongCodes], cancellationToken: ct))
        {
            if (row.RowKey == Row) guesses = row;
            else hash = row.GetString(FilingRows.AccessCodeHash) ?? "";
        }
        return hash is null ? null : new AccessCodeLedger(hash, guesses);
    }

    /// <summary>How long until the filing takes codes again while its budget is spent; null while it is not.</summary>
    public TimeSpan? SpentFor(AccessCodeLedger ledger)
    {
        var now = time.GetUtcNow();
        var window = AccessCodeWindow.Containing(now, _window);
        return Counted(window, ledger.Guesses) >= _budget ? window.RetryAfter(now) : null;
    }

    /// <summary>
    /// Counts one wrong code against the filing read as <paramref name="ledger"/>: null once counted, else how long until the
    /// window ends (the budget was spent, perhaps by guesses that raced this one).
    /// </summary>
    public async Task<TimeSpan?> CountWrongCodeAsync(string filingId, AccessCodeLedger ledger, CancellationToken ct)
    {
        var row = ledger.Guesses;
        var now = time.GetUtcNow();
        var window = AccessCodeWindow.Containing(now, _window);
        for (var attempt = 0; attempt < CountAttempts; attempt++)
        {
            now = time.GetUtcNow();
            window = AccessCodeWindow.Containing(now, _window);
            var counted = Counted(window, row);
            if (counted >= _budget) return window.RetryAfter(now);
            var next = new TableEntity(filingId, Row) { [WindowStart] = window.StartTicks, [WrongCodes] = counted + 1 };
            try
            {
                if (row is null) await _table.AddEntityAsync(next, ct);
                else await _table.UpdateEntityAsync(next, row.ETag != default ? row.ETag : throw new InvalidOperationException("A read row carries its ETag."),
                    TableUpdateMode.Replace, ct);
                return null;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
            {
                // Another guess wrote first: count on top of what it wrote.
                row = await _table.GetEntityOrNullAsync(filingId, Row, ct: ct);
            }
        }
        return window.RetryAfter(now);
    }

    private static int Counted(AccessCodeWindow window, TableEntity? row) =>
        window.Counted(row?.GetInt64(WindowStart), row?.GetInt32(WrongCodes));
}
