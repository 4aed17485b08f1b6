using System.Text.Json;
using Reopen.Functions.Hosting.Urls;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Filings;

/// <summary>
/// Files a validated filing: Idempotency-Key record, credit-code claim, document and roster, then the approval's Submit.
/// Each step can be repeated, so a retry with the same key after a crash resumes the same filing with the same code.
/// </summary>
internal sealed class FilingSubmission(
    FilingStore store,
    SubmissionRecords records,
    CreditCodeIndex creditCodes,
    ApprovalEngine approvals,
    DistrictPolicy policy,
    FilingLinkBuilder links,
    TimeProvider time,
    ILogger<FilingSubmission> logger)
{
    public async Task<SubmissionOutcome> SubmitAsync(Filing filing, string requestHash, string? idempotencyKey, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        string filingId, accessCode;
        SubmissionRecord? record = null;
        if (idempotencyKey is null)
        {
            (filingId, accessCode) = (FilingIds.New(now), AccessCodes.New());
        }
        else
        {
            (record, var answerNow) = await StartOrResumeAsync(idempotencyKey, requestHash, now, ct);
            if (answerNow is not null) return answerNow;
            (filingId, accessCode) = (record!.FilingId, IdempotencyKeys.DecryptAccessCode(idempotencyKey, record.SealedAccessCode));
        }

        var summary = FilingSummary.From(filingId, filing, policy);
        if (await creditCodes.ClaimAsync(summary.CreditCode, filingId, ct) is CreditCodeClaim.HeldBy held)
        {
            if (idempotencyKey is not null) await records.ForgetAsync(idempotencyKey, ct);
            logger.LogInformation("Filing refused: open filing {ExistingFilingId} holds the credit code", held.FilingId);
            return new SubmissionOutcome.OpenFilingExists(held.FilingId, held.Status);
        }

        await store.SaveAsync(filingId, filing, AccessCodes.Hash(filingId, accessCode), now, now, mayRewrite: idempotencyKey is not null, ct);
        // A fresh id (no Idempotency-Key) is known to nobody yet: its approval starts without looking for an earlier one.
        var result = idempotencyKey is null
            ? await approvals.StartNewAsync(filingId, new Submit(summary), "submit", ct)
            : await approvals.HandleAsync(filingId, new Submit(summary), commandId: "submit", ct: ct);
        var answer = new FilingCreated(filingId, accessCode, result.State.Status.ToString(), links.StatusPage(filingId),
            links.For(filingId, result.State.Status));
        if (idempotencyKey is not null)
            await records.CompleteAsync(idempotencyKey, record!, JsonSerializer.Serialize(answer with { AccessCode = "" }), now, ct);

        logger.LogInformation("Filing {FilingId} submitted: {Category}, {Scale}, street {Street}, {StaffCount} staff, resumed {Resumed}",
            filingId, summary.Category, summary.Scale, summary.StreetCode, summary.StaffCount, result.Duplicate);
        return new SubmissionOutcome.Filed(answer, Replayed: false);
    }

    /// <summary>The record to go on with, or the outcome to answer at once (a replay, or a key reused for another filing).</summary>
    private async Task<(SubmissionRecord? Record, SubmissionOutcome? Answer)> StartOrResumeAsync(string key, string requestHash, DateTimeOffset now, CancellationToken ct)
    {
        while (true)
        {
            var existing = await records.GetAsync(key, ct);
            if (existing is null)
            {
                var fresh = new SubmissionRecord(requestHash, FilingIds.FromIdempotencyKey(key, now),
                    IdempotencyKeys.EncryptAccessCode(key, AccessCodes.New()), AnswerJson: null);
                if (await records.TryStartAsync(key, fresh, now, ct)) return (fresh, null);
                continue; // a concurrent request with the same key started first: follow its record
            }
            if (existing.RequestHash != requestHash) return (null, new SubmissionOutcome.KeyReused());
            if (!existing.IsCompleted) return (existing, null);

            var first = JsonSerializer.Deserialize<FilingCreated>(existing.AnswerJson!)!;
            logger.LogInformation("Filing {FilingId}: submission replayed for a repeated Idempotency-Key", first.FilingId);
            return (null, new SubmissionOutcome.Filed(
                first with { AccessCode = IdempotencyKeys.DecryptAccessCode(key, existing.SealedAccessCode) }, Replayed: true));
        }
    }
}
