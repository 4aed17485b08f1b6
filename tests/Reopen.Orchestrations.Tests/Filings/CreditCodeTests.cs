using Reopen.Orchestrations.Filings;

namespace Reopen.Orchestrations.Tests.Filings;

/// <summary>GB 32100-2015 unified social credit codes.</summary>
public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000600037341L")]
    [InlineData("91310000717866186P")]
    [InlineData("91350100m000100y43")]
    [InlineData(" 91350100M000100Y43 ")]
    public void Valid_codes_are_accepted(string code) => Assert.True(CreditCode.IsValid(code));

    [Fact]
    public void Check_character_follows_the_weights_and_modulus_31()
    {
        Assert.Equal('3', CreditCode.CheckCharacter("91350100M000100Y4"));
        Assert.Equal('L', CreditCode.CheckCharacter("91110000600037341"));
    }

    [Theory]
    [InlineData("91350100M000100Y44", "check character")]
    [InlineData("91350100M000100Y4", "18 characters")]
    [InlineData("91350100M000100Y433", "18 characters")]
    [InlineData("91350100I000100Y43", "not allowed")]
    [InlineData("91350100O000100Y43", "not allowed")]
    [InlineData("91990100M000100Y4X", "administrative division")]
    [InlineData("913501A0M000100Y43", "administrative division")]
    [InlineData("", "required")]
    [InlineData(null, "required")]
    public void Invalid_codes_say_why(string? code, string why)
    {
        var problem = CreditCode.Problem(code);

        Assert.NotNull(problem);
        Assert.Contains(why, problem.Value.En);
        Assert.NotEmpty(problem.Value.Zh);
    }

    [Fact]
    public void Every_single_character_change_of_a_valid_code_is_caught()
    {
        const string valid = "91350100M000100Y43";
        for (var i = 0; i < valid.Length; i++)
            foreach (var c in CreditCode.Alphabet.Where(c => c != valid[i]))
                Assert.False(CreditCode.IsValid(valid[..i] + c + valid[(i + 1)..]), $"position {i} changed to {c}");
    }
}
