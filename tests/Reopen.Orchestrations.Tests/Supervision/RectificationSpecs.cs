using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Supervision;
using Reopen.Orchestrations.Supervision.Rectification;

namespace Reopen.Orchestrations.Tests.Supervision;

/// <summary>A rectification notice from the inspection to its close, on the default policy (three days to put things right).</summary>
public sealed class RectificationSpecs
{
    private static readonly SupervisionRules Rules = PolicyCatalog.Load("default").Supervision;
    private static readonly RectificationProcess Process = new(Rules);
    private static readonly DateTimeOffset T0 = new(2026, 3, 5, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly ItemAnswer Masks = new("eight.masks", false, "店员未戴口罩");

    private static RectificationNotice Notice(bool closure = false) =>
        new("R-F260305AAAAAAAAAA-lookback-1", "F260305AAAAAAAAAA", "lookback-1", "复工〔2026〕QH-AAAAAAAA", "QH01", "老王理发店", "清河区清源路8号",
            BusinessCategory.Barber, "street:QH01:grid:grid-1", [Masks], closure);

    /// <summary>Given these commands at these times, the state after them and every event, effect and timer they made.</summary>
    private sealed class Story
    {
        public RectificationState State { get; private set; } = Process.Initial;
        public List<RectificationEvent> Events { get; } = [];
        public List<RectificationEffect> Effects { get; } = [];
        public List<DurableTimer<RectificationCommand>> Timers { get; } = [];

        public Story Then(RectificationCommand command, DateTimeOffset at)
        {
            foreach (var e in Process.Decide(command, State, at))
            {
                State = Process.Evolve(State, e);
                Events.Add(e);
                Effects.AddRange(Process.Effects(State, e));
                Timers.AddRange(Process.Timers(State, e));
            }
            return this;
        }

        public IEnumerable<RectificationSmsKind> Sms => Effects.OfType<RectificationSms>().Select(s => s.Kind);
    }

    private static Story Given(bool closure = false) => new Story().Then(new OpenRectification(Notice(closure)), T0);

    [Fact]
    public void Given_a_notice_then_the_business_is_told_a_problem_document_is_numbered_and_a_reminder_and_the_deadline_are_set()
    {
        var story = Given();

        Assert.Equal(RectificationStatus.Open, story.State.Status);
        Assert.Equal([RectificationSmsKind.Notice], story.Sms);
        var problem = Assert.Single(story.State.Documents);
        Assert.Equal((DocumentKind.Problem, "WT-F260305AAAAAAAAAA-lookback-1-1", T0 + Rules.RectifyWithin), (problem.Kind, problem.Number, problem.Deadline));
        Assert.Equal([T0 + Rules.RectifyWithin * 2 / 3, T0 + Rules.RectifyWithin], story.Timers.Select(t => t.DueAt));
    }

    [Fact]
    public void Given_a_fix_reported_in_time_and_a_passing_re_inspection_then_it_closes_with_a_feedback_document_and_later_timers_do_nothing()
    {
        var story = Given()
            .Then(new ReportFix("已为全体店员配发口罩并张贴提示"), T0.AddDays(1))
            .Then(new RecordReinspection(true, [], "street:QH01:grid:grid-1"), T0.AddDays(2))
            .Then(new RemindRectification(1), T0.AddDays(2))
            .Then(new CheckRectificationDeadline(1), T0.AddDays(3));

        Assert.Equal(RectificationStatus.Closed, story.State.Status);
        Assert.True(Process.IsFinished(story.State));
        var assigned = Assert.Single(story.Effects.OfType<ReinspectionAssigned>());
        Assert.Equal(("lookback-1-re1", T0.AddDays(1) + Rules.InspectionWithin), (assigned.TaskKey, assigned.InspectBy));
        Assert.Equal([RectificationSmsKind.Notice, RectificationSmsKind.Passed], story.Sms);
        Assert.Equal([DocumentKind.Problem, DocumentKind.Feedback], story.State.Documents.Select(d => d.Kind));
        Assert.Empty(story.Effects.OfType<PermitStatusChange>());
    }

    [Fact]
    public void Given_no_report_before_the_reminder_then_the_business_is_reminded_once_with_a_reminder_document()
    {
        var story = Given().Then(new RemindRectification(1), T0.AddDays(2)).Then(new RemindRectification(1), T0.AddDays(2));

        Assert.Equal([RectificationSmsKind.Notice, RectificationSmsKind.Reminder], story.Sms);
        Assert.Equal(DocumentKind.Reminder, story.State.Documents[^1].Kind);
    }

    [Fact]
    public void Given_the_deadline_passes_unreported_then_a_supervision_order_goes_to_the_street_with_its_own_deadline()
    {
        var story = Given().Then(new CheckRectificationDeadline(1), T0.AddDays(3));

        Assert.Equal(RectificationStatus.Overdue, story.State.Status);
        var order = Assert.Single(story.Effects.OfType<SupervisionOrderEmail>());
        Assert.Equal(T0.AddDays(3) + Rules.RectifyWithin, order.SupervisionBy);
        Assert.Equal(DocumentKind.SupervisionOrder, order.Order.Kind);
        Assert.Equal(new DurableTimer<RectificationCommand>(order.SupervisionBy, new CheckSupervisionDeadline(1)), story.Timers[^1]);
    }

    [Fact]
    public void Given_a_late_report_after_the_supervision_order_then_the_re_inspection_still_decides()
    {
        var story = Given().Then(new CheckRectificationDeadline(1), T0.AddDays(3)).Then(new ReportFix("已整改"), T0.AddDays(4))
            .Then(new RecordReinspection(true, [], "street:QH01:grid:grid-1"), T0.AddDays(5))
            .Then(new CheckSupervisionDeadline(1), T0.AddDays(6));

        Assert.Equal(RectificationStatus.Closed, story.State.Status);
        Assert.Empty(story.Effects.OfType<PermitStatusChange>());
    }

    [Fact]
    public void Given_the_supervision_order_passes_unanswered_then_the_business_is_shut_and_reinstated_after_a_passing_re_inspection()
    {
        var story = Given().Then(new CheckRectificationDeadline(1), T0.AddDays(3)).Then(new CheckSupervisionDeadline(1), T0.AddDays(6));

        Assert.True(story.State.PermitSuspended);
        Assert.Equal([PermitChange.Suspend], story.Effects.OfType<PermitStatusChange>().Select(c => c.Change));
        Assert.Equal(RectificationSmsKind.Closure, story.Sms.Last());

        story.Then(new ReportFix("已整改到位，申请复查"), T0.AddDays(7)).Then(new RecordReinspection(true, [], "street:QH01:grid:grid-1"), T0.AddDays(8));

        Assert.Equal([PermitChange.Suspend, PermitChange.Reinstate], story.Effects.OfType<PermitStatusChange>().Select(c => c.Change));
        Assert.False(story.State.PermitSuspended);
    }

    [Fact]
    public void Given_a_closure_at_inspection_then_the_permit_stands_suspended_until_a_re_inspection_passes()
    {
        var story = Given(closure: true);

        Assert.True(story.State.PermitSuspended);
        Assert.Equal([RectificationSmsKind.Closure], story.Sms);

        story.Then(new ReportFix("已整改"), T0.AddDays(1)).Then(new RecordReinspection(true, [], "street:QH01:grid:grid-1"), T0.AddDays(2));

        Assert.Equal([PermitChange.Reinstate], story.Effects.OfType<PermitStatusChange>().Select(c => c.Change));
    }

    [Fact]
    public void Given_a_failed_re_inspection_then_a_new_round_opens_with_a_new_deadline_and_old_timers_do_nothing()
    {
        var story = Given().Then(new ReportFix("已整改"), T0.AddDays(1))
            .Then(new RecordReinspection(false, [Masks], "street:QH01:grid:grid-1"), T0.AddDays(2))
            .Then(new CheckRectificationDeadline(1), T0.AddDays(3));

        Assert.Equal((RectificationStatus.Open, 2, T0.AddDays(2) + Rules.RectifyWithin), (story.State.Status, story.State.Round, story.State.RectifyBy));
        Assert.Equal(RectificationSmsKind.Failed, story.Sms.Last());
        Assert.Empty(story.Effects.OfType<SupervisionOrderEmail>());
    }

    [Fact]
    public void Given_a_re_inspection_failing_twice_then_the_permit_is_revoked()
    {
        var story = Given().Then(new ReportFix("已整改"), T0.AddDays(1))
            .Then(new RecordReinspection(false, [Masks], "street:QH01:grid:grid-1"), T0.AddDays(2))
            .Then(new ReportFix("再次整改"), T0.AddDays(3))
            .Then(new RecordReinspection(false, [Masks], "street:QH01:grid:grid-1"), T0.AddDays(4));

        Assert.Equal(RectificationStatus.Revoked, story.State.Status);
        Assert.True(Process.IsFinished(story.State));
        Assert.Equal([PermitChange.Revoke], story.Effects.OfType<PermitStatusChange>().Select(c => c.Change));
        Assert.Equal(RectificationSmsKind.Revoked, story.Sms.Last());
    }

    [Fact]
    public void Given_no_fix_awaited_then_a_report_is_refused()
    {
        var closed = Given().Then(new ReportFix("已整改"), T0.AddDays(1));

        var e = Assert.Throws<CommandRejectedException>(() => Process.Decide(new ReportFix("又一次"), closed.State, T0.AddDays(1)));
        Assert.Equal(RectificationRejections.NotAwaitingFix, e.Code);
        Assert.Equal(RectificationRejections.InvalidReport,
            Assert.Throws<CommandRejectedException>(() => Process.Decide(new ReportFix("  "), Given().State, T0)).Code);
    }

    [Fact]
    public void Given_no_re_inspection_awaited_then_a_result_is_refused() =>
        Assert.Equal(RectificationRejections.NotReinspecting,
            Assert.Throws<CommandRejectedException>(() => Process.Decide(new RecordReinspection(true, [], "x"), Given().State, T0)).Code);
}
