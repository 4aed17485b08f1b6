using Reopen.Orchestrations.Filings;

namespace Reopen.Orchestrations.Tests.Filings;

/// <summary>What a mail client or phone would link is found, ordinary names and addresses are not, and free text is defanged.</summary>
public sealed class LinkLikeTextTests
{
    [Theory]
    [InlineData("请改用新链接 https://evil.example/login 审批")]
    [InlineData("http://evil")]
    [InlineData("HTTPS://EVIL.EXAMPLE")]
    [InlineData("ftp://files")]
    [InlineData("访问www.evil登录")]
    [InlineData("evil.example")]
    [InlineData("访问evil.example登录")]
    [InlineData("清源鲜果 a@b.cn")]
    [InlineData("zhang.san@evil.example")]
    [InlineData("evil。example")]
    [InlineData("ｅｖｉｌ．ｅｘａｍｐｌｅ")]
    [InlineData("evil｡example")]
    [InlineData("例子.中国")]
    [InlineData("请访问 例子。公司")]
    [InlineData("例子.com")]
    [InlineData("xn--fsq.xn--fiqs8s")]
    [InlineData("shop.xn--fiqs8s")]
    [InlineData("192.168.1.10")]
    public void Urls_addresses_and_domains_are_link_like(string text) => Assert.True(LinkLikeText.Contains(text), text);

    [Theory]
    [InlineData("清源鲜果批发行")]
    [InlineData("清河区清源路88号3栋2单元")]
    [InlineData("张小三")]
    [InlineData("阿依古丽·买买提")]
    [InlineData("阿依古丽.买买提")]
    [InlineData("No. 5 Road")]
    [InlineData("No.5 Qingyuan Road")]
    [InlineData("3.5")]
    [InlineData("消毒液3.5升，口罩2.5万只")]
    [InlineData("12 St. Mary St.")]
    [InlineData("J. P. Smith")]
    [InlineData("U.S.A.")]
    [InlineData("e.g. a shop")]
    [InlineData("Qingyuan Fruit Co., Ltd.")]
    [InlineData("版本 1.2.3")]
    [InlineData("")]
    public void Ordinary_names_addresses_and_numbers_are_not(string text) => Assert.False(LinkLikeText.Contains(text), text);

    [Theory]
    [InlineData("https://evil.example/x", "https[:]//evil[.]example/x")]
    [InlineData("a@b.cn", "a[@]b[.]cn")]
    [InlineData("请改用新链接 https://evil.example/login 审批", "请改用新链接 https[:]//evil[.]example/login 审批")]
    [InlineData("见 www.evil.example", "见 www[.]evil[.]example")]
    [InlineData("evil。example", "evil[.]example")]
    [InlineData("已补充消毒频次，每日3.5升。No. 5 Road", "已补充消毒频次，每日3.5升。No. 5 Road")]
    public void Defanged_text_stays_readable_and_links_nothing(string text, string defanged)
    {
        var result = LinkLikeText.Defang(text);

        Assert.Equal(defanged, result);
        Assert.False(LinkLikeText.Contains(result), result);
    }

    [Theory]
    [InlineData("清")]
    [InlineData("a1")]
    [InlineData("a.")]
    [InlineData("a@")]
    [InlineData("1.")]
    [InlineData("清.")]
    [InlineData("a-")]
    [InlineData("a.b@")]
    public void A_long_text_is_scanned_in_linear_time(string unit)
    {
        // 100,000 characters: a scan that retries every position of a run would take minutes.
        var text = string.Concat(Enumerable.Repeat(unit, 100_000 / unit.Length));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        LinkLikeText.Defang(text);
        LinkLikeText.Contains(text);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{watch.Elapsed} for {unit}");
    }
}
