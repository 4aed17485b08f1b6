using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;
using static Reopen.Orchestrations.Approvals.ApprovalRejections;

namespace Reopen.Orchestrations.Approvals;

// What the business may do: submit, amend after a return, withdraw; and the call-back that follows a rejection.
internal sealed class FilingRules(DistrictPolicy policy)
{
    public const int MaxTextLength = FilingLimits.NoteLength;

    public IReadOnlyList<ApprovalEvent> Submit(Submit command, ApprovalState state, DateTimeOffset now)
    {
        if (state.Status != ApprovalStatus.New) throw Rejected(AlreadySubmitted, "The filing was already submitted.");
        var filing = command.Filing;
        if (string.IsNullOrWhiteSpace(filing.FilingId)) throw Rejected(InvalidFiling, "The filing has no id.");
        if (policy.FindStreet(filing.StreetCode) is null) throw Rejected(InvalidFiling, $"Street '{filing.StreetCode}' is not in the district.");
        if (policy.FindSector(filing.SectorCode) is null) throw Rejected(InvalidFiling, $"Sector '{filing.SectorCode}' is not in the district.");
        if (filing.Category == BusinessCategory.Entertainment) throw Rejected(InvalidFiling, "Entertainment venues stay closed.");
        var route = RoutePlanner.Plan(filing, policy);
        return [new FilingSubmitted(filing, route, now), StepClock.Open(route[0], 1, now, policy)];
    }

    public IReadOnlyList<ApprovalEvent> Amend(Amend command, ApprovalState state, DateTimeOffset now)
    {
        EnsureSubmittedAndOpen(state);
        if (state.Status != ApprovalStatus.Returned) throw Rejected(NotReturned, "Only a returned filing can be amended.");
        var before = state.Filing!;
        var after = command.Filing;
        if (after.FilingId != before.FilingId) throw Rejected(InvalidFiling, "The amendment is for another filing.");
        if (after.ChangedRouteFields(before).Count > 0)
            throw Rejected(RouteChanged, "Street, sector, category, scale and credit code cannot change; withdraw and file again.");
        EnsureLength(command.Note);
        var step = state.CurrentStep!;
        return [new FilingAmended(after, command.Note, now), StepClock.Open(step.Plan, step.Round + 1, now, policy)];
    }

    public IReadOnlyList<ApprovalEvent> Withdraw(Withdraw command, ApprovalState state, DateTimeOffset now)
    {
        EnsureSubmittedAndOpen(state);
        EnsureLength(command.Reason);
        return [new FilingWithdrawn(command.Reason, now)];
    }

    public IReadOnlyList<ApprovalEvent> CloseCallback(CloseCallback command, ApprovalState state, DateTimeOffset now)
    {
        if (state.Status == ApprovalStatus.New) throw Rejected(NotSubmitted, "The filing was never submitted.");
        if (state.Callback is null) throw Rejected(NoCallback, "Only a rejected filing has a call-back task.");
        if (state.Callback.Status == CallbackStatus.Closed)
            throw Rejected(CallbackAlreadyClosed, $"The call-back was closed at {state.Callback.ClosedAt:u} by {state.Callback.ClosedBy?.Id}.");
        var official = policy.FindOfficial(command.OfficialId)
            ?? throw Rejected(NotAnOfficial, $"'{command.OfficialId}' is not an official of the district.");
        if (string.IsNullOrWhiteSpace(command.Notes)) throw Rejected(ReasonRequired, "Say what was agreed on the call.");
        EnsureLength(command.Notes);
        return [new CallbackClosed(official, command.Notes.Trim(), now)];
    }

    private static void EnsureSubmittedAndOpen(ApprovalState state)
    {
        if (state.Status == ApprovalStatus.New) throw Rejected(NotSubmitted, "The filing was never submitted.");
        if (state.IsClosed) throw Rejected(Closed, $"The filing is {state.Status}.");
    }

    internal static void EnsureLength(string? text)
    {
        if (text is { Length: > MaxTextLength }) throw Rejected(TextTooLong, $"Text may be at most {MaxTextLength} characters.");
    }

    internal static CommandRejectedException Rejected(string code, string message) => new(code, message);
}
