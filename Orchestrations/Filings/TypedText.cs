using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Reopen.Orchestrations.Filings;

/// <summary>
/// What people type, made one way before it is checked and stored: NFKC (full-width letters and digits become ASCII), trimmed,
/// and for one-line fields every run of whitespace one space. What is left of the control (Cc) and format (Cf) characters,
/// e.g. U+202E RIGHT-TO-LEFT OVERRIDE or U+200B ZERO WIDTH SPACE, is refused, since it shows text other than what is stored.
/// </summary>
public static partial class TypedText
{
    // The full-width punctuation of Chinese prose, which NFKC would turn into ASCII ("，" into ","): kept as typed.
    private static readonly SearchValues<char> ChinesePunctuation = SearchValues.Create("！（），：；？～");

    /// <summary>A one-line field (a name, an address, a code): NFKC, trimmed, whitespace runs (line breaks too) as one space.</summary>
    public static string Line(string? text) => string.IsNullOrEmpty(text) ? "" : Whitespace().Replace(Nfkc(text), " ").Trim();

    /// <summary>A multi-line field (a plan, a note): NFKC, trimmed, line breaks kept as "\n" and tabs as spaces.</summary>
    public static string Block(string? text) =>
        string.IsNullOrEmpty(text) ? "" : Nfkc(text).ReplaceLineEndings("\n").Replace('\t', ' ').Trim();

    /// <summary>NFKC, except that the full-width punctuation of Chinese prose (，：；！？（）～) stays as typed.</summary>
    public static string Nfkc(string text)
    {
        if (text.AsSpan().IndexOfAny(ChinesePunctuation) < 0) return text.Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !ChinesePunctuation.Contains(text[i])) continue;
            result.Append(text[start..i].Normalize(NormalizationForm.FormKC));
            if (i < text.Length) result.Append(text[i]);
            start = i + 1;
        }
        return result.ToString();
    }

    /// <summary>The first control or format character, "\n" aside in a multi-line text; null when there is none.</summary>
    public static Rune? ForbiddenCharacter(string? text, bool multiLine = false)
    {
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (multiLine && rune.Value == '\n') continue;
            if (IsHidden(rune)) return rune;
        }
        return null;
    }

    /// <summary>A control (Cc) or format (Cf) character: it shows text other than what is stored, or nothing at all.</summary>
    public static bool IsHidden(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format;

    /// <summary>Why the text may not be stored (Chinese, English), naming the character; null when it may.</summary>
    /// <param name="zh">The field, e.g. "企业名称".</param>
    /// <param name="en">The field as a sentence starts it, e.g. "The business name".</param>
    public static (string Zh, string En)? CharacterProblem(string? text, string zh, string en, bool multiLine = false) =>
        ForbiddenCharacter(text, multiLine) is { } rune
            ? ($"{zh}含有不可见字符或控制字符（U+{rune.Value:X4}），请删除后再提交", $"{en} contains an invisible or control character (U+{rune.Value:X4}); remove it")
            : null;

    // \s is Unicode-aware: U+3000 IDEOGRAPHIC SPACE, U+00A0, U+2028 and the like are whitespace too.
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
