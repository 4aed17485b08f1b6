using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Web;

/// <summary>The page a person sees when something is wrong: what happened, in words, and never a stack trace.</summary>
public static class ErrorPage
{
    public static HtmlPage Compose(Texts texts, int statusCode, string message, string? title = null, string? details = null)
    {
        var heading = title ?? DefaultTitle(texts, statusCode);
        var detailsBlock = string.IsNullOrWhiteSpace(details)
            ? Html.Empty
            : Html.Of($"<details><summary>{texts["web.error.details"]}</summary><pre>{details}</pre></details>");
        var body = Html.Of($"""
            <section class="card error" role="alert" data-status="{statusCode}">
            <h1>{heading}</h1>
            <p>{message}</p>
            {detailsBlock}
            </section>
            """);
        return new HtmlPage(heading, body);
    }

    private static string DefaultTitle(Texts texts, int statusCode)
    {
        var key = $"web.error.{statusCode}.title";
        var title = texts[key];
        return title == key ? texts[statusCode >= 500 ? "web.error.500.title" : "web.error.400.title"] : title;
    }
}
