using Azure;
using Azure.Data.Tables;
using Reopen.Functions.Hosting.Storage;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Storage;

namespace Reopen.Functions.Filings;

/// <summary>
/// Every version of a filing in Table storage: each document the business filed under its own row, each roster it filed
/// one entity per person under its own prefix, written in entity-group transactions of 100. The version in force follows
/// the approval's state (<see cref="FilingVersions"/>), so a version written for an amendment the approval then refused is
/// never read. Every write is an upsert, so a retried submission or amendment writes the same rows.
/// </summary>
public sealed class FilingStore
{
    private const int BatchSize = 100;
    private const int ConcurrentBatches = 4;

    private readonly TableClient _filings;
    private readonly TableClient _roster;
    private readonly ApprovalEngine _approvals;

    public FilingStore(AppTables tables, ApprovalEngine approvals)
    {
        _filings = tables.Get(FilingTables.Filings);
        _roster = tables.Get(FilingTables.Roster);
        _approvals = approvals;
    }

    // The version in force: 1 until an amendment is accepted.
    private async Task<int> CurrentVersionAsync(string filingId, CancellationToken ct) =>
        FilingVersions.Current((await _approvals.GetAsync(filingId, ct).ConfigureAwait(false))?.State);

    /// <summary>The version in force with its whole roster (up to 5,000 people, a few queries); null for an unknown id.</summary>
    public async Task<StoredFiling?> GetAsync(string filingId, CancellationToken ct = default) =>
        FilingIds.IsWellFormed(filingId) ? await GetAsync(filingId, await CurrentVersionAsync(filingId, ct).ConfigureAwait(false), ct).ConfigureAwait(false) : null;

    /// <summary>One version with its whole roster; null when it was never written.</summary>
    public async Task<StoredFiling?> GetAsync(string filingId, int version, CancellationToken ct = default)
    {
        var document = await GetDocumentAsync(filingId, version, ct).ConfigureAwait(false);
        if (document is null) return null;
        var roster = await GetRosterAsync(document, 0, document.RosterCount, ct).ConfigureAwait(false);
        return document with { Filing = document.Filing with { Roster = roster } };
    }

    /// <summary>The version in force without its roster (<see cref="StoredFiling.RosterCount"/> still says how many); null for an unknown id.</summary>
    public async Task<StoredFiling?> GetDocumentAsync(string filingId, CancellationToken ct = default) =>
        FilingIds.IsWellFormed(filingId) ? await GetDocumentAsync(filingId, await CurrentVersionAsync(filingId, ct).ConfigureAwait(false), ct).ConfigureAwait(false) : null;

    /// <summary>One version without its roster; null when it was never written.</summary>
    public async Task<StoredFiling?> GetDocumentAsync(string filingId, int version, CancellationToken ct = default)
    {
        if (!FilingIds.IsWellFormed(filingId) || version < FilingVersions.First) return null;
        var row = await _filings.GetEntityOrNullAsync(filingId, FilingRows.DocumentRow(version), ct: ct).ConfigureAwait(false);
        return row is null ? null : FilingRows.FromEntity(row);
    }

    /// <summary>People <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> of the roster in force, in the order filed.</summary>
    public async Task<IReadOnlyList<RosterEntry>> GetRosterAsync(string filingId, int skip, int take, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        if (take == 0) return [];
        return await GetDocumentAsync(filingId, ct).ConfigureAwait(false) is { } document
            ? await GetRosterAsync(document, skip, take, ct).ConfigureAwait(false)
            : [];
    }

    /// <summary>People <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> of the roster of one version.</summary>
    public async Task<IReadOnlyList<RosterEntry>> GetRosterAsync(StoredFiling document, int skip, int take, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        // Never past the count: rows beyond it may be left from an amendment the approval refused.
        take = Math.Min(take, Math.Max(0, document.RosterCount - skip));
        if (take == 0) return [];
        var roster = new List<RosterEntry>(Math.Min(take, FilingLimits.MaxRoster));
        await foreach (var row in _roster.QueryAsync<TableEntity>(RosterRows.Range(document.FilingId, document.RosterVersion, skip, skip + take), cancellationToken: ct)
            .ConfigureAwait(false))
            roster.Add(RosterRows.FromEntity(row));
        return roster;
    }

    /// <summary>Writes (or rewrites, on a retry) version 1: the filing as submitted.</summary>
    /// <param name="mayRewrite">An earlier attempt may have written this filing (a submission resumed by its Idempotency-Key).</param>
    internal async Task SaveAsync(string filingId, Filing filing, string accessCodeHash, DateTimeOffset submittedAt, DateTimeOffset now,
        bool mayRewrite, CancellationToken ct = default)
    {
        var first = new StoredFiling(filingId, filing, filing.Roster.Count, submittedAt, now)
        {
            Version = FilingVersions.First, RosterVersion = FilingVersions.First, RosterHash = RosterRows.Hash(filing.Roster),
            AccessCodeHash = accessCodeHash,
        };
        await WriteVersionAsync(first, writeRoster: true, mayRewrite, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes version <paramref name="version"/> after <paramref name="current"/>; the roster rows only when the roster changed,
    /// else the new version lists the roster it shares. Nothing reads the new version until the approval accepts the amendment.
    /// </summary>
    internal async Task<StoredFiling> SaveVersionAsync(StoredFiling current, int version, Filing filing, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(version, current.Version);
        var hash = RosterRows.Hash(filing.Roster);
        var rosterChanged = hash != current.RosterHash;
        var next = current with
        {
            Filing = filing, RosterCount = filing.Roster.Count, UpdatedAt = now,
            Version = version, RosterVersion = rosterChanged ? version : current.RosterVersion, RosterHash = hash,
        };
        // A crashed or refused amendment may have written this version already.
        await WriteVersionAsync(next, rosterChanged, mayRewrite: true, ct).ConfigureAwait(false);
        return next;
    }

    private async Task WriteVersionAsync(StoredFiling version, bool writeRoster, bool mayRewrite, CancellationToken ct)
    {
        // A first write of a new filing has no reader yet (its approval starts after it): the roster and the document go at once.
        if (writeRoster && !mayRewrite && version.Version == FilingVersions.First)
        {
            await Task.WhenAll(WriteRosterAsync(version.FilingId, version.RosterVersion, version.Filing.Roster, ct),
                _filings.UpsertEntityAsync(FilingRows.ToEntity(version), TableUpdateMode.Replace, ct)).ConfigureAwait(false);
            return;
        }
        // Otherwise the roster first: a document never points at people who are not stored yet.
        if (writeRoster)
        {
            await WriteRosterAsync(version.FilingId, version.RosterVersion, version.Filing.Roster, ct).ConfigureAwait(false);
            if (mayRewrite)
                await DeleteRosterFromAsync(version.FilingId, version.RosterVersion, version.Filing.Roster.Count, ct).ConfigureAwait(false);
        }
        await _filings.UpsertEntityAsync(FilingRows.ToEntity(version), TableUpdateMode.Replace, ct).ConfigureAwait(false);
    }

    private async Task WriteRosterAsync(string filingId, int rosterVersion, IReadOnlyList<RosterEntry> roster, CancellationToken ct)
    {
        var batches = roster
            .Select((person, index) => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                RosterRows.ToEntity(filingId, rosterVersion, index, person)))
            .Chunk(BatchSize);
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentBatches, CancellationToken = ct },
            async (batch, token) => await _roster.SubmitTransactionAsync(batch, token).ConfigureAwait(false)).ConfigureAwait(false);
    }

    // A rewrite of the same version (a retry, or a refused amendment written again) may list fewer people.
    private async Task DeleteRosterFromAsync(string filingId, int rosterVersion, int count, CancellationToken ct)
    {
        var stale = new List<TableEntity>();
        await foreach (var row in _roster.QueryAsync<TableEntity>(RosterRows.From(filingId, rosterVersion, count), select: ["PartitionKey", "RowKey"], cancellationToken: ct)
            .ConfigureAwait(false))
            stale.Add(row);
        foreach (var batch in stale.Chunk(BatchSize))
            await _roster.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)).ToArray(), ct)
                .ConfigureAwait(false);
    }
}
