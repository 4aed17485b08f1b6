using Reopen.Orchestrations.Approvals;
using static Reopen.Orchestrations.Tests.Approvals.Fixtures;

namespace Reopen.Orchestrations.Tests.Approvals;

/// <summary>Reminders, escalation up the chain, decisions in place of the silent, and timers whose purpose has passed.</summary>
public sealed class DeadlineSpecs
{
    [Fact]
    public void Reminder_emails_the_approvers_who_have_not_acted() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Approved(Secretary, At(1)))
            .When(new Remind(CoSign, 1, 0), At(5))
            .Then(new StepReminded(CoSign, 1, 0, At(5)))
            .Effects(Email(Director, CoSign, EmailPurpose.Reminder, T0))
            .Timers();

    [Fact]
    public void Reminder_fired_twice_is_sent_once() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Handled(new Remind(CoSign, 1, 0), At(5)))
            .When(new Remind(CoSign, 1, 0), At(6))
            .ThenNothing();

    [Fact]
    public void Silent_street_step_escalates_to_the_supervision_office_with_a_new_deadline() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Handled(new Remind(CoSign, 1, 0), At(5)))
            .When(new Escalate(CoSign, 1, 0), At(10))
            .Then(new StepEscalated(CoSign, 1, 1, At(10), At(15), At(20), At(10).AddHours(1)))
            .Effects(District.Offices.Single(o => o.Code == "supervision").Officials
                .Select(o => (ApprovalEffect)Email(o, CoSign, EmailPurpose.Escalation, At(10))).ToArray())
            .Timers(
                new(At(15), new Remind(CoSign, 1, 1)),
                new(At(20), new Escalate(CoSign, 1, 1)))
            .State(s =>
            {
                Assert.Equal(1, s.CurrentStep!.EscalationLevel);
                Assert.Contains(s.CurrentStep.Holders, h => h.Id == Supervisor.Id);
                Assert.Contains(s.CurrentStep.Holders, h => h.Id == Director.Id);
            });

    [Fact]
    public void Escalation_target_decides_in_place_of_the_silent_co_signers() =>
        Spec.Given(Past.Submitted(BelowScale, T0).DeadlinePassed(At(10)))
            .When(Decision(Supervisor, CoSign), At(12))
            .Then(
                new DecisionRecorded(CoSign, 1, Supervisor, 1, Verdict.Approve, null, Link, At(12)),
                new StepApproved(CoSign, 1, At(12)),
                new FilingApproved(PermitNumber.For("QH", "F-0001", At(12)), At(12)));

    [Fact]
    public void Original_approver_may_still_decide_after_escalation_until_someone_has() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Approved(Secretary, At(1)).DeadlinePassed(At(10)))
            .When(Decision(Director, CoSign), At(12))
            .ThenSome()
            .State(s => Assert.Equal(ApprovalStatus.Approved, s.Status));

    [Fact]
    public void Late_click_by_the_original_approver_after_the_escalation_target_decided_is_already_decided()
    {
        var past = Past.Submitted(BelowScale, T0).Handled(new Remind(CoSign, 1, 0), At(5)).DeadlinePassed(At(10)).Approved(Supervisor, At(12));

        var late = Spec.Given(past).When(Decision(Director, CoSign), At(13)).ThenRejected(ApprovalRejections.AlreadyDecided);

        Assert.Contains(Supervisor.Id, late.Message);
        Assert.Equal(new StepOutcome(1, Verdict.Approve, Supervisor, At(12), null), past.State.Steps[0].Outcome);
    }

    [Fact]
    public void Late_click_on_an_earlier_step_of_a_three_party_route_is_already_decided() =>
        Spec.Given(Past.Submitted(AboveScale, T0).Approved(Director, At(1)))
            .When(Decision(Secretary, StreetReview), At(2))
            .ThenRejected(ApprovalRejections.AlreadyDecided);

    [Fact]
    public void Silence_never_approves_deadlines_climb_to_the_head_and_then_mark_the_step_overdue()
    {
        // street chain: supervision office → leading group → its head
        var past = Past.Submitted(BelowScale, T0).DeadlinePassed(At(10)).DeadlinePassed(At(20)).DeadlinePassed(At(30));
        Assert.Equal(3, past.State.CurrentStep!.EscalationLevel);
        Assert.Contains(past.State.CurrentStep.Holders, h => h.Id == GroupHead.Id);

        Spec.Given(past)
            .When(new Escalate(CoSign, 1, 3), At(40))
            .Then(new StepOverdue(CoSign, 1, 3, At(40)))
            .Effects(Email(GroupHead, CoSign, EmailPurpose.Overdue, At(30)))
            .Timers()
            .State(s =>
            {
                Assert.Equal(ApprovalStatus.Pending, s.Status);
                Assert.True(s.CurrentStep!.Overdue);
                Assert.Null(s.PermitNumber);
            });
    }

    [Fact]
    public void Deadline_firing_again_after_the_step_is_overdue_does_nothing() =>
        Spec.Given(Past.Submitted(BelowScale, T0).DeadlinePassed(At(10)).DeadlinePassed(At(20)).DeadlinePassed(At(30)).DeadlinePassed(At(40)))
            .When(new Escalate(CoSign, 1, 3), At(50))
            .ThenNothing();

    [Fact]
    public void Overdue_step_can_still_be_decided_by_the_head() =>
        Spec.Given(Past.Submitted(BelowScale, T0).DeadlinePassed(At(10)).DeadlinePassed(At(20)).DeadlinePassed(At(30)).DeadlinePassed(At(40)))
            .When(Decision(GroupHead, CoSign), At(60))
            .ThenSome()
            .State(s => Assert.Equal(ApprovalStatus.Approved, s.Status));

    [Fact]
    public void Department_step_escalates_to_the_leading_group_first() =>
        Spec.Given(Past.Submitted(AboveScale, T0).Approved(Director, At(1)))
            .When(new Escalate(DepartmentReview, 1, 0), At(11))
            .ThenSome()
            .Effects(District.LeadingGroup.Members
                .Select(m => (ApprovalEffect)Email(m, DepartmentReview, EmailPurpose.Escalation, At(11), AboveScale)).ToArray());

    [Fact]
    public void Leading_group_step_escalates_straight_to_its_head() =>
        Spec.Given(Past.Submitted(AboveScale, T0).Approved(Director, At(1)).Approved(Industry, At(2)))
            .When(new Escalate(GroupReview, 1, 0), At(12))
            .ThenSome()
            .Effects(Email(GroupHead, GroupReview, EmailPurpose.Escalation, At(12), AboveScale));

    [Fact]
    public void Reminder_after_escalation_goes_to_everyone_who_may_decide() =>
        Spec.Given(Past.Submitted(AboveScale, T0).DeadlinePassed(At(10)))
            .When(new Remind(StreetReview, 1, 1), At(15))
            .ThenSome()
            .Effects(new[] { Director, Secretary }.Concat(District.Offices[0].Officials)
                .Select(o => (ApprovalEffect)Email(o, StreetReview, EmailPurpose.Reminder, At(10), AboveScale)).ToArray());

    [Fact]
    public void Reminder_of_a_level_already_escalated_past_does_nothing() =>
        Spec.Given(Past.Submitted(BelowScale, T0).DeadlinePassed(At(10)))
            .When(new Remind(CoSign, 1, 0), At(11))
            .ThenNothing();

    [Fact]
    public void Deadline_of_a_step_already_decided_does_nothing() =>
        Spec.Given(Past.Submitted(AboveScale, T0).Approved(Director, At(1)))
            .When(new Escalate(StreetReview, 1, 0), At(10))
            .ThenNothing();

    [Fact]
    public void Timers_of_an_approved_filing_do_nothing() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Approved(Secretary, At(1)).Approved(Director, At(2)))
            .When(new Remind(CoSign, 1, 0), At(5))
            .ThenNothing();

    [Fact]
    public void Timer_for_a_step_that_does_not_exist_does_nothing() =>
        Spec.Given(Past.Submitted(BelowScale, T0))
            .When(new Escalate("no-such-step", 1, 0), At(10))
            .ThenNothing();
}
