using Reopen.Functions.Approvals;
using Reopen.Functions.Notifications.Undelivered;
using Reopen.Functions.Permits;
using Reopen.Functions.Supervision;
using Reopen.Functions.Supervision.Inspections;
using Reopen.Functions.Supervision.Rectification;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Supervision;
using Reopen.Orchestrations.Supervision.Rectification;

namespace Reopen.Functions.Filings;

/// <summary>Turns the approval's state (and, for escalated steps, its history) into what the business may see.</summary>
internal sealed class FilingStatusReader(
    ApprovalEngine approvals, FilingLinkBuilder links, UndeliveredMessageLog undelivered, InspectionBoard inspections, RectificationEngine rectifications,
    DistrictPolicy policy)
{
    /// <summary>Null when the approval never started (an unknown id, or a submission that did not get that far).</summary>
    public Task<FilingStatusView?> ReadAsync(string filingId, Texts t, CancellationToken ct) => ReadAsync(filingId, known: null, t, ct);

    /// <param name="known">The state the caller already holds (read, or returned by a command); read here when null.</param>
    public async Task<FilingStatusView?> ReadAsync(string filingId, ApprovalState? known, Texts t, CancellationToken ct)
    {
        var read = known ?? (await approvals.GetAsync(filingId, ct))?.State;
        if (read is not { Filing: not null } state) return null;
        var escalatedAt = state.Steps.Any(s => s.EscalationLevel > 0) ? await EscalationTimesAsync(filingId, ct) : [];
        var steps = state.Steps.Select(s => Step(t, s, escalatedAt.TryGetValue((s.StepId, s.Round), out var at) ? at : null)).ToArray();
        var current = state.CurrentStep is { } c ? steps.First(s => s.StepId == c.StepId) : null;
        var kinds = state.Steps.ToDictionary(s => s.StepId, s => s.Kind);
        var decisions = state.Decisions.Select(d => new DecisionView(d.StepId, kinds.GetValueOrDefault(d.StepId).ToString(), d.Round,
            Person(t, d.By), d.Verdict.ToString(), t.Verdict(d.Verdict, kinds.GetValueOrDefault(d.StepId)), d.Reason, d.At)).ToArray();
        var permit = state.PermitNumber is { } number
            ? new PermitView(number, links.Absolute(PermitLinks.VerifyPath(number)), links.Absolute(PermitLinks.PlacardPath(number)))
            : null;
        var view = new FilingStatusView(filingId, state.Status.ToString(), t.Status(state.Status), state.Priority, state.Filing.BusinessName,
            state.Filing.StaffCount, state.SubmittedAt, state.ClosedAt, state.Reason, current, steps, decisions, permit,
            links.For(filingId, state.Status))
        {
            Version = FilingVersions.Current(state),
            Undelivered = [.. (await undelivered.ListAsync(filingId, ct)).Select(m => UndeliveredView.From(t, m))],
        };
        return state.PermitNumber is null ? view : await WithSupervisionAsync(view, filingId, t, ct);
    }

    // Only a permitted business is inspected; each notice or closure an inspection recorded has its own process.
    private async Task<FilingStatusView> WithSupervisionAsync(FilingStatusView view, string filingId, Texts t, CancellationToken ct)
    {
        var tasks = await inspections.ForFilingAsync(filingId, ct);
        var done = tasks.Where(x => x.Result is not null).OrderBy(x => x.Result!.InspectedAt).Select(x => new InspectionView(x.Kind.ToString(),
            t[$"inspection.kind.{x.Kind}"], x.Result!.Outcome.ToString(), t[$"inspection.outcome.{x.Result.Outcome}"], x.Result.InspectedAt,
            [.. x.Result.FailedItems.Select(i => new ItemView(i.Code, InspectionPages.ItemText(t, i.Code), i.Note))])).ToArray();
        return view with { Inspections = done, Rectifications = await RectificationsAsync(tasks, filingId, t, ct) };
    }

    private async Task<IReadOnlyList<RectificationView>> RectificationsAsync(IReadOnlyList<InspectionTask> tasks, string filingId, Texts t, CancellationToken ct)
    {
        var notices = await Task.WhenAll(tasks
            .Where(task => task.NoticeId is null && task.Result?.Outcome is InspectionOutcome.RectificationNotice or InspectionOutcome.Closure)
            .Select(task => rectifications.GetAsync(RectificationProcess.InstanceIdFor(filingId, task.Key), ct)));
        return [.. notices.OfType<ProcessSnapshot<RectificationState>>().Where(n => n.State.Notice is not null).Select(n => RectificationView.From(t, n.State, policy))];
    }

    // The state keeps the last deadline of a closed or returned step; it binds nobody once the step is not open.
    private static StepView Step(Texts t, ApprovalStep s, DateTimeOffset? escalatedAt)
    {
        var open = s.Status == StepStatus.Open;
        return new(s.StepId, s.Kind.ToString(), t.Step(s.Kind), s.Status.ToString(), s.Round, t.Local(s.Plan.Holder),
            s.Holders.Select(o => Person(t, o)).ToArray(), s.Awaiting.Select(o => Person(t, o)).ToArray(),
            escalatedAt ?? s.OpenedAt, s.OpenedAt, escalatedAt, open ? s.DeadlineAt : null, s.EscalationLevel, open && s.Overdue);
    }

    private static PersonView Person(Texts t, Official o) => new(o.Name, t.Local(o.Role));

    // The state keeps only the escalation level; when it was reached is in the history.
    private async Task<Dictionary<(string StepId, int Round), DateTimeOffset>> EscalationTimesAsync(string filingId, CancellationToken ct)
    {
        var times = new Dictionary<(string, int), DateTimeOffset>();
        foreach (var recorded in await approvals.HistoryAsync(filingId, ct))
            if (recorded.Event is StepEscalated e) times[(e.StepId, e.Round)] = e.At;
        return times;
    }
}
