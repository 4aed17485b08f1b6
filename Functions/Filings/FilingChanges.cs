using Reopen.Functions.Approvals;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Filings;

internal enum ChangeOutcome { Done, NotFound, NotReturned, Closed, RouteChanged }

/// <param name="State">The approval's state after the change, or as read when it was refused; null when there is none.</param>
/// <param name="ChangedRouteFields">Paths of the routing fields an amendment tried to change.</param>
internal sealed record ChangeResult(ChangeOutcome Outcome, ApprovalState? State, IReadOnlyList<string> ChangedRouteFields)
{
    public ApprovalStatus? Status => State?.Status;

    public static ChangeResult Of(ChangeOutcome outcome, ApprovalState? state = null) => new(outcome, state, []);
}

/// <summary>What a business may do to its own filing after submitting: amend it once returned, withdraw it while open.</summary>
internal sealed class FilingChanges(FilingStore store, FilingAmendLease leases, ApprovalEngine approvals, DistrictPolicy policy, TimeProvider time,
    ILogger<FilingChanges> logger)
{
    /// <summary>
    /// Files a new version of a returned filing, then resumes the returned step. The filing must be valid. Earlier versions
    /// stay as they were: the approvers of earlier rounds saw them.
    /// </summary>
    /// <param name="known">The document the caller already read, if any: used when it is still the version in force.</param>
    /// <param name="note">What the business tells the approver about the amendment, kept in the history.</param>
    public async Task<ChangeResult> AmendAsync(string filingId, StoredFiling? known, Filing amended, string? note, CancellationToken ct)
    {
        var lease = await leases.TryAcquireAsync(filingId, ct);
        if (lease is null)
        {
            // Another amendment is under way; once it lands the filing is no longer returned.
            logger.LogInformation("Filing {FilingId}: amendment refused while another one is under way", filingId);
            return ChangeResult.Of(ChangeOutcome.NotReturned, (await approvals.GetAsync(filingId, ct))?.State);
        }
        try
        {
            return await AmendHoldingLeaseAsync(filingId, known, amended, note, ct);
        }
        finally
        {
            await leases.ReleaseAsync(filingId, lease.Value, CancellationToken.None);
        }
    }

    private async Task<ChangeResult> AmendHoldingLeaseAsync(string filingId, StoredFiling? known, Filing amended, string? note, CancellationToken ct)
    {
        // Read again under the lease: only now can no other amendment move the version on.
        var state = (await approvals.GetAsync(filingId, ct))?.State;
        if (state?.Filing is not { } before) return ChangeResult.Of(ChangeOutcome.NotFound);
        if (state.Status != ApprovalStatus.Returned) return ChangeResult.Of(ChangeOutcome.NotReturned, state);
        var after = FilingSummary.From(filingId, amended, policy);
        var changed = after.ChangedRouteFields(before);
        if (changed.Count > 0) return new(ChangeOutcome.RouteChanged, state, changed);
        var version = FilingVersions.Current(state);
        var current = known is { } k && k.FilingId == filingId && k.Version == version
            ? k
            : await store.GetDocumentAsync(filingId, version, ct);
        if (current is null) return ChangeResult.Of(ChangeOutcome.NotFound);

        // The new version first, so the resumed step's links show what they ask to decide; until the approval accepts the
        // amendment nothing reads it, so a refusal leaves the version in force untouched.
        await store.SaveVersionAsync(current, version + 1, amended, time.GetUtcNow(), ct);
        var result = await RunAsync(filingId, new Amend(after, note), ct);
        if (result.Outcome == ChangeOutcome.Done)
            logger.LogInformation("Filing {FilingId} amended to version {Version}, {StaffCount} staff", filingId, version + 1, after.StaffCount);
        return result;
    }

    // The approval checks that the filing was submitted and is still open; RunAsync says why when it is not.
    public async Task<ChangeResult> WithdrawAsync(string filingId, string? reason, CancellationToken ct)
    {
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
            return ChangeResult.Of(ChangeOutcome.Done, result.State);
        }
        catch (CommandRejectedException e) when (e.Code is ApprovalRejections.NotSubmitted)
        {
            return ChangeResult.Of(ChangeOutcome.NotFound);
        }
        catch (CommandRejectedException e) when (e.Code is ApprovalRejections.NotReturned or ApprovalRejections.Closed)
        {
            var state = (await approvals.GetAsync(filingId, ct))?.State;
            return ChangeResult.Of(e.Code == ApprovalRejections.Closed ? ChangeOutcome.Closed : ChangeOutcome.NotReturned, state);
        }
    }
}
