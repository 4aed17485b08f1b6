using Reopen.Orchestrations.Approvals;
using static Reopen.Orchestrations.Tests.Approvals.Fixtures;

namespace Reopen.Orchestrations.Tests.Approvals;

/// <summary>What makes a decision acceptable: a reason for reject and return, the right step, round and person.</summary>
public sealed class DecisionRuleSpecs
{
    [Theory]
    [InlineData(Verdict.Reject, null)]
    [InlineData(Verdict.Reject, "   ")]
    [InlineData(Verdict.Return, null)]
    [InlineData(Verdict.Return, "")]
    public void Reject_and_return_need_a_reason(Verdict verdict, string? reason) =>
        Spec.Given(Past.Submitted(BelowScale, T0))
            .When(Decision(Director, CoSign, verdict, reason), At(1))
            .ThenRejected(ApprovalRejections.ReasonRequired);

    [Fact]
    public void Approval_needs_no_reason_but_keeps_one_given() =>
        Spec.Given(Past.Submitted(BelowScale, T0))
            .When(Decision(Director, CoSign, Verdict.Approve, " 材料齐全 "), At(1))
            .Then(new DecisionRecorded(CoSign, 1, Director, 0, Verdict.Approve, "材料齐全", Link, At(1)));

    [Fact]
    public void Reason_longer_than_a_thousand_characters_is_refused() =>
        Spec.Given(Past.Submitted(BelowScale, T0))
            .When(Decision(Director, CoSign, Verdict.Reject, new string('缺', 1001)), At(1))
            .ThenRejected(ApprovalRejections.TextTooLong);

    [Fact]
    public void Decision_records_channel_ip_and_user_agent() =>
        Spec.Given(Past.Submitted(BelowScale, T0))
            .When(new RecordDecision(CoSign, 1, Director.Id, Verdict.Approve, null, new DecisionOrigin("email-link", "198.51.100.20", "Outlook")), At(1))
            .ThenSome()
            .State(s => Assert.Equal(new DecisionOrigin("email-link", "198.51.100.20", "Outlook"), s.Decisions.Single().Origin));

    [Fact]
    public void Unknown_step_is_refused() =>
        Spec.Given(Past.Submitted(BelowScale, T0))
            .When(Decision(Director, "department-review"), At(1))
            .ThenRejected(ApprovalRejections.UnknownStep);

    [Fact]
    public void Round_that_never_existed_is_refused() =>
        Spec.Given(Past.Submitted(BelowScale, T0))
            .When(Decision(Director, CoSign, round: 2), At(1))
            .ThenRejected(ApprovalRejections.UnknownStep);

    [Fact]
    public void Decision_on_a_filing_never_submitted_is_refused() =>
        Spec.Given()
            .When(Decision(Director, CoSign), T0)
            .ThenRejected(ApprovalRejections.NotSubmitted);

    [Fact]
    public void Decision_on_a_later_step_of_a_rejected_filing_is_closed() =>
        Spec.Given(Past.Submitted(AboveScale, T0).Rejected(Director, "安全生产措施不到位", At(1)))
            .When(Decision(Industry, DepartmentReview), At(2))
            .ThenRejected(ApprovalRejections.Closed);

    [Fact]
    public void Department_official_of_another_sector_may_not_decide() =>
        Spec.Given(Past.Submitted(AboveScale, T0).Approved(Director, At(1)))
            .When(Decision(Commerce, DepartmentReview), At(2))
            .ThenRejected(ApprovalRejections.NotAnApprover);
}
