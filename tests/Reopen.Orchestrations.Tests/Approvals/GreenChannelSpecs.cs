using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using static Reopen.Orchestrations.Tests.Approvals.Fixtures;

namespace Reopen.Orchestrations.Tests.Approvals;

/// <summary>防疫物资生产类: green channel — shorter deadlines, priority in every list and message.</summary>
public sealed class GreenChannelSpecs
{
    [Fact]
    public void Epidemic_supplies_producer_gets_green_deadlines_and_priority_emails() =>
        Spec.Given()
            .When(new Submit(MaskMaker), T0)
            .ThenSome()
            .Timers(
                new(At(2), new Remind(StreetReview, 1, 0)),
                new(At(4), new Escalate(StreetReview, 1, 0)))
            .Effects(
                Email(Director, StreetReview, EmailPurpose.Decide, T0, MaskMaker, deadline: At(4), priority: true),
                Email(Secretary, StreetReview, EmailPurpose.Decide, T0, MaskMaker, deadline: At(4), priority: true))
            .State(s => Assert.True(s.Priority));

    [Fact]
    public void Ordinary_filing_has_no_priority() =>
        Spec.Given()
            .When(new Submit(AboveScale), T0)
            .ThenSome()
            .State(s => Assert.False(s.Priority))
            .Timers(
                new(At(5), new Remind(StreetReview, 1, 0)),
                new(At(10), new Escalate(StreetReview, 1, 0)));

    [Fact]
    public void Green_escalation_deadline_is_shorter_too() =>
        Spec.Given(Past.Submitted(MaskMaker, T0))
            .When(new Escalate(StreetReview, 1, 0), At(4))
            .Then(new StepEscalated(StreetReview, 1, 1, At(4), At(5), At(6), At(4).AddHours(1)));

    [Fact]
    public void Under_the_default_policy_green_deadlines_are_hours_not_days()
    {
        var process = new ApprovalProcess(PolicyCatalog.Load("default"));

        Spec.Given(Past.Submitted(MaskMaker, T0, process))
            .When(Decision(Director, StreetReview), T0.AddMinutes(30))
            .ThenSome()
            .Timers(
                new(T0.AddMinutes(30).AddHours(2), new Remind(DepartmentReview, 1, 0)),
                new(T0.AddMinutes(30).AddHours(4), new Escalate(DepartmentReview, 1, 0)));
    }

    [Fact]
    public void Under_the_default_policy_a_standard_street_step_has_a_48_hour_deadline() =>
        Spec.Given(Past.Submitted(BelowScale, T0, new ApprovalProcess(PolicyCatalog.Load("default"))))
            .When(new Remind(CoSign, 1, 0), T0.AddHours(24))
            .ThenSome()
            .State(s => Assert.Equal(T0.AddHours(48), s.CurrentStep!.DeadlineAt));

    [Fact]
    public void Call_back_task_of_a_rejected_green_filing_has_priority() =>
        Spec.Given(Past.Submitted(MaskMaker, T0))
            .When(Decision(Director, StreetReview, Verdict.Reject, "无医疗器械生产许可"), At(1))
            .ThenSome()
            .State(s => Assert.True(s.Priority))
            .Effects(
                new SmsToBusiness("F-0001", "13812345678", SmsKind.Rejected, null),
                new CallbackTaskOpened("F-0001", "QH01", [Director], "清源鲜果超市", "张小三", "13812345678", "无医疗器械生产许可", At(1), true));
}
