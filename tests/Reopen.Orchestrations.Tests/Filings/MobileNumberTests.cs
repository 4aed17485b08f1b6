using Reopen.Orchestrations.Filings;

namespace Reopen.Orchestrations.Tests.Filings;

public sealed class MobileNumberTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("+8613812345678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("86-138-1234-5678")]
    [InlineData("008613812345678")]
    [InlineData(" 138-1234-5678 ")]
    public void Mainland_mobiles_are_normalized_to_eleven_digits(string input)
    {
        Assert.True(MobileNumber.TryNormalize(input, out var normalized));
        Assert.Equal("13812345678", normalized);
    }

    [Theory]
    [InlineData("12812345678")]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("+85213812345678")]
    [InlineData("010-12345678")]
    [InlineData("1381234567a")]
    [InlineData("13812345678\n")]
    [InlineData("1381234567\u0668")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_numbers_are_refused(string? input)
    {
        Assert.False(MobileNumber.TryNormalize(input, out var normalized));
        Assert.Equal("", normalized);
        Assert.NotNull(MobileNumber.Problem(input));
    }
}
