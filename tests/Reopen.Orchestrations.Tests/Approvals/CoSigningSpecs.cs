using Reopen.Orchestrations.Approvals;
using static Reopen.Orchestrations.Tests.Approvals.Fixtures;

namespace Reopen.Orchestrations.Tests.Approvals;

/// <summary>规下企业: the street's party secretary and director both sign; one rejection ends it.</summary>
public sealed class CoSigningSpecs
{
    [Fact]
    public void First_signature_alone_leaves_the_step_open_waiting_for_the_other() =>
        Spec.Given(Past.Submitted(BelowScale, T0))
            .When(Decision(Secretary, CoSign), At(2))
            .Then(new DecisionRecorded(CoSign, 1, Secretary, 0, Verdict.Approve, null, Link, At(2)))
            .Effects()
            .State(s =>
            {
                Assert.Equal(StepStatus.Open, s.CurrentStep!.Status);
                Assert.Equal([Secretary.Id], s.CurrentStep.SignedBy);
                Assert.Equal([Director.Id], s.CurrentStep.Awaiting.Select(a => a.Id));
            });

    [Fact]
    public void Second_signature_approves_the_filing() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Approved(Secretary, At(2)))
            .When(Decision(Director, CoSign), At(3))
            .Then(
                new DecisionRecorded(CoSign, 1, Director, 0, Verdict.Approve, null, Link, At(3)),
                new StepApproved(CoSign, 1, At(3)),
                new FilingApproved(PermitNumber.For("QH", "F-0001", At(3)), At(3)));

    [Fact]
    public void Only_an_open_step_awaits_anyone() =>
        Spec.Given(Past.Submitted(AboveScale, T0))
            .When(Decision(Director, StreetReview), At(2))
            .ThenSome()
            .State(s =>
            {
                Assert.Equal([StepStatus.Approved, StepStatus.Open, StepStatus.Waiting], s.Steps.Select(x => x.Status));
                Assert.Empty(s.Steps[0].Awaiting);
                Assert.NotEmpty(s.Steps[1].Awaiting);
                Assert.Empty(s.Steps[2].Awaiting);
            });

    [Fact]
    public void Signing_order_does_not_matter() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Approved(Director, At(2)))
            .When(Decision(Secretary, CoSign), At(3))
            .ThenSome()
            .State(s => Assert.Equal(ApprovalStatus.Approved, s.Status));

    [Fact]
    public void Signing_twice_is_refused_as_already_decided() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Approved(Secretary, At(2)))
            .When(Decision(Secretary, CoSign), At(3))
            .ThenRejected(ApprovalRejections.AlreadyDecided);

    [Fact]
    public void Rejection_by_one_co_signer_ends_the_filing_even_after_the_other_signed() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Approved(Secretary, At(2)))
            .When(Decision(Director, CoSign, Verdict.Reject, "员工信息未摸排到位"), At(3))
            .Then(
                new DecisionRecorded(CoSign, 1, Director, 0, Verdict.Reject, "员工信息未摸排到位", Link, At(3)),
                new FilingRejected(CoSign, 1, Director, "员工信息未摸排到位", [Director], At(3)))
            .State(s =>
            {
                Assert.Equal(ApprovalStatus.Rejected, s.Status);
                Assert.Equal(new StepOutcome(1, Verdict.Reject, Director, At(3), "员工信息未摸排到位"), s.Steps[0].Outcome);
                Assert.Equal("Rejected", Process.StatusOf(s));
            });

    [Fact]
    public void The_other_co_signer_clicking_after_a_rejection_learns_it_was_already_decided()
    {
        var rejected = Spec.Given(Past.Submitted(BelowScale, T0).Rejected(Director, "应急预案缺失", At(3)))
            .When(Decision(Secretary, CoSign), At(4))
            .ThenRejected(ApprovalRejections.AlreadyDecided);

        Assert.Contains(Director.Id, rejected.Message);
    }

    [Fact]
    public void Official_of_another_street_may_not_sign() =>
        Spec.Given(Past.Submitted(BelowScale, T0))
            .When(Decision(OtherStreetDirector, CoSign), At(2))
            .ThenRejected(ApprovalRejections.NotAnApprover);

    [Fact]
    public void Escalation_tier_not_yet_reached_may_not_decide() =>
        Spec.Given(Past.Submitted(BelowScale, T0))
            .When(Decision(Supervisor, CoSign), At(2))
            .ThenRejected(ApprovalRejections.NotAnApprover);
}
