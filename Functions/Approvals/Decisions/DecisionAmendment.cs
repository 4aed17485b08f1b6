using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Approvals.Decisions;

/// <summary>Why a round after the first exists: who returned the filing in the round before and why, and what the business said when it amended.</summary>
internal sealed record DecisionAmendment(Official ReturnedBy, string ReturnReason, DateTimeOffset ReturnedAt, string? Note, DateTimeOffset AmendedAt)
{
    /// <summary>The amendment that opened round <paramref name="round"/> of the step; null for round 1.</summary>
    public static DecisionAmendment? Find(IReadOnlyList<RecordedEvent<ApprovalEvent>> history, string stepId, int round)
    {
        if (round <= 1) return null;
        var opened = history.ToList().FindIndex(r => r.Event is StepOpened o && o.StepId == stepId && o.Round == round);
        if (opened < 1) return null;
        // The amendment and the round it opens are committed together, the amendment first.
        if (history[opened - 1].Event is not FilingAmended amended) return null;
        var returned = history.Take(opened).Select(r => r.Event).OfType<FilingReturned>().LastOrDefault(r => r.StepId == stepId && r.Round == round - 1);
        return returned is null ? null : new DecisionAmendment(returned.By, returned.Reason, returned.At, amended.Note, amended.At);
    }
}

/// <summary>Reads the history only for rounds after the first.</summary>
internal sealed class DecisionAmendmentReader(ApprovalEngine approvals)
{
    public async Task<DecisionAmendment?> ReadAsync(string filingId, string stepId, int round, CancellationToken ct) =>
        round <= 1 ? null : DecisionAmendment.Find(await approvals.HistoryAsync(filingId, ct), stepId, round);
}
