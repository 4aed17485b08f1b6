using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;
using static Reopen.Orchestrations.Tests.Approvals.Fixtures;

namespace Reopen.Orchestrations.Tests.Approvals;

/// <summary>Every route end to end: who is asked first, in what order, and what an approval leads to.</summary>
public sealed class RouteSpecs
{
    [Fact]
    public void Below_scale_filing_opens_a_co_signed_street_step_and_emails_secretary_and_director() =>
        Spec.Given()
            .When(new Submit(BelowScale), T0)
            .Then(
                new FilingSubmitted(BelowScale, RoutePlanner.Plan(BelowScale, District), T0),
                Opened(CoSign, T0))
            .Effects(
                Email(Secretary, CoSign, EmailPurpose.Decide, T0),
                Email(Director, CoSign, EmailPurpose.Decide, T0))
            .Timers(
                new DurableTimer<ApprovalCommand>(At(5), new Remind(CoSign, 1, 0)),
                new DurableTimer<ApprovalCommand>(At(10), new Escalate(CoSign, 1, 0)))
            .State(s =>
            {
                Assert.Equal(ApprovalStatus.Pending, s.Status);
                Assert.Equal(StepKind.StreetCoSign, s.CurrentStep!.Kind);
                Assert.Equal(StepMode.Everyone, s.CurrentStep.Plan.Mode);
                Assert.Equal([Secretary.Id, Director.Id], s.CurrentStep.Holders.Select(h => h.Id));
                Assert.Equal(At(10), s.CurrentStep.DeadlineAt);
                Assert.Equal("Pending", Process.StatusOf(s));
            });

    [Fact]
    public void Sole_trader_is_co_signed_like_a_below_scale_firm() =>
        Spec.Given()
            .When(new Submit(Filing(BusinessCategory.General, BusinessScale.SoleTrader)), T0)
            .ThenSome()
            .State(s => Assert.Equal([StepKind.StreetCoSign], s.Steps.Select(x => x.Kind)));

    [Fact]
    public void Above_scale_filing_goes_street_then_department_then_leading_group() =>
        Spec.Given()
            .When(new Submit(AboveScale), T0)
            .ThenSome()
            .State(s =>
            {
                Assert.Equal([StepKind.StreetReview, StepKind.DepartmentReview, StepKind.LeadingGroupReview], s.Steps.Select(x => x.Kind));
                Assert.Equal([StepStatus.Open, StepStatus.Waiting, StepStatus.Waiting], s.Steps.Select(x => x.Status));
                // manufacturing is the industry and IT bureau's sector
                Assert.All(s.Steps[1].Plan.Approvers, a => Assert.StartsWith("dept:industry:", a.Id));
                Assert.Equal(District.LeadingGroup.Members, s.Steps[2].Plan.Approvers);
            });

    [Fact]
    public void Above_scale_street_approval_opens_the_competent_department() =>
        Spec.Given(Past.Submitted(AboveScale, T0))
            .When(Decision(Director, StreetReview), At(3))
            .Then(
                new DecisionRecorded(StreetReview, 1, Director, 0, Verdict.Approve, null, Link, At(3)),
                new StepApproved(StreetReview, 1, At(3)),
                Opened(DepartmentReview, At(3)))
            .State(s => Assert.Equal(StepKind.DepartmentReview, s.CurrentStep!.Kind))
            .Effects(District.FindDepartment("industry")!.Officials
                .Select(o => (ApprovalEffect)Email(o, DepartmentReview, EmailPurpose.Decide, At(3), AboveScale)).ToArray());

    [Fact]
    public void Above_scale_department_approval_opens_the_leading_group() =>
        Spec.Given(Past.Submitted(AboveScale, T0).Approved(Director, At(1)))
            .When(Decision(District.FindDepartment("industry")!.Officials[1], DepartmentReview), At(2))
            .ThenSome()
            .State(s =>
            {
                Assert.Equal(StepKind.LeadingGroupReview, s.CurrentStep!.Kind);
                Assert.Equal([StepStatus.Approved, StepStatus.Approved, StepStatus.Open], s.Steps.Select(x => x.Status));
            });

    [Fact]
    public void Above_scale_leading_group_approval_registers_the_permit_then_sends_the_sms() =>
        Spec.Given(Past.Submitted(AboveScale, T0).Approved(Director, At(1)).Approved(Industry, At(2)))
            .When(Decision(GroupMember, GroupReview), At(3))
            .Then(
                new DecisionRecorded(GroupReview, 1, GroupMember, 0, Verdict.Approve, null, Link, At(3)),
                new StepApproved(GroupReview, 1, At(3)),
                new FilingApproved(Permit, At(3)))
            .Effects(
                new PermitIssued("F-0001", Permit, "清源鲜果超市", "91350100M000100Y43", "清河区清源路88号", "QH01", "manufacturing",
                    BusinessCategory.General, At(3), BusinessScale.AboveScale),
                new SmsToBusiness("F-0001", "13812345678", SmsKind.Approved, Permit))
            .Timers()
            .State(s =>
            {
                Assert.Equal(ApprovalStatus.Approved, s.Status);
                Assert.Equal(Permit, s.PermitNumber);
                Assert.Null(s.CurrentStep);
                Assert.Equal(3, s.Decisions.Count);
                Assert.Equal("Approved", Process.StatusOf(s));
            });

    [Fact]
    public void Five_small_unit_is_checked_on_site_by_the_street_inspector_first() =>
        Spec.Given()
            .When(new Submit(Barber), T0)
            .ThenSome()
            .Effects(Email(Inspector, OnSite, EmailPurpose.Decide, T0, Barber))
            .State(s => Assert.Equal([StepKind.OnSiteCheck, StepKind.StreetCoSign], s.Steps.Select(x => x.Kind)));

    [Theory]
    [InlineData(BusinessCategory.SmallRestaurant)]
    [InlineData(BusinessCategory.FoodShop)]
    [InlineData(BusinessCategory.SmallSupermarket)]
    [InlineData(BusinessCategory.Barber)]
    [InlineData(BusinessCategory.Pharmacy)]
    public void Every_five_small_unit_starts_with_an_on_site_check(BusinessCategory category) =>
        Spec.Given()
            .When(new Submit(Filing(category, BusinessScale.BelowScale)), T0)
            .ThenSome()
            .State(s => Assert.Equal(StepKind.OnSiteCheck, s.CurrentStep!.Kind));

    [Fact]
    public void Large_mall_needs_no_on_site_check_before_the_street() =>
        Spec.Given()
            .When(new Submit(Filing(BusinessCategory.LargeMall, BusinessScale.AboveScale)), T0)
            .ThenSome()
            .State(s => Assert.Equal(StepKind.StreetReview, s.CurrentStep!.Kind));

    [Fact]
    public void Passed_on_site_check_hands_the_filing_to_the_street_co_signers() =>
        Spec.Given(Past.Submitted(Barber, T0))
            .When(Decision(Inspector, OnSite), At(2))
            .Then(
                new DecisionRecorded(OnSite, 1, Inspector, 0, Verdict.Approve, null, Link, At(2)),
                new StepApproved(OnSite, 1, At(2)),
                Opened(CoSign, At(2)))
            .Effects(
                Email(Secretary, CoSign, EmailPurpose.Decide, At(2), Barber),
                Email(Director, CoSign, EmailPurpose.Decide, At(2), Barber));

    [Fact]
    public void Failed_on_site_check_rejects_the_filing_before_the_street_sees_it() =>
        Spec.Given(Past.Submitted(Barber, T0))
            .When(Decision(Inspector, OnSite, Verdict.Reject, "店内无消毒台账,理发工具未消毒"), At(2))
            .ThenSome()
            .State(s =>
            {
                Assert.Equal(ApprovalStatus.Rejected, s.Status);
                Assert.Equal([StepStatus.Rejected, StepStatus.Waiting], s.Steps.Select(x => x.Status));
            });

    [Fact]
    public void Street_decision_on_a_five_small_unit_before_the_on_site_check_is_refused() =>
        Spec.Given(Past.Submitted(Barber, T0))
            .When(Decision(Director, CoSign), At(2))
            .ThenRejected(ApprovalRejections.StepNotOpen);

    [Fact]
    public void Entertainment_venue_cannot_be_submitted() =>
        Spec.Given()
            .When(new Submit(Filing(BusinessCategory.Entertainment, BusinessScale.BelowScale)), T0)
            .ThenRejected(ApprovalRejections.InvalidFiling);

    [Fact]
    public void Filing_for_a_street_outside_the_district_is_refused() =>
        Spec.Given()
            .When(new Submit(BelowScale with { StreetCode = "XX99" }), T0)
            .ThenRejected(ApprovalRejections.InvalidFiling);

    [Fact]
    public void Submitting_twice_is_refused() =>
        Spec.Given(Past.Submitted(BelowScale, T0))
            .When(new Submit(BelowScale), At(1))
            .ThenRejected(ApprovalRejections.AlreadySubmitted);

    private static string Permit => PermitNumber.For("QH", "F-0001", At(3));
}
