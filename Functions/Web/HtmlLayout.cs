using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Web;

/// <summary>Wraps a page's body in the full document: charset, viewport, styles, header, language switch.</summary>
public static class HtmlLayout
{
    public static string Render(HtmlPage page, Texts texts, string languageSwitchHref)
    {
        var refresh = page.RefreshSeconds is int seconds
            ? Html.Of($"<meta http-equiv=\"refresh\" content=\"{seconds}\">")
            : Html.Empty;
        var bodyClass = page.BodyClass is { } css ? Html.Of($" class=\"{css}\"") : Html.Empty;
        var document = Html.Of($"""
            <!DOCTYPE html>
            <html lang="{texts.Language.Tag()}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            {refresh}
            <title>{page.Title} - {texts["web.product"]}</title>
            <style>{Html.Trusted(PageStyles.Css)}</style>
            </head>
            <body{bodyClass}>
            <header class="site-header">
            <span class="product">{texts["web.product"]}</span>
            <a class="lang-switch" href="{languageSwitchHref}" hreflang="{texts.Language.Other().Tag()}" title="{texts["web.switchLanguage.title"]}">{texts["web.switchLanguage"]}</a>
            </header>
            <main>
            {page.Body}
            </main>
            </body>
            </html>
            """);
        return document.ToString();
    }
}
