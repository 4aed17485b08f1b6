using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Web;

/// <summary>Renders a page in the request's language; an explicit ?lang= is remembered in the lang cookie.</summary>
internal sealed class HtmlPageResult(Func<Texts, HtmlPage> compose, int statusCode)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    // No script runs on our pages; styles are the inline sheet; images are inline SVG or data URIs.
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public int? StatusCode => statusCode;

    public string ContentType => HtmlContentType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var texts = Texts.For(httpContext);
        if (LanguageSelection.FromQuery(request) is { } asked)
            httpContext.Response.Cookies.Append(LanguageSelection.CookieName, asked.Code(), new CookieOptions
            {
                Path = "/", HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365),
            });

        var page = compose(texts);
        var document = HtmlLayout.Render(page, texts, LanguageSwitchHref(request, texts.Language.Other(), page.RepostFields is null ? null : page.RepostPath));
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = HtmlContentType;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        await response.WriteAsync(document, httpContext.RequestAborted);
    }

    /// <summary>The same path (or <paramref name="path"/>) and query with lang set to the other language.</summary>
    internal static string LanguageSwitchHref(HttpRequest request, UiLanguage target, string? path = null)
    {
        var query = new QueryBuilder(request.Query
            .Where(p => !p.Key.Equals(LanguageSelection.QueryKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? ""))))
        {
            { LanguageSelection.QueryKey, target.Code() },
        };
        var switchPath = path is null ? request.PathBase.Add(request.Path) : request.PathBase.Add(PathString.FromUriComponent(path));
        return switchPath.ToUriComponent() + query.ToQueryString().ToUriComponent();
    }
}
