using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Reopen.Functions.Web;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Tests.Web;

public class TextsBindingTests
{
    [Theory]
    [InlineData("/hello", null, "页面不存在")]
    [InlineData("/hello?lang=en", null, "Page not found")]
    [InlineData("/hello", "en-US,en;q=0.9", "Page not found")]
    public async Task Endpoint_takes_Texts_in_the_request_language(string path, string? acceptLanguage, string expected)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();
        app.MapGet("/hello", (Texts t) => PageResults.Html(new HtmlPage(t["web.error.404.title"], Html.Of($"<h1>{t["web.error.404.title"]}</h1>"))));
        await app.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);

        using var response = await app.GetTestClient().SendAsync(request);

        Assert.Contains($"<h1>{expected}</h1>", await response.Content.ReadAsStringAsync());
    }
}
