using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using static Reopen.Orchestrations.Tests.Approvals.Fixtures;

namespace Reopen.Orchestrations.Tests.Approvals;

/// <summary>Return for amendment: the business fixes the filing and the SAME step resumes in a new round.</summary>
public sealed class ReturnAndAmendSpecs
{
    private const string Why = "应急预案未写明隔离观察点";

    [Fact]
    public void Return_sends_the_reason_to_the_business_and_waits() =>
        Spec.Given(Past.Submitted(AboveScale, T0).Approved(Director, At(1)))
            .When(Decision(Industry, DepartmentReview, Verdict.Return, Why), At(2))
            .ThenSome()
            .Effects(new SmsToBusiness("F-0001", "13812345678", SmsKind.Returned, null))
            .Timers()
            .State(s =>
            {
                Assert.Equal(ApprovalStatus.Returned, s.Status);
                Assert.Equal(StepStatus.Returned, s.CurrentStep!.Status);
                Assert.Equal(DepartmentReview, s.CurrentStep.StepId);
                Assert.Equal(Why, s.Reason);
                Assert.Equal("Returned", Process.StatusOf(s));
            });

    [Fact]
    public void Amendment_resumes_the_same_step_in_round_two_and_emails_fresh_links() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Returned(Director, Why, At(2)))
            .When(new Amend(BelowScale with { Address = "清河区清源路90号" }, "已补充隔离观察点"), At(30))
            .Then(
                new FilingAmended(BelowScale with { Address = "清河区清源路90号" }, "已补充隔离观察点", At(30)),
                Opened(CoSign, At(30), round: 2))
            .Effects(
                Email(Secretary, CoSign, EmailPurpose.Decide, At(30), BelowScale, round: 2),
                Email(Director, CoSign, EmailPurpose.Decide, At(30), BelowScale, round: 2))
            .Timers(
                new(At(35), new Remind(CoSign, 2, 0)),
                new(At(40), new Escalate(CoSign, 2, 0)))
            .State(s =>
            {
                Assert.Equal(ApprovalStatus.Pending, s.Status);
                Assert.Equal("清河区清源路90号", s.Filing!.Address);
                Assert.Null(s.Reason);
            });

    [Fact]
    public void Signatures_of_the_returned_round_do_not_carry_over() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Approved(Secretary, At(1)).Returned(Director, Why, At(2)))
            .When(new Amend(BelowScale, null), At(30))
            .ThenSome()
            .State(s => Assert.Empty(s.CurrentStep!.SignedBy));

    [Fact]
    public void Link_of_the_superseded_round_is_refused() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Returned(Director, Why, At(2)).Handled(new Amend(BelowScale, null), At(30)))
            .When(Decision(Secretary, CoSign, round: 1), At(31))
            .ThenRejected(ApprovalRejections.Superseded);

    [Fact]
    public void Link_of_the_new_round_decides() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Returned(Director, Why, At(2)).Handled(new Amend(BelowScale, null), At(30)).Approved(Secretary, At(31)))
            .When(Decision(Director, CoSign, round: 2), At(32))
            .ThenSome()
            .State(s => Assert.Equal(ApprovalStatus.Approved, s.Status));

    [Fact]
    public void Click_on_the_returned_round_before_amendment_is_already_decided() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Returned(Director, Why, At(2)))
            .When(Decision(Secretary, CoSign), At(3))
            .ThenRejected(ApprovalRejections.AlreadyDecided);

    [Fact]
    public void Amendment_may_not_change_the_route() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Returned(Director, Why, At(2)))
            .When(new Amend(BelowScale with { Scale = BusinessScale.AboveScale }, null), At(30))
            .ThenRejected(ApprovalRejections.RouteChanged);

    [Fact]
    public void Pending_filing_cannot_be_amended() =>
        Spec.Given(Past.Submitted(BelowScale, T0))
            .When(new Amend(BelowScale, null), At(1))
            .ThenRejected(ApprovalRejections.NotReturned);

    [Fact]
    public void Deadline_timers_of_a_returned_round_do_nothing() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Returned(Director, Why, At(2)))
            .When(new Escalate(CoSign, 1, 0), At(10))
            .ThenNothing();

    [Fact]
    public void Deadline_timers_of_the_round_before_an_amendment_do_nothing() =>
        Spec.Given(Past.Submitted(BelowScale, T0).Returned(Director, Why, At(2)).Handled(new Amend(BelowScale, null), At(5)))
            .When(new Escalate(CoSign, 1, 0), At(10))
            .ThenNothing();
}
