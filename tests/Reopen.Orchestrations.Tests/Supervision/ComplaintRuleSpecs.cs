using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision.Complaints;

namespace Reopen.Orchestrations.Tests.Supervision;

/// <summary>A complaint checked whole, and when a second one is the same matter reported again.</summary>
public sealed class ComplaintRuleSpecs
{
    private static readonly DistrictPolicy District = PolicyCatalog.Load("default");
    private static readonly DateTimeOffset T0 = new(2026, 3, 5, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly ComplaintForm Valid = new() { What = "店内顾客扎堆，店员不戴口罩", Business = "老王理发店", Street = "QH01", Contact = "+86 138-1234-5678" };

    [Fact]
    public void Given_a_complete_complaint_then_it_passes_and_a_mobile_contact_is_normalized()
    {
        var (normalized, contact, errors) = ComplaintRules.Check(Valid, District);

        Assert.Empty(errors);
        Assert.Equal((ContactKind.Mobile, "13812345678"), (contact, normalized.Contact));
    }

    [Fact]
    public void Given_an_email_contact_or_none_then_each_is_taken()
    {
        Assert.Equal(ContactKind.Email, ComplaintRules.Check(Valid with { Contact = "citizen@example.com" }, District).Contact);
        Assert.Equal(ContactKind.None, ComplaintRules.Check(Valid with { Contact = " " }, District).Contact);
    }

    [Fact]
    public void Given_nothing_said_no_street_a_bad_credit_code_and_a_bad_contact_then_each_is_named() =>
        Assert.Equal(["what", "creditCode", "street", "contact"],
            ComplaintRules.Check(Valid with { What = " ", Street = "XX99", CreditCode = "12345", Contact = "call me" }, District).Errors.Select(e => e.Path));

    [Fact]
    public void Given_a_link_for_a_business_name_then_it_is_refused() =>
        Assert.Contains("business", ComplaintRules.Check(Valid with { Business = "https://evil.example" }, District).Errors.Select(e => e.Path));

    [Fact]
    public void Given_the_same_matter_in_other_words_within_a_week_then_it_is_a_near_duplicate() =>
        Assert.True(ComplaintRules.IsNearDuplicate("店员不戴口罩，店内顾客扎堆！", T0.AddDays(2), Valid.What, T0));

    [Fact]
    public void Given_another_matter_or_the_same_one_a_month_later_then_it_is_new()
    {
        Assert.False(ComplaintRules.IsNearDuplicate("晚上十点后仍在营业并播放音乐", T0.AddDays(1), Valid.What, T0));
        Assert.False(ComplaintRules.IsNearDuplicate(Valid.What, T0.AddDays(30), Valid.What, T0));
    }

    [Fact]
    public void Given_a_business_named_with_other_spacing_then_complaints_share_its_key_and_a_permit_wins_over_the_name()
    {
        Assert.Equal(ComplaintRules.TargetKey(null, "QH01", "老王 理发店"), ComplaintRules.TargetKey(null, "QH01", "老王理发店"));
        Assert.NotEqual(ComplaintRules.TargetKey(null, "QH02", "老王理发店"), ComplaintRules.TargetKey(null, "QH01", "老王理发店"));
        Assert.Equal("permit-QH-AAAAAAAA", ComplaintRules.TargetKey("QH-AAAAAAAA", "QH01", "老王理发店"));
    }
}
