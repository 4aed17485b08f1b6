using Reopen.Orchestrations.Approvals;
using static Reopen.Orchestrations.Tests.Approvals.Fixtures;

namespace Reopen.Orchestrations.Tests.Approvals;

public sealed class WithdrawalSpecs
{
    [Fact]
    public void Pending_filing_can_be_withdrawn_and_its_step_is_cancelled() =>
        Spec.Given(Past.Submitted(BelowScale, T0))
            .When(new Withdraw("暂缓复工"), At(2))
            .Then(new FilingWithdrawn("暂缓复工", At(2)))
            .Effects()
            .State(s =>
            {
                Assert.Equal(ApprovalStatus.Withdrawn, s.Status);
                Assert.Equal(StepStatus.Cancelled, s.Steps[0].Status);
                Assert.Equal(At(2), s.ClosedAt);
                Assert.Equal("Withdrawn", Process.StatusOf(s));
            });

    [Fact]
    public void Returned_filing_can_be_withdrawn() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Returned(Director, "缺少应急预案", At(1)))
            .When(new Withdraw(null), At(2))
            .Then(new FilingWithdrawn(null, At(2)));

    [Fact]
    public void Link_of_a_round_before_the_amendment_is_refused_as_closed_once_withdrawn() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Returned(Director, "缺少应急预案", At(1))
                .Handled(new Amend(BelowScale, null), At(2)).Handled(new Withdraw(null), At(3)))
            .When(Decision(Secretary, CoSign, round: 1), At(4))
            .ThenRejected(ApprovalRejections.Closed);

    [Fact]
    public void Decision_on_a_withdrawn_filing_is_refused_as_closed() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Handled(new Withdraw(null), At(1)))
            .When(Decision(Director, CoSign), At(2))
            .ThenRejected(ApprovalRejections.Closed);

    [Fact]
    public void Withdrawing_twice_is_refused_as_closed() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Handled(new Withdraw(null), At(1)))
            .When(new Withdraw(null), At(2))
            .ThenRejected(ApprovalRejections.Closed);

    [Fact]
    public void Approved_filing_cannot_be_withdrawn() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Approved(Secretary, At(1)).Approved(Director, At(2)))
            .When(new Withdraw(null), At(3))
            .ThenRejected(ApprovalRejections.Closed);

    [Fact]
    public void Timers_of_a_withdrawn_filing_do_nothing() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Handled(new Withdraw(null), At(1)))
            .When(new Remind(CoSign, 1, 0), At(5))
            .ThenNothing();

    [Fact]
    public void Filing_never_submitted_cannot_be_withdrawn() =>
        Spec.Given()
            .When(new Withdraw(null), T0)
            .ThenRejected(ApprovalRejections.NotSubmitted);
}
