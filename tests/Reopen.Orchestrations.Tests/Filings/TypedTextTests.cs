using Reopen.Orchestrations.Filings;

namespace Reopen.Orchestrations.Tests.Filings;

/// <summary>What people type is stored one way, and characters that show other than what is stored are named.</summary>
public sealed class TypedTextTests
{
    [Theory]
    [InlineData("  清源　鲜果\t批发行  ", "清源 鲜果 批发行")]
    [InlineData("Ｑｉｎｇｙｕａｎ  Ｆｒｕｉｔ", "Qingyuan Fruit")]
    [InlineData("清河区\r\n清源路８８号", "清河区 清源路88号")]
    [InlineData("张\u00A0小三", "张 小三")]
    [InlineData(null, "")]
    public void One_line_text_is_nfkc_trimmed_with_single_spaces(string? typed, string stored) => Assert.Equal(stored, TypedText.Line(typed));

    [Fact]
    public void Multi_line_text_keeps_its_line_breaks() =>
        Assert.Equal("一、测温\n二、消毒 每日2次", TypedText.Block("  一、测温\r\n二、消毒\t每日２次 \n"));

    [Fact]
    public void Chinese_punctuation_stays_full_width_while_letters_digits_and_dots_become_ascii() =>
        Assert.Equal("清源（北京）鲜果，每日消毒：2次！是否？ evil.example @ a",
            TypedText.Line("清源（北京）鲜果，每日消毒：２次！是否？ ｅｖｉｌ．ｅｘａｍｐｌｅ ＠ ａ"));

    [Theory]
    [InlineData("清源\u202E行", "U+202E")]
    [InlineData("清源\u200B行", "U+200B")]
    [InlineData("\u2066清源\u2069", "U+2066")]
    [InlineData("清源\uFEFF", "U+FEFF")]
    [InlineData("清源\u0007", "U+0007")]
    [InlineData("清源\u00AD行", "U+00AD")]
    public void Control_and_format_characters_are_named(string text, string codePoint)
    {
        var problem = TypedText.CharacterProblem(text, "企业名称", "The business name");

        Assert.NotNull(problem);
        Assert.Contains(codePoint, problem.Value.Zh);
        Assert.Equal($"The business name contains an invisible or control character ({codePoint}); remove it", problem.Value.En);
    }

    [Fact]
    public void Line_break_is_allowed_only_in_multi_line_text()
    {
        Assert.Null(TypedText.CharacterProblem("一\n二", "方案", "The plan", multiLine: true));
        Assert.NotNull(TypedText.CharacterProblem("一\n二", "企业名称", "The business name"));
        Assert.NotNull(TypedText.CharacterProblem("一\n\u202E二", "方案", "The plan", multiLine: true));
    }

    [Theory]
    [InlineData("清源鲜果批发行")]
    [InlineData("Qingyuan Fruit Co., Ltd.")]
    [InlineData("阿依古丽·买买提")]
    public void Ordinary_names_have_no_problem(string text) => Assert.Null(TypedText.CharacterProblem(text, "姓名", "The name"));
}
