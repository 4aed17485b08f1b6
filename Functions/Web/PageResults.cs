using Microsoft.AspNetCore.Http;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Web;

/// <summary>IResults for people-facing pages (text/html; charset=utf-8).</summary>
public static class PageResults
{
    public static IResult Html(HtmlPage page, int statusCode = StatusCodes.Status200OK) =>
        new HtmlPageResult(_ => page, statusCode);

    /// <summary>A page composed once the request's language is known.</summary>
    public static IResult Html(Func<Texts, HtmlPage> compose, int statusCode = StatusCodes.Status200OK) =>
        new HtmlPageResult(compose, statusCode);

    /// <summary>A readable error page; the title defaults to the status's usual wording in the request's language.</summary>
    public static IResult Error(int statusCode, string message, string? title = null, string? details = null) =>
        new HtmlPageResult(texts => ErrorPage.Compose(texts, statusCode, message, title, details), statusCode);

    /// <summary>303 See Other: "the answer is over there, GET it" (after a form, the browser's address then shows the answer's URL).</summary>
    public static IResult SeeOther(string location) => new SeeOtherResult(location);

    private sealed class SeeOtherResult(string location) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => StatusCodes.Status303SeeOther;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
