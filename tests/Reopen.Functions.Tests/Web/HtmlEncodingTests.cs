using Reopen.Functions.Web;

namespace Reopen.Functions.Tests.Web;

public class HtmlEncodingTests
{
    [Fact]
    public void Script_in_user_text_comes_out_encoded()
    {
        var userText = "<script>alert('x')</script>";

        var html = Html.Of($"<p>{userText}</p>").ToString();

        Assert.Equal("<p>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</p>", html);
    }

    [Fact]
    public void Quote_in_user_text_cannot_leave_an_attribute()
    {
        var userText = "\" onmouseover=\"alert(1)";

        var html = Html.Of($"<input value=\"{userText}\">").ToString();

        Assert.DoesNotContain("\" onmouseover", html);
        Assert.Contains("&quot;", html);
    }

    [Fact]
    public void Chinese_text_stays_readable()
    {
        Assert.Equal("<p>复工复产 &amp; 备案</p>", Html.Of($"<p>{"复工复产 & 备案"}</p>").ToString());
    }

    [Fact]
    public void Html_fragments_are_not_encoded_twice()
    {
        var inner = Html.Of($"<b>{"a<b"}</b>");

        Assert.Equal("<p><b>a&lt;b</b></p>", Html.Of($"<p>{inner}</p>").ToString());
    }

    [Fact]
    public void A_list_of_fragments_is_joined_in_order()
    {
        var items = new List<Html> { Html.Of($"<li>{"1"}</li>"), Html.Of($"<li>{"<2>"}</li>") };

        Assert.Equal("<ul><li>1</li><li>&lt;2&gt;</li></ul>", Html.Of($"<ul>{items}</ul>").ToString());
    }

    [Fact]
    public void Numbers_are_formatted_invariantly()
    {
        Assert.Equal("<i>1234.5</i>", Html.Of($"<i>{1234.5}</i>").ToString());
    }

    [Fact]
    public void Null_text_renders_as_nothing()
    {
        string? missing = null;

        Assert.Equal("<p></p>", Html.Of($"<p>{missing}</p>").ToString());
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("//evil.example/")]
    [InlineData("")]
    public void Link_with_an_unsafe_url_renders_only_its_label(string url)
    {
        Assert.Equal("Open &lt;it&gt;", Html.Link(url, "Open <it>").ToString());
    }

    [Theory]
    [InlineData("https://example.gov.cn/a?b=1&c=2", "<a href=\"https://example.gov.cn/a?b=1&amp;c=2\">Open</a>")]
    [InlineData("/api/decisions/x", "<a href=\"/api/decisions/x\">Open</a>")]
    public void Link_with_a_safe_url_is_an_anchor(string url, string expected)
    {
        Assert.Equal(expected, Html.Link(url, "Open").ToString());
    }
}
