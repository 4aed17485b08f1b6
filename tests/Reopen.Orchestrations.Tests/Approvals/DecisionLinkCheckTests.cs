using Reopen.Orchestrations.Approvals;
using static Reopen.Orchestrations.Tests.Approvals.Fixtures;

namespace Reopen.Orchestrations.Tests.Approvals;

/// <summary>What the confirm page behind a decision link can learn without deciding anything.</summary>
public sealed class DecisionLinkCheckTests
{
    [Fact]
    public void Holder_of_the_open_round_may_decide() =>
        Assert.Null(ApprovalProcess.WhyCannotDecide(Past.Submitted(BelowScale, T0).State, CoSign, 1, Director.Id));

    [Fact]
    public void Link_after_someone_decided_says_already_decided() =>
        Assert.Equal(ApprovalRejections.AlreadyDecided,
            ApprovalProcess.WhyCannotDecide(Past.Submitted(AboveScale, T0).Approved(Secretary, At(1)).State, StreetReview, 1, Director.Id));

    [Fact]
    public void Link_of_an_old_round_says_superseded() =>
        Assert.Equal(ApprovalRejections.Superseded, ApprovalProcess.WhyCannotDecide(
            Past.Submitted(BelowScale, T0).Returned(Director, "缺少预案", At(1)).Handled(new Amend(BelowScale, null), At(2)).State, CoSign, 1, Director.Id));

    [Fact]
    public void Stranger_is_not_an_approver() =>
        Assert.Equal(ApprovalRejections.NotAnApprover,
            ApprovalProcess.WhyCannotDecide(Past.Submitted(BelowScale, T0).State, CoSign, 1, OtherStreetDirector.Id));
}
