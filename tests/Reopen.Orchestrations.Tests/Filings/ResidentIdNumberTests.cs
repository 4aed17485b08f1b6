using Reopen.Orchestrations.Filings;

namespace Reopen.Orchestrations.Tests.Filings;

/// <summary>GB 11643-1999 citizen identity numbers.</summary>
public sealed class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData("110101200001011232")]
    [InlineData("440304199003070018")]
    public void Valid_numbers_are_accepted(string id) => Assert.True(ResidentIdNumber.IsValid(id));

    [Fact]
    public void Check_digit_is_computed_from_the_weights_modulo_11()
    {
        Assert.Equal('X', ResidentIdNumber.CheckDigit("11010519491231002"));
        Assert.Equal('2', ResidentIdNumber.CheckDigit("11010120000101123"));
    }

    [Theory]
    [InlineData("110105194912310021", "check digit")]
    [InlineData("110105194902300028", "birth date")]
    [InlineData("110105189912310028", "birth date")]
    [InlineData("11010519491231002", "17 digits")]
    [InlineData("1101051949123100XX", "17 digits")]
    [InlineData("99010519491231002X", "administrative division")]
    [InlineData("", "required")]
    public void Invalid_numbers_say_why(string id, string why)
    {
        var problem = ResidentIdNumber.Problem(id);

        Assert.NotNull(problem);
        Assert.Contains(why, problem.Value.En);
    }

    [Fact]
    public void February_29th_is_a_birth_date_only_in_leap_years()
    {
        Assert.True(ResidentIdNumber.IsValid(SampleWithBirth("20000229")));
        Assert.False(ResidentIdNumber.IsValid(SampleWithBirth("19990229")));
    }

    private static string SampleWithBirth(string yyyymmdd)
    {
        var first17 = "110105" + yyyymmdd + "001";
        return first17 + ResidentIdNumber.CheckDigit(first17);
    }
}
