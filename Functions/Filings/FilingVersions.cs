using Reopen.Orchestrations.Approvals;

namespace Reopen.Functions.Filings;

/// <summary>
/// Which version of a filing's document is in force, derived from the approval's state so no pointer can lag behind it:
/// version 1 is the filing as submitted, and each accepted amendment adds one. Every amendment reopens the returned step in
/// its next round and the route runs one step at a time, so the number of amendments is the sum of (round - 1) over the steps.
/// </summary>
public static class FilingVersions
{
    public const int First = 1;

    /// <summary>The version in force now; the first while the approval has not started.</summary>
    public static int Current(ApprovalState? state) =>
        First + (state?.Steps.Sum(s => Math.Max(0, s.Round - 1)) ?? 0);

    /// <summary>The version that was in force when round <paramref name="round"/> of step <paramref name="stepId"/> opened.</summary>
    public static int OfRound(ApprovalState state, string stepId, int round)
    {
        var before = state.Steps.TakeWhile(s => s.StepId != stepId).Sum(s => Math.Max(0, s.Round - 1));
        return First + before + Math.Max(0, round - 1);
    }
}
