using Microsoft.AspNetCore.Http;
using Reopen.Functions.Web;

namespace Reopen.Functions.Tests.Web;

public class PageResultsTests
{
    [Fact]
    public async Task Page_is_a_full_utf8_document_in_Chinese_by_default()
    {
        var (response, html) = await Execute(PageResults.Html(new HtmlPage("备案", Html.Of($"<p>{"正文"}</p>"))), "/api/filings/1");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.ContentType);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("name=\"viewport\"", html);
        Assert.Contains("<title>备案 - 复工复产备案 / Reopen</title>", html);
        Assert.Contains("<p>正文</p>", html);
        Assert.Contains("@media print", html);
    }

    [Fact]
    public async Task Language_switch_keeps_the_path_and_query_and_toggles_lang()
    {
        var (_, html) = await Execute(PageResults.Html(new HtmlPage("t", Html.Empty)), "/api/filings/1", "?x=1&lang=zh");

        Assert.Contains("href=\"/api/filings/1?x=1&amp;lang=en\"", html);
        Assert.Contains(">English</a>", html);
    }

    [Fact]
    public async Task English_page_offers_Chinese_and_remembers_the_choice()
    {
        var (response, html) = await Execute(PageResults.Html(new HtmlPage("t", Html.Empty)), "/p", "?lang=en");

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("href=\"/p?lang=zh\"", html);
        Assert.Contains(">中文</a>", html);
        Assert.Contains("lang=en", response.Headers.SetCookie.ToString());
    }

    [Fact]
    public async Task Page_composed_per_language_gets_the_request_language()
    {
        var (_, html) = await Execute(PageResults.Html(t => new HtmlPage(t["web.error.404.title"], Html.Empty)), "/p", "?lang=en");

        Assert.Contains("<title>Page not found - ", html);
    }

    [Fact]
    public async Task Page_forbids_scripts()
    {
        var (response, _) = await Execute(PageResults.Html(new HtmlPage("t", Html.Empty)), "/p");

        Assert.Contains("default-src 'none'", response.Headers.ContentSecurityPolicy.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task Refreshing_page_carries_the_refresh_meta()
    {
        var (_, html) = await Execute(PageResults.Html(new HtmlPage("t", Html.Empty) { RefreshSeconds = 3 }), "/p");

        Assert.Contains("<meta http-equiv=\"refresh\" content=\"3\">", html);
    }

    [Fact]
    public async Task Error_page_has_status_default_title_and_encoded_message()
    {
        var (response, html) = await Execute(PageResults.Error(404, "找不到 <b>备案</b>", details: "id=<x>"), "/p");

        Assert.Equal(404, response.StatusCode);
        Assert.Contains("<h1>页面不存在</h1>", html);
        Assert.Contains("找不到 &lt;b&gt;备案&lt;/b&gt;", html);
        Assert.Contains("id=&lt;x&gt;", html);
    }

    [Fact]
    public async Task Error_page_with_an_unusual_status_falls_back_to_a_general_title()
    {
        var (response, html) = await Execute(PageResults.Error(422, "bad", title: null), "/p", "?lang=en");

        Assert.Equal(422, response.StatusCode);
        Assert.Contains("<h1>Bad request</h1>", html);
    }

    [Fact]
    public async Task Error_page_uses_the_given_title()
    {
        var (_, html) = await Execute(PageResults.Error(410, "链接已过期", title: "审批链接已过期"), "/p");

        Assert.Contains("<h1>审批链接已过期</h1>", html);
    }

    private static async Task<(HttpResponse Response, string Html)> Execute(IResult result, string path, string query = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        var body = new MemoryStream();
        context.Response.Body = body;

        await result.ExecuteAsync(context);

        return (context.Response, System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }
}
