using Reopen.Orchestrations.Approvals;

namespace Reopen.Functions.Filings;

/// <summary>What became of a submission.</summary>
internal abstract record SubmissionOutcome
{
    /// <param name="Replayed">The first answer to the same Idempotency-Key, given again; nothing new was filed.</param>
    public sealed record Filed(FilingCreated Answer, bool Replayed) : SubmissionOutcome;

    /// <summary>An open filing already holds the credit code; nothing was written.</summary>
    public sealed record OpenFilingExists(string ExistingFilingId, ApprovalStatus? Status) : SubmissionOutcome;

    /// <summary>The Idempotency-Key was used before with a different filing; nothing was written.</summary>
    public sealed record KeyReused : SubmissionOutcome;
}
