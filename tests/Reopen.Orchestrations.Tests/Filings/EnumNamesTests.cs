using Reopen.Orchestrations.Filings;

namespace Reopen.Orchestrations.Tests.Filings;

/// <summary>An enum field takes exactly one of its names: no lists, numbers or padding.</summary>
public sealed class EnumNamesTests
{
    [Theory]
    [InlineData("BelowScale", BusinessScale.BelowScale)]
    [InlineData("belowscale", BusinessScale.BelowScale)]
    [InlineData("SoleTrader", BusinessScale.SoleTrader)]
    public void One_name_in_any_case_is_read(string text, BusinessScale expected)
    {
        Assert.True(BusinessScales.TryParse(text, out var scale));
        Assert.Equal(expected, scale);
    }

    [Theory]
    [InlineData("BelowScale,AboveScale")]
    [InlineData("AboveScale, BelowScale")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData(" BelowScale")]
    [InlineData("BelowScale ")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_one_name_is_no_scale(string? text) => Assert.False(BusinessScales.TryParse(text, out _));

    [Theory]
    [InlineData("General,General")]
    [InlineData("general,General")]
    [InlineData("0")]
    [InlineData(" General")]
    public void Anything_but_one_name_is_no_category(string text) => Assert.False(BusinessCategories.TryParse(text, out _));

    [Theory]
    [InlineData("Healthy,Healthy")]
    [InlineData("2")]
    [InlineData("Healthy\n")]
    public void Anything_but_one_name_is_no_health_status(string text) => Assert.False(HealthStatuses.TryParse(text, out _));

    [Fact]
    public void Canonical_spelling_is_the_documented_name()
    {
        Assert.Equal("SmallRestaurant", EnumNames.Canonical<BusinessCategory>("smallrestaurant"));
        Assert.Equal("General,General", EnumNames.Canonical<BusinessCategory>("General,General"));
    }
}
