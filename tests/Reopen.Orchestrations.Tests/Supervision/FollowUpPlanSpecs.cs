using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Orchestrations.Tests.Supervision;

/// <summary>What the district's rules plan for a permitted firm, by category and scale (the shipped default policy: days).</summary>
public sealed class FollowUpPlanSpecs
{
    private static readonly DistrictPolicy District = PolicyCatalog.Load("default");
    private static readonly DateTimeOffset PermittedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static SupervisionRules Rules(double spotRate = 0) =>
        District.Supervision with { SpotChecks = District.Supervision.SpotChecks with { WalkInRate = spotRate, AboveScaleRate = spotRate, OtherRate = spotRate } };

    private static IReadOnlyList<PlannedFollowUp> Plan(BusinessCategory category, BusinessScale scale = BusinessScale.BelowScale, double spotRate = 0,
        string filingId = "F260302AAAAAAAAAA") =>
        FollowUpPlanner.Plan(Rules(spotRate), new FollowUpSubject(filingId, category, scale, PermittedAt));

    [Fact]
    public void Given_a_general_firm_when_its_permit_is_issued_then_look_backs_fall_after_3_and_14_days_and_nothing_else()
    {
        var plan = Plan(BusinessCategory.General);

        Assert.Equal(
            [new("lookback-1", FollowUpKind.LookBack, PermittedAt.AddDays(3)), new("lookback-2", FollowUpKind.LookBack, PermittedAt.AddDays(14))],
            plan);
    }

    [Fact]
    public void Given_a_livelihood_supplier_then_it_is_reminded_to_check_and_disinfect_every_day_for_14_days()
    {
        var reminders = Plan(BusinessCategory.Livelihood).Where(p => p.Kind == FollowUpKind.SelfCheckReminder).ToArray();

        Assert.Equal(14, reminders.Length);
        Assert.Equal(Enumerable.Range(1, 14).Select(d => PermittedAt.AddDays(d)), reminders.Select(r => r.DueAt));
        Assert.Equal("selfcheck-01", reminders[0].Key);
        Assert.Equal("selfcheck-14", reminders[^1].Key);
    }

    [Theory]
    [InlineData(BusinessCategory.General)]
    [InlineData(BusinessCategory.SmallRestaurant)]
    [InlineData(BusinessCategory.LargeMall)]
    public void Given_a_firm_that_is_not_a_livelihood_supplier_then_it_gets_no_self_check_reminders(BusinessCategory category) =>
        Assert.DoesNotContain(Plan(category), p => p.Kind == FollowUpKind.SelfCheckReminder);

    [Fact]
    public void Given_a_spot_check_rate_of_one_then_every_firm_gets_one_unannounced_check_inside_the_window()
    {
        for (var i = 0; i < 200; i++)
        {
            var spot = Assert.Single(Plan(BusinessCategory.General, spotRate: 1, filingId: $"F260302TEST{i:000000}"), p => p.Kind == FollowUpKind.SpotCheck);
            Assert.InRange(spot.DueAt, PermittedAt, PermittedAt + District.Supervision.SpotChecks.Within);
        }
    }

    [Fact]
    public void Given_a_spot_check_rate_of_zero_then_no_firm_is_drawn() =>
        Assert.All(Enumerable.Range(0, 200), i =>
            Assert.DoesNotContain(Plan(BusinessCategory.LargeMall, spotRate: 0, filingId: $"F260302TEST{i:000000}"), p => p.Kind == FollowUpKind.SpotCheck));

    [Theory]
    [InlineData(BusinessCategory.SmallRestaurant, BusinessScale.SoleTrader, 0.5)]
    [InlineData(BusinessCategory.FarmersMarket, BusinessScale.BelowScale, 0.5)]
    [InlineData(BusinessCategory.General, BusinessScale.AboveScale, 0.3)]
    [InlineData(BusinessCategory.General, BusinessScale.BelowScale, 0.1)]
    public void Given_the_policy_s_rates_then_places_open_to_customers_are_drawn_most_and_small_firms_least(
        BusinessCategory category, BusinessScale scale, double expected)
    {
        const int firms = 2000;
        var drawn = Enumerable.Range(0, firms).Count(i =>
            FollowUpPlanner.Plan(District.Supervision, new FollowUpSubject($"F260302RATE{i:000000}", category, scale, PermittedAt))
                .Any(p => p.Kind == FollowUpKind.SpotCheck));

        Assert.InRange(drawn / (double)firms, expected - 0.05, expected + 0.05);
    }

    [Fact]
    public void Given_the_same_filing_planned_twice_then_the_plans_are_the_same() =>
        Assert.Equal(Plan(BusinessCategory.Livelihood, spotRate: 0.5), Plan(BusinessCategory.Livelihood, spotRate: 0.5));

    [Fact]
    public void Given_the_fast_policy_then_days_are_seconds()
    {
        var fast = PolicyCatalog.Load("fast").Supervision;
        var plan = FollowUpPlanner.Plan(fast, new FollowUpSubject("F260302AAAAAAAAAA", BusinessCategory.General, BusinessScale.BelowScale, PermittedAt));

        Assert.Equal(PermittedAt.AddSeconds(3), plan.First(p => p.Key == "lookback-1").DueAt);
        Assert.Equal(PermittedAt.AddSeconds(14), plan.First(p => p.Key == "lookback-2").DueAt);
    }
}
