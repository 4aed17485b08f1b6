using Azure;
using Azure.Data.Tables;
using Reopen.Functions.Hosting.Storage;
using Reopen.Orchestrations.Storage;

namespace Reopen.Functions.Filings;

/// <summary>
/// One amendment of a filing at a time: two concurrent amendments would both write the next version's row, and the one the
/// approval refused could overwrite the one it accepted. A lease row (Filings table, RowKey "amending") guards the write and
/// the command; a lease left by a crashed request lapses after <see cref="Duration"/>.
/// </summary>
internal sealed class FilingAmendLease(AppTables tables, TimeProvider time)
{
    private const string Row = "amending";
    internal static readonly TimeSpan Duration = TimeSpan.FromMinutes(2);

    private readonly TableClient _table = tables.Get(FilingTables.Filings);

    /// <summary>The lease's ETag, or null while another amendment of the filing holds it.</summary>
    public async Task<ETag?> TryAcquireAsync(string filingId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var lease = new TableEntity(filingId, Row) { ["ExpiresAt"] = now + Duration };
        try
        {
            return (await _table.AddEntityAsync(lease, ct)).Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status == 409) { }

        var held = await _table.GetEntityOrNullAsync(filingId, Row, ct: ct);
        if (held is null || held.GetDateTimeOffset("ExpiresAt") > now) return null;
        try
        {
            return (await _table.UpdateEntityAsync(lease, held.ETagOrAll(), TableUpdateMode.Replace, ct)).Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return null; // another request took the lapsed lease first
        }
    }

    public async Task ReleaseAsync(string filingId, ETag etag, CancellationToken ct)
    {
        try
        {
            await _table.DeleteEntityAsync(filingId, Row, etag, ct);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // It lapsed and another request holds it now: that one releases it.
        }
    }
}
