using Microsoft.Extensions.Options;
using Reopen.Functions.Hosting.Storage;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Tables;

namespace Reopen.Functions.Filings;

/// <summary>
/// Filing documents and rosters in Table storage: the document in the Filings table, the roster one entity per person,
/// written in entity-group transactions of 100. Every write is an upsert, so a retried submission writes the same rows.
/// </summary>
public sealed class FilingStore
{
    private const int BatchSize = 100;
    private const int ConcurrentBatches = 4;

    private readonly TableClient _filings;
    private readonly TableClient _roster;

    public FilingStore(TableServiceClient tables, IOptions<StorageOptions> options)
    {
        _filings = tables.GetTableClient(options.Value.TableName(FilingTables.Filings));
        _roster = tables.GetTableClient(options.Value.TableName(FilingTables.Roster));
    }

    /// <summary>The document and its whole roster (up to 5,000 people, a few queries); null for an unknown id.</summary>
    public async Task<StoredFiling?> GetAsync(string filingId, CancellationToken ct = default)
    {
        var document = await GetDocumentAsync(filingId, ct).ConfigureAwait(false);
        if (document is null) return null;
        var roster = await GetRosterAsync(filingId, 0, document.RosterCount, ct).ConfigureAwait(false);
        return document with { Filing = document.Filing with { Roster = roster } };
    }

    /// <summary>The document without its roster (<see cref="StoredFiling.RosterCount"/> still says how many); null for an unknown id.</summary>
    public async Task<StoredFiling?> GetDocumentAsync(string filingId, CancellationToken ct = default)
    {
        if (!FilingIds.IsWellFormed(filingId)) return null;
        var row = await _filings.GetEntityIfExistsAsync(filingId, FilingRows.DocumentRow, ct: ct).ConfigureAwait(false);
        return row is null ? null : FilingRows.FromEntity(row, []);
    }

    /// <summary>People <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> of the roster, in the order filed.</summary>
    public async Task<IReadOnlyList<RosterEntry>> GetRosterAsync(string filingId, int skip, int take, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        if (take == 0 || !FilingIds.IsWellFormed(filingId)) return [];
        var roster = new List<RosterEntry>(Math.Min(take, FilingLimits.MaxRoster));
        await foreach (var row in _roster.QueryAsync(RosterRows.Range(filingId, skip, skip + take), ct: ct).ConfigureAwait(false))
            roster.Add(RosterRows.FromEntity(row));
        return roster;
    }

    /// <summary>Writes (or rewrites) the document and roster; rows of a longer earlier roster are deleted.</summary>
    internal async Task SaveAsync(string filingId, Filing filing, string accessCodeHash, DateTimeOffset submittedAt, DateTimeOffset now,
        CancellationToken ct = default)
    {
        // The roster first: a document never points at people who are not stored yet.
        await WriteRosterAsync(filingId, filing.Roster, ct).ConfigureAwait(false);
        await DeleteRosterFromAsync(filingId, filing.Roster.Count, ct).ConfigureAwait(false);
        await _filings.UpsertEntityAsync(FilingRows.ToEntity(filingId, filing, accessCodeHash, submittedAt, now), TableUpdateMode.Replace, ct)
            .ConfigureAwait(false);
    }

    private async Task WriteRosterAsync(string filingId, IReadOnlyList<RosterEntry> roster, CancellationToken ct)
    {
        var batches = roster
            .Select((person, index) => new TableTransactionAction(TableTransactionActionType.UpsertReplace, RosterRows.ToEntity(filingId, index, person)))
            .Chunk(BatchSize);
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentBatches, CancellationToken = ct },
            async (batch, token) => await _roster.SubmitTransactionAsync(batch, token).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private async Task DeleteRosterFromAsync(string filingId, int count, CancellationToken ct)
    {
        var stale = new List<TableEntity>();
        await foreach (var row in _roster.QueryAsync(RosterRows.From(filingId, count), select: ["PartitionKey", "RowKey"], ct: ct).ConfigureAwait(false))
            stale.Add(row);
        foreach (var batch in stale.Chunk(BatchSize))
            await _roster.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r)).ToArray(), ct)
                .ConfigureAwait(false);
    }
}
