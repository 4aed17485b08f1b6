using Reopen.Orchestrations.Filings;

namespace Reopen.Orchestrations.Tests.Filings;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("张小三", "张*三")]
    [InlineData("张三", "张*")]
    [InlineData("欧阳小明", "欧**明")]
    [InlineData("李", "*")]
    [InlineData("", "")]
    public void Names_keep_only_the_first_and_last_character(string name, string masked) => Assert.Equal(masked, Masking.Name(name));

    [Fact]
    public void Id_numbers_keep_the_first_and_last_four() =>
        Assert.Equal("1101**********002X", Masking.IdNumber("11010519491231002x"));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("+86 138-1234-5678", "138****5678")]
    [InlineData("12345", "*****")]
    public void Mobiles_keep_the_first_three_and_last_four(string mobile, string masked) => Assert.Equal(masked, Masking.Mobile(mobile));
}
