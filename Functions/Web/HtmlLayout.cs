using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Web;

/// <summary>Wraps a page's body in the full document: charset, viewport, styles, header, language switch (a link, or a tiny form re-posting a page that answered a post).</summary>
public static class HtmlLayout
{
    public static string Render(HtmlPage page, Texts texts, string languageSwitchHref)
    {
        var languageSwitch = page.RepostFields is { } fields
            ? Html.Of($"""
                <form method="post" action="{languageSwitchHref}" class="lang-switch-form">
                {fields.Select(f => Html.Of($"<input type=\"hidden\" name=\"{f.Key}\" value=\"{f.Value}\">"))}
                <button type="submit" class="lang-switch" lang="{texts.Language.Other().Tag()}" title="{texts["web.switchLanguage.title"]}">{texts["web.switchLanguage"]}</button>
                </form>
                """)
            : Html.Of($"<a class=\"lang-switch\" href=\"{languageSwitchHref}\" hreflang=\"{texts.Language.Other().Tag()}\" title=\"{texts["web.switchLanguage.title"]}\">{texts["web.switchLanguage"]}</a>");
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
            {languageSwitch}
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
