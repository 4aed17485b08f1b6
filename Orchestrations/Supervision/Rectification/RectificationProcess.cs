using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Orchestrations.Supervision.Rectification;

/// <summary>
/// One rectification notice (整改通知书), from the inspection that issued it to its close: the business is told and reminded
/// before the deadline; it reports its fix and a re-inspection is assigned; passed → closed (a suspended permit is
/// reinstated); not reported by the deadline → a supervision order to the street's head with its own deadline, then
/// closure (the permit suspended); a re-inspection failed twice → the permit revoked. Pure: time arrives as now.
/// </summary>
public sealed class RectificationProcess(SupervisionRules rules)
    : IProcess<RectificationState, RectificationCommand, RectificationEvent, RectificationEffect>
{
    public const string ProcessName = "rectification";

    /// <summary>The second failed re-inspection revokes the permit.</summary>
    public const int FailuresToRevoke = 2;

    public string Name => ProcessName;

    public RectificationState Initial => RectificationState.Initial;

    /// <summary>The notice's process instance: one per inspection that issued it.</summary>
    public static string InstanceIdFor(string filingId, string inspectionKey) => $"R-{filingId}-{inspectionKey}";

    public IReadOnlyList<RectificationEvent> Decide(RectificationCommand command, RectificationState state, DateTimeOffset now) => command switch
    {
        OpenRectification c => state.Status == RectificationStatus.New
            ? [new NoticeIssued(c.Notice, now + rules.RectifyWithin, Document(c.Notice, state, DocumentKind.Problem, now, now + rules.RectifyWithin, c.Notice.FailedItems), now)]
            : [],
        RemindRectification c when c.Round == state.Round && state.Status == RectificationStatus.Open && !state.RemindedThisRound =>
            [new RectificationReminded(c.Round, Document(state.Notice!, state, DocumentKind.Reminder, now, state.RectifyBy, state.OpenItems), now)],
        CheckRectificationDeadline c when c.Round == state.Round && state.Status == RectificationStatus.Open =>
            [new RectificationDeadlineMissed(c.Round, now + rules.RectifyWithin,
                Document(state.Notice!, state, DocumentKind.SupervisionOrder, now, now + rules.RectifyWithin, state.OpenItems), now)],
        CheckSupervisionDeadline c when c.Round == state.Round && state.Status == RectificationStatus.Overdue && !state.PermitSuspended =>
            [new SupervisionOrderOverdue(c.Round, now)],
        ReportFix c => Report(c, state, now),
        RecordReinspection c => Reinspected(c, state, now),
        // A timer whose purpose has passed (the fix came in time, the round moved on) does nothing.
        RemindRectification or CheckRectificationDeadline or CheckSupervisionDeadline => [],
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown rectification command."),
    };

    private IReadOnlyList<RectificationEvent> Report(ReportFix c, RectificationState state, DateTimeOffset now)
    {
        if (state.Status is not (RectificationStatus.Open or RectificationStatus.Overdue))
            throw new CommandRejectedException(RectificationRejections.NotAwaitingFix, $"The notice is {state.Status}; no fix report is awaited.");
        var errors = new FieldErrorList();
        errors.Text(c.Report, "report", "整改情况", "What was fixed", FilingLimits.NoteLength);
        if (errors.Errors.Count > 0) throw new CommandRejectedException(RectificationRejections.InvalidReport, errors.Errors[0].MessageEn);
        return [new FixReported(state.Round, c.Report.Trim(), now + rules.InspectionWithin, now)];
    }

    private IReadOnlyList<RectificationEvent> Reinspected(RecordReinspection c, RectificationState state, DateTimeOffset now)
    {
        if (state.Status != RectificationStatus.Reinspecting)
            throw new CommandRejectedException(RectificationRejections.NotReinspecting, $"The notice is {state.Status}; no re-inspection is awaited.");
        var notice = state.Notice!;
        if (c.Passed)
            return [new ReinspectionPassed(state.Round, c.InspectorId, Document(notice, state, DocumentKind.Feedback, now, null, []), state.PermitSuspended, now)];
        var revokes = state.FailedReinspections + 1 >= FailuresToRevoke;
        DateTimeOffset? rectifyBy = revokes ? null : now + rules.RectifyWithin;
        return [new ReinspectionFailed(state.Round, c.InspectorId, Document(notice, state, DocumentKind.Problem, now, rectifyBy, c.FailedItems), rectifyBy, now)];
    }

    public RectificationState Evolve(RectificationState state, RectificationEvent @event) => @event switch
    {
        NoticeIssued e => state with
        {
            Status = RectificationStatus.Open, Notice = e.Notice, Round = 1, RectifyBy = e.RectifyBy, PermitSuspended = e.Notice.Closure,
            Documents = [e.Problem],
        },
        RectificationReminded e => state with { RemindedThisRound = true, Documents = [.. state.Documents, e.Reminder] },
        RectificationDeadlineMissed e => state with { Status = RectificationStatus.Overdue, SupervisionBy = e.SupervisionBy, Documents = [.. state.Documents, e.Order] },
        SupervisionOrderOverdue => state with { PermitSuspended = true },
        FixReported e => state with { Status = RectificationStatus.Reinspecting, FixReport = e.Report },
        ReinspectionPassed e => state with { Status = RectificationStatus.Closed, PermitSuspended = false, Documents = [.. state.Documents, e.Feedback] },
        ReinspectionFailed e => state with
        {
            Status = e.Revokes ? RectificationStatus.Revoked : RectificationStatus.Open,
            Round = e.Revokes ? state.Round : state.Round + 1,
            RectifyBy = e.RectifyBy ?? state.RectifyBy,
            SupervisionBy = null,
            FailedReinspections = state.FailedReinspections + 1,
            FixReport = null,
            RemindedThisRound = false,
            Documents = [.. state.Documents, e.Problem],
        },
        _ => state,
    };

    public IEnumerable<RectificationEffect> Effects(RectificationState state, RectificationEvent @event)
    {
        var n = state.Notice!;
        RectificationSms Sms(RectificationSmsKind kind, DateTimeOffset? deadline) => new(n.FilingId, n.NoticeId, kind, n.PermitNumber, deadline, state.OpenItems.Count);
        switch (@event)
        {
            case NoticeIssued e:
                yield return Sms(e.Notice.Closure ? RectificationSmsKind.Closure : RectificationSmsKind.Notice, e.RectifyBy);
                break;
            case RectificationReminded:
                yield return Sms(RectificationSmsKind.Reminder, state.RectifyBy);
                break;
            case RectificationDeadlineMissed e:
                yield return new SupervisionOrderEmail(n, e.Order, e.SupervisionBy);
                yield return Sms(RectificationSmsKind.SupervisionOrder, e.SupervisionBy);
                break;
            case SupervisionOrderOverdue:
                yield return new PermitStatusChange(n.FilingId, n.PermitNumber, PermitChange.Suspend);
                yield return Sms(RectificationSmsKind.Closure, null);
                break;
            case FixReported e:
                yield return new ReinspectionAssigned(n, e.Round, e.InspectBy);
                break;
            case ReinspectionPassed e:
                if (e.Reinstates) yield return new PermitStatusChange(n.FilingId, n.PermitNumber, PermitChange.Reinstate);
                yield return Sms(RectificationSmsKind.Passed, null);
                break;
            case ReinspectionFailed e when e.Revokes:
                yield return new PermitStatusChange(n.FilingId, n.PermitNumber, PermitChange.Revoke);
                yield return Sms(RectificationSmsKind.Revoked, null);
                break;
            case ReinspectionFailed e:
                yield return Sms(RectificationSmsKind.Failed, e.RectifyBy);
                break;
        }
    }

    public IEnumerable<DurableTimer<RectificationCommand>> Timers(RectificationState state, RectificationEvent @event) => @event switch
    {
        NoticeIssued e => RoundTimers(1, e.RectifyBy),
        ReinspectionFailed { RectifyBy: { } by } => RoundTimers(state.Round, by),
        RectificationDeadlineMissed e => [new(e.SupervisionBy, new CheckSupervisionDeadline(e.Round))],
        _ => [],
    };

    // The reminder comes when a third of the period is left.
    private IEnumerable<DurableTimer<RectificationCommand>> RoundTimers(int round, DateTimeOffset rectifyBy) =>
        [new(rectifyBy - rules.RectifyWithin / 3, new RemindRectification(round)), new(rectifyBy, new CheckRectificationDeadline(round))];

    public string StatusOf(RectificationState state) => state.Status.ToString();

    public bool IsFinished(RectificationState state) => state.Status is RectificationStatus.Closed or RectificationStatus.Revoked;

    /// <summary>"WT-F261203ABCDEFGHIJ-lookback-1-1": kind, notice, and its place among the notice's documents.</summary>
    private static RectificationDocument Document(RectificationNotice notice, RectificationState state, DocumentKind kind, DateTimeOffset at,
        DateTimeOffset? deadline, IReadOnlyList<ItemAnswer> items) =>
        new(kind, $"{Code(kind)}-{notice.NoticeId[2..]}-{state.Documents.Count + 1}", at, deadline, items, null);

    private static string Code(DocumentKind kind) => kind switch
    {
        DocumentKind.Problem => "WT",
        DocumentKind.Reminder => "TS",
        DocumentKind.SupervisionOrder => "DB",
        _ => "FK",
    };
}

public static class RectificationRejections
{
    public const string NotAwaitingFix = "not-awaiting-fix";
    public const string InvalidReport = "invalid-report";
    public const string NotReinspecting = "not-reinspecting";
}
