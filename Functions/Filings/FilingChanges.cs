using Reopen.Functions.Approvals;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Filings;

internal enum ChangeOutcome { Done, NotFound, NotReturned, Closed, RouteChanged }

/// <param name="ChangedRouteFields">Paths of the routing fields an amendment tried to change.</param>
internal sealed record ChangeResult(ChangeOutcome Outcome, ApprovalStatus? Status, IReadOnlyList<string> ChangedRouteFields)
{
    public static ChangeResult Of(ChangeOutcome outcome, ApprovalStatus? status = null) => new(outcome, status, []);
}

/// <summary>What a business may do to its own filing after submitting: amend it once returned, withdraw it while open.</summary>
internal sealed class FilingChanges(FilingStore store, FilingAmendLease leases, ApprovalHost approvals, DistrictPolicy policy, TimeProvider time,
    ILogger<FilingChanges> logger)
{
    /// <summary>
    /// Files a new version of a returned filing, then resumes the returned step. The filing must be valid. Earlier versions
    /// stay as they were: the approvers of earlier rounds saw them.
    /// </summary>
    /// <param name="note">What the business tells the approver about the amendment, kept in the history.</param>
    public async Task<ChangeResult> AmendAsync(StoredFiling stored, Filing amended, string? note, CancellationToken ct)
    {
        var lease = await leases.TryAcquireAsync(stored.FilingId, ct);
        if (lease is null)
        {
            // Another amendment is under way; once it lands the filing is no longer returned.
            logger.LogInformation("Filing {FilingId}: amendment refused while another one is under way", stored.FilingId);
            return ChangeResult.Of(ChangeOutcome.NotReturned, (await approvals.GetAsync(stored.FilingId, ct))?.State.Status);
        }
        try
        {
            return await AmendHoldingLeaseAsync(stored.FilingId, amended, note, ct);
        }
        finally
        {
            await leases.ReleaseAsync(stored.FilingId, lease, CancellationToken.None);
        }
    }

    private async Task<ChangeResult> AmendHoldingLeaseAsync(string filingId, Filing amended, string? note, CancellationToken ct)
    {
        var state = (await approvals.GetAsync(filingId, ct))?.State;
        if (state?.Filing is not { } before) return ChangeResult.Of(ChangeOutcome.NotFound);
        if (state.Status != ApprovalStatus.Returned) return ChangeResult.Of(ChangeOutcome.NotReturned, state.Status);
        var after = FilingSummary.From(filingId, amended, policy);
        var changed = ChangedRouteFields(before, after);
        if (changed.Count > 0) return new(ChangeOutcome.RouteChanged, state.Status, changed);
        var version = FilingVersions.Current(state);
        if (await store.GetDocumentAsync(filingId, version, ct) is not { } current) return ChangeResult.Of(ChangeOutcome.NotFound);

        // The new version first, so the resumed step's links show what they ask to decide; until the approval accepts the
        // amendment nothing reads it, so a refusal leaves the version in force untouched.
        await store.SaveVersionAsync(current, version + 1, amended, time.GetUtcNow(), ct);
        var result = await RunAsync(filingId, new Amend(after, note), ct);
        if (result.Outcome == ChangeOutcome.Done)
            logger.LogInformation("Filing {FilingId} amended to version {Version}, {StaffCount} staff", filingId, version + 1, after.StaffCount);
        return result;
    }

    public async Task<ChangeResult> WithdrawAsync(string filingId, string? reason, CancellationToken ct)
    {
        var state = (await approvals.GetAsync(filingId, ct))?.State;
        if (state?.Filing is null) return ChangeResult.Of(ChangeOutcome.NotFound);
        if (state.IsClosed) return ChangeResult.Of(ChangeOutcome.Closed, state.Status);
        var result = await RunAsync(filingId, new Withdraw(string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()), ct);
        if (result.Outcome == ChangeOutcome.Done) logger.LogInformation("Filing {FilingId} withdrawn by the business", filingId);
        return result;
    }

    // Someone may decide between our check and our command: the approval then refuses it, and we say why.
    private async Task<ChangeResult> RunAsync(string filingId, ApprovalCommand command, CancellationToken ct)
    {
        try
        {
            var result = await approvals.HandleAsync(filingId, command, RequestCommandId.New(), ct);
            return ChangeResult.Of(ChangeOutcome.Done, result.State.Status);
        }
        catch (CommandRejectedException e) when (e.Code is ApprovalRejections.NotReturned or ApprovalRejections.Closed)
        {
            var status = (await approvals.GetAsync(filingId, ct))?.State.Status;
            return ChangeResult.Of(e.Code == ApprovalRejections.Closed ? ChangeOutcome.Closed : ChangeOutcome.NotReturned, status);
        }
    }

    private static List<string> ChangedRouteFields(FilingSummary before, FilingSummary after)
    {
        var changed = new List<string>();
        if (after.StreetCode != before.StreetCode) changed.Add("business.street");
        if (after.SectorCode != before.SectorCode) changed.Add("business.sector");
        if (after.Category != before.Category) changed.Add("business.category");
        if (after.Scale != before.Scale) changed.Add("business.scale");
        if (after.CreditCode != before.CreditCode) changed.Add("business.creditCode");
        return changed;
    }
}
