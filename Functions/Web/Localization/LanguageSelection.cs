using Microsoft.AspNetCore.Http;

namespace Reopen.Functions.Web.Localization;

/// <summary>Picks the page language: ?lang=, then the lang cookie, then Accept-Language; Chinese by default.</summary>
public static class LanguageSelection
{
    public const string QueryKey = "lang";
    public const string CookieName = "lang";

    public static UiLanguage Choose(HttpRequest request) =>
        FromQuery(request) ?? UiLanguageExtensions.Parse(request.Cookies[CookieName]) ?? FromAcceptLanguage(request) ?? UiLanguage.Zh;

    /// <summary>The language asked for explicitly in the query string, if any.</summary>
    public static UiLanguage? FromQuery(HttpRequest request) =>
        UiLanguageExtensions.Parse(request.Query[QueryKey].FirstOrDefault());

    /// <summary><paramref name="path"/> asking for <paramref name="language"/>, so the page it leads to keeps the reader's language.</summary>
    public static string WithLanguage(string path, UiLanguage language) => $"{path}?{QueryKey}={language.Code()}";

    private static UiLanguage? FromAcceptLanguage(HttpRequest request)
    {
        IList<Microsoft.Net.Http.Headers.StringWithQualityHeaderValue> ranges;
        try
        {
            ranges = request.GetTypedHeaders().AcceptLanguage;
        }
        catch (FormatException)
        {
            return null;
        }
        return ranges
            .Where(r => (r.Quality ?? 1) > 0)
            .OrderByDescending(r => r.Quality ?? 1) // stable: equal weights keep the client's order
            .Select(r => UiLanguageExtensions.Parse(r.Value.Value))
            .FirstOrDefault(l => l is not null);
    }
}
