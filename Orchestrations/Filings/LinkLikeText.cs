using System.Text;
using System.Text.RegularExpressions;

namespace Reopen.Orchestrations.Filings;

/// <summary>
/// Text a mail client or phone would turn into a link: a URL ("https://…", "www.…"), an e-mail address, a domain
/// ("evil.example", "例子.中国", "evil。example": browsers read 。 as a dot) or an IPv4 address. Ordinary names and addresses
/// ("No. 5 Road", "St. Mary", "3.5", "e.g.") are not. Names and addresses may hold none; free text is shown defanged.
/// </summary>
public static partial class LinkLikeText
{
    /// <summary>Whether the text, read as NFKC (full-width letters and dots as ASCII), holds anything link-like.</summary>
    public static bool Contains(string? text) =>
        !string.IsNullOrEmpty(text) && LinkLike().IsMatch(text.Normalize(NormalizationForm.FormKC));

    /// <summary>Why a name or address may not hold the text (Chinese, English); null when it may.</summary>
    public static (string Zh, string En)? Problem(string? text, string zh, string en) =>
        Contains(text) ? ($"{zh}不能含有网址、电子邮箱或域名", $"{en} may not contain a web address, e-mail address or domain name") : null;

    /// <summary>
    /// The text with every link-like span broken so that no client links it, still readable:
    /// "https://evil.example/x" → "https[:]//evil[.]example/x", "a@b.cn" → "a[@]b[.]cn".
    /// </summary>
    public static string Defang(string text) => LinkLike().Replace(text, m => m.Value
        .Replace("://", "[:]//", StringComparison.Ordinal)
        .Replace("@", "[@]", StringComparison.Ordinal)
        .Replace(".", "[.]", StringComparison.Ordinal)
        .Replace("。", "[.]", StringComparison.Ordinal));

    // Alternatives, tried in this order at each position: "://" after a scheme, an e-mail address, IPv4, ASCII labels (. or 。)
    // under an ASCII or punycode top-level domain, any-script labels under one (. only), any-script labels under a
    // Chinese-script one, "www.". A match starts only where a run of labels starts and labels are atomic, so the time is
    // linear in the text, not quadratic.
    [GeneratedRegex("""
        (?<=[a-z0-9])://
        | (?<![\p{L}\p{M}\p{N}._%+\-])(?>[\p{L}\p{M}\p{N}._%+\-]+)@(?>[\p{L}\p{M}\p{N}\-]+)(?:[.。](?>[\p{L}\p{M}\p{N}\-]+))+
        | (?<![0-9.])[0-9]{1,3}(?:[.。][0-9]{1,3}){3}(?![0-9])
        | (?<![a-z0-9\-]|[a-z0-9\-][.。])(?:(?>[a-z0-9\-]+)[.。])+(?:[a-z]{2,63}|xn--[a-z0-9\-]+)(?![a-z0-9\-])
        | (?<![\p{L}\p{M}\p{N}\-]|[\p{L}\p{M}\p{N}\-]\.)(?>[\p{L}\p{M}\p{N}\-]+)(?:\.(?>[\p{L}\p{M}\p{N}\-]+))*\.(?:[a-z]{2,63}|xn--[a-z0-9\-]+)(?![a-z0-9\-])
        | (?<![\p{L}\p{M}\p{N}\-]|[\p{L}\p{M}\p{N}\-][.。])(?>[\p{L}\p{M}\p{N}\-]+)(?:[.。](?>[\p{L}\p{M}\p{N}\-]+))*[.。](?:中国|中國|公司|网络|網絡|在线|在線|网址|网店|商城|商店|集团|移动|手机|信息|企业|政务|公益|香港|台湾|台灣|新加坡|我爱你|中文网|购物|游戏|娱乐|世界)
        | (?<![a-z0-9])www[.。]
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkLike();
}
