using Microsoft.AspNetCore.Http;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Tests.Web;

public class LanguageSelectionTests
{
    [Fact]
    public void Nothing_asked_means_Chinese()
    {
        Assert.Equal(UiLanguage.Zh, LanguageSelection.Choose(Request()));
    }

    [Theory]
    [InlineData("en", UiLanguage.En)]
    [InlineData("EN-us", UiLanguage.En)]
    [InlineData("zh", UiLanguage.Zh)]
    [InlineData("zh-Hans-CN", UiLanguage.Zh)]
    public void Query_parameter_wins_over_cookie_and_header(string lang, UiLanguage expected)
    {
        var request = Request(query: "?lang=" + lang, cookie: expected == UiLanguage.En ? "zh" : "en", acceptLanguage: expected == UiLanguage.En ? "zh-CN" : "en");

        Assert.Equal(expected, LanguageSelection.Choose(request));
    }

    [Fact]
    public void Cookie_wins_over_accept_language()
    {
        Assert.Equal(UiLanguage.En, LanguageSelection.Choose(Request(cookie: "en", acceptLanguage: "zh-CN,zh;q=0.9")));
    }

    [Fact]
    public void Unknown_query_value_falls_through_to_the_cookie()
    {
        Assert.Equal(UiLanguage.En, LanguageSelection.Choose(Request(query: "?lang=fr", cookie: "en")));
    }

    [Theory]
    [InlineData("en-GB,en;q=0.9", UiLanguage.En)]
    [InlineData("fr-FR,en;q=0.8,zh;q=0.5", UiLanguage.En)]
    [InlineData("en;q=0.4,zh-TW;q=0.6", UiLanguage.Zh)]
    [InlineData("fr-FR,de;q=0.5", UiLanguage.Zh)]
    [InlineData("en;q=0", UiLanguage.Zh)]
    [InlineData("not a header;;;q=abc", UiLanguage.Zh)]
    public void Accept_language_is_read_by_weight(string header, UiLanguage expected)
    {
        Assert.Equal(expected, LanguageSelection.Choose(Request(acceptLanguage: header)));
    }

    [Fact]
    public void Texts_bind_from_the_request()
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?lang=en");

        Assert.Equal(UiLanguage.En, Texts.For(context).Language);
    }

    private static HttpRequest Request(string? query = null, string? cookie = null, string? acceptLanguage = null)
    {
        var context = new DefaultHttpContext();
        if (query is not null) context.Request.QueryString = new QueryString(query);
        if (cookie is not null) context.Request.Headers.Cookie = "lang=" + cookie;
        if (acceptLanguage is not null) context.Request.Headers.AcceptLanguage = acceptLanguage;
        return context.Request;
    }
}
