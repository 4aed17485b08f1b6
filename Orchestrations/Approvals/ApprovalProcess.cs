using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Orchestrations.Approvals;

/// <summary>
/// The reopening approval of one filing, as a pure decider over the district policy: routes by scale and category,
/// co-signing, on-site checks, the green channel, reminders, escalation, return and amendment, permit and call-back.
/// </summary>
public sealed class ApprovalProcess(DistrictPolicy policy) : IProcess<ApprovalState, ApprovalCommand, ApprovalEvent, ApprovalEffect>
{
    public const string ProcessName = "approval";

    private readonly FilingRules _filings = new(policy);
    private readonly DecisionRules _decisions = new(policy);
    private readonly DeadlineRules _deadlines = new(policy);

    public string Name => ProcessName;

    public ApprovalState Initial => ApprovalState.Initial;

    public DistrictPolicy Policy => policy;

    public IReadOnlyList<ApprovalEvent> Decide(ApprovalCommand command, ApprovalState state, DateTimeOffset now) => command switch
    {
        Submit c => _filings.Submit(c, state, now),
        RecordDecision c => _decisions.Decide(c, state, now),
        Amend c => _filings.Amend(c, state, now),
        Withdraw c => _filings.Withdraw(c, state, now),
        Remind c => _deadlines.Remind(c, state, now),
        Escalate c => _deadlines.Escalate(c, state, now),
        CloseCallback c => _filings.CloseCallback(c, state, now),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown approval command."),
    };

    public ApprovalState Evolve(ApprovalState state, ApprovalEvent @event) => ApprovalEvolution.Apply(state, @event);

    public IEnumerable<ApprovalEffect> Effects(ApprovalState state, ApprovalEvent @event) => ApprovalOutbox.For(state, @event);

    public IEnumerable<DurableTimer<ApprovalCommand>> Timers(ApprovalState state, ApprovalEvent @event) => @event switch
    {
        StepOpened e => [new(e.RemindAt, new Remind(e.StepId, e.Round, 0)), new(e.DeadlineAt, new Escalate(e.StepId, e.Round, 0))],
        StepEscalated e => [new(e.RemindAt, new Remind(e.StepId, e.Round, e.Level)), new(e.DeadlineAt, new Escalate(e.StepId, e.Round, e.Level))],
        _ => [],
    };

    /// <summary>
    /// For the page a decision link opens (a GET changes nothing): null when the approver may decide the step in that
    /// round now, else the rejection code a decision would get (see <see cref="ApprovalRejections"/>).
    /// </summary>
    public static string? WhyCannotDecide(ApprovalState state, string stepId, int round, string approverId)
    {
        try
        {
            DecisionRules.CheckDecider(new RecordDecision(stepId, round, approverId, Verdict.Approve, null, new("check", null, null)), state);
            return null;
        }
        catch (CommandRejectedException e)
        {
            return e.Code;
        }
    }

    /// <summary>Approved or withdrawn, or rejected with the call-back done: nothing can happen to the filing any more.</summary>
    public bool IsFinished(ApprovalState state) => state.Status switch
    {
        ApprovalStatus.Approved or ApprovalStatus.Withdrawn => true,
        ApprovalStatus.Rejected => state.Callback is null || state.Callback.Status == CallbackStatus.Closed,
        _ => false,
    };

    /// <summary>New | Pending | Returned | Approved | Rejected | Withdrawn.</summary>
    public string StatusOf(ApprovalState state) => state.Status.ToString();
}
