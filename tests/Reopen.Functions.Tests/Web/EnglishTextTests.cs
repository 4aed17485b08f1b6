using System.Text.RegularExpressions;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Tests.Web;

/// <summary>English text is English on its own: no Chinese characters or punctuation in any English entry of the catalogue.</summary>
public partial class EnglishTextTests
{
    // Entries whose English must show Chinese, each for its own reason.
    private static readonly Dictionary<string, string> Allowed = new()
    {
        ["web.switchLanguage"] = "the other language, named as its readers write it",
        ["web.product"] = "the product's bilingual name, the same in both languages",
        ["home.permit.example"] = "a permit number as printed on the placard, 复工〔2026〕…",
    };

    [Fact]
    public void No_english_entry_holds_chinese_characters_or_punctuation()
    {
        var chinese = TextCatalog.Default.Entries
            .Where(e => !Allowed.ContainsKey(e.Key) && Chinese().IsMatch(e.Value.En))
            .Select(e => $"{e.Key}: {e.Value.En}");

        Assert.Empty(chinese);
    }

    [Fact]
    public void The_scan_sees_chinese_brackets_list_commas_and_colons()
    {
        Assert.Matches(Chinese(), "Step（round 2）");
        Assert.Matches(Chinese(), "a、b");
        Assert.Matches(Chinese(), "Reason：none");
        Assert.DoesNotMatch(Chinese(), "“Street review” passed: 2 December 2026 (Beijing time)");
    }

    /// <summary>CJK characters, CJK symbols and punctuation (、。〔〕【】), full-width forms (（）：；，).</summary>
    [GeneratedRegex(@"[\u2E80-\u2FFF\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]")]
    internal static partial Regex Chinese();
}
