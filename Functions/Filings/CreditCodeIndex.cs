using Azure;
using Azure.Data.Tables;
using Reopen.Functions.Hosting.Storage;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Storage;

namespace Reopen.Functions.Filings;

/// <summary>The filing that holds a credit code, or none; claimed before anything of a new filing is written.</summary>
internal abstract record CreditCodeClaim
{
    public sealed record Granted : CreditCodeClaim;

    /// <param name="Status">Null while the holder is still being filed (its approval not started yet).</param>
    public sealed record HeldBy(string FilingId, ApprovalStatus? Status) : CreditCodeClaim;
}

/// <summary>
/// One row per credit code naming the filing that holds it. A code is free again once its filing is closed (approved,
/// rejected or withdrawn); taking it over is an ETag-guarded replace, so of two concurrent submissions exactly one wins.
/// </summary>
internal sealed class CreditCodeIndex(AppTables tables, ApprovalEngine approvals, TimeProvider time)
{
    private const string Row = "holder";
    private const int MaxAttempts = 10;

    // A claim whose filing never reached the approval (the request crashed) stops blocking after this long.
    internal static readonly TimeSpan UnfinishedClaimExpiry = TimeSpan.FromMinutes(5);

    private readonly TableClient _table = tables.Get(FilingTables.CreditCodes);

    public async Task<CreditCodeClaim> ClaimAsync(string creditCode, string filingId, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var now = time.GetUtcNow();
            var claim = new TableEntity(creditCode, Row) { ["FilingId"] = filingId, ["ClaimedAt"] = now };
            try
            {
                await _table.AddEntityAsync(claim, ct);
                return new CreditCodeClaim.Granted();
            }
            catch (RequestFailedException e) when (e.Status == 409) { }

            var current = await _table.GetEntityOrNullAsync(creditCode, Row, ct: ct);
            if (current is null) continue;
            var holder = current.GetString("FilingId") ?? "";
            if (holder == filingId) return new CreditCodeClaim.Granted();

            var held = await StillHeldAsync(holder, creditCode, current.GetDateTimeOffset("ClaimedAt") ?? default, now, ct);
            if (held is not null) return held;
            try
            {
                await _table.UpdateEntityAsync(claim, current.ETagOrAll(), TableUpdateMode.Replace, ct);
                return new CreditCodeClaim.Granted();
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                // Someone else took it over (or it vanished) meanwhile: look again.
            }
        }
        throw new InvalidOperationException($"The credit-code index kept changing during {MaxAttempts} attempts.");
    }

    private async Task<CreditCodeClaim.HeldBy?> StillHeldAsync(string holder, string creditCode, DateTimeOffset claimedAt, DateTimeOffset now,
        CancellationToken ct)
    {
        if (!FilingIds.IsWellFormed(holder)) return null;
        var snapshot = await approvals.GetAsync(holder, ct);
        if (snapshot is null)
            return now - claimedAt < UnfinishedClaimExpiry ? new CreditCodeClaim.HeldBy(holder, null) : null;
        var state = snapshot.State;
        return state.IsClosed || state.Filing?.CreditCode != creditCode ? null : new CreditCodeClaim.HeldBy(holder, state.Status);
    }
}
