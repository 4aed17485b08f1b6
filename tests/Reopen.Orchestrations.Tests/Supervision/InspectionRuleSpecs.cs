using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Orchestrations.Tests.Supervision;

/// <summary>An inspection report checked whole, and what its outcome means for the business.</summary>
public sealed class InspectionRuleSpecs
{
    private static readonly SupervisionRules Rules = PolicyCatalog.Load("default").Supervision;
    private static readonly DateTimeOffset Now = new(2026, 3, 5, 10, 0, 0, TimeSpan.FromHours(8));

    private static IReadOnlyList<ChecklistSection> Barber => Checklists.For(BusinessCategory.Barber);

    private static List<ItemAnswer> AllPassed(IReadOnlyList<ChecklistSection> checklist) =>
        [.. checklist.SelectMany(s => s.Items).Select(i => new ItemAnswer(i.Code, true, ""))];

    private static List<ItemAnswer> WithFailed(IReadOnlyList<ChecklistSection> checklist, string code, string note) =>
        [.. AllPassed(checklist).Select(a => a.Code == code ? a with { Passed = false, Note = note } : a)];

    private static (InspectionFinding? Finding, IReadOnlyList<FieldError> Errors) When(IReadOnlyList<ChecklistSection> checklist,
        List<ItemAnswer> items, InspectionOutcome? outcome, string notes = "") =>
        InspectionRules.Decide(checklist, new InspectionReport(items, outcome, notes), Rules, Now);

    [Fact]
    public void Given_every_category_then_the_five_in_place_are_checked_and_small_units_malls_and_markets_add_their_own()
    {
        Assert.Equal(["five"], Checklists.For(BusinessCategory.General).Select(s => s.Code));
        Assert.Equal(["five", "eight"], Checklists.For(BusinessCategory.SmallRestaurant).Select(s => s.Code));
        Assert.Equal(8, Checklists.For(BusinessCategory.Pharmacy)[1].Items.Count);
        Assert.Equal(["five", "venue"], Checklists.For(BusinessCategory.LargeMall).Select(s => s.Code));
        Assert.Contains(Checklists.For(BusinessCategory.FarmersMarket)[1].Items, i => i.Code == "venue.liveAnimals");
        Assert.DoesNotContain(Checklists.For(BusinessCategory.LargeMall)[1].Items, i => i.Code == "venue.liveAnimals");
    }

    [Fact]
    public void Given_every_item_passed_when_it_passes_then_nothing_follows()
    {
        var (finding, errors) = When(Barber, AllPassed(Barber), InspectionOutcome.Passed);

        Assert.Empty(errors);
        Assert.Equal(InspectionOutcome.Passed, finding!.Outcome);
        Assert.Empty(finding.FailedItems);
        Assert.Null(finding.RectifyBy);
        Assert.False(finding.SuspendsPermit);
    }

    [Fact]
    public void Given_a_failed_item_fixed_on_the_spot_then_it_is_recorded_with_its_note_and_nothing_else_follows()
    {
        var (finding, errors) = When(Barber, WithFailed(Barber, "eight.masks", "  一名理发师未戴口罩，已当场佩戴 "), InspectionOutcome.FixedOnSpot);

        Assert.Empty(errors);
        Assert.Equal([new ItemAnswer("eight.masks", false, "一名理发师未戴口罩，已当场佩戴")], finding!.FailedItems);
        Assert.Null(finding.RectifyBy);
        Assert.False(finding.SuspendsPermit);
    }

    [Fact]
    public void Given_a_rectification_notice_then_it_falls_due_after_the_policy_s_period()
    {
        var (finding, _) = When(Barber, WithFailed(Barber, "eight.register", "未建立顾客登记"), InspectionOutcome.RectificationNotice);

        Assert.Equal(Now + Rules.RectifyWithin, finding!.RectifyBy);
        Assert.False(finding.SuspendsPermit);
    }

    [Fact]
    public void Given_a_closure_then_the_permit_is_suspended() =>
        Assert.True(When(Barber, WithFailed(Barber, "eight.unapprovedOpening", "未经审核擅自营业"), InspectionOutcome.Closure).Finding!.SuspendsPermit);

    [Fact]
    public void Given_unanswered_items_then_each_is_named_and_nothing_is_recorded()
    {
        var items = AllPassed(Barber).Where(a => a.Code is not ("five.plan" or "eight.flowLimit")).ToList();

        var (finding, errors) = When(Barber, items, InspectionOutcome.Passed);

        Assert.Null(finding);
        Assert.Equal(["items.five.plan", "items.eight.flowLimit"], errors.Select(e => e.Path));
    }

    [Fact]
    public void Given_a_failed_item_without_a_note_then_the_note_is_asked_for() =>
        Assert.Equal(["items.eight.masks.note"], When(Barber, WithFailed(Barber, "eight.masks", " "), InspectionOutcome.FixedOnSpot).Errors.Select(e => e.Path));

    [Fact]
    public void Given_a_failed_item_then_the_inspection_cannot_pass() =>
        Assert.Equal(["outcome"], When(Barber, WithFailed(Barber, "eight.masks", "未戴口罩"), InspectionOutcome.Passed).Errors.Select(e => e.Path));

    [Theory]
    [InlineData(InspectionOutcome.FixedOnSpot)]
    [InlineData(InspectionOutcome.RectificationNotice)]
    [InlineData(InspectionOutcome.Closure)]
    public void Given_nothing_failed_then_no_fix_notice_or_closure_can_be_recorded(InspectionOutcome outcome) =>
        Assert.Equal(["outcome"], When(Barber, AllPassed(Barber), outcome).Errors.Select(e => e.Path));

    [Fact]
    public void Given_no_outcome_then_it_is_asked_for() =>
        Assert.Equal(["outcome"], When(Barber, AllPassed(Barber), null).Errors.Select(e => e.Path));
}
