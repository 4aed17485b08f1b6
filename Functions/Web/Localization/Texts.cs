using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Reopen.Functions.Web.Localization;

/// <summary>
/// The UI strings in the language of one request. Take it as an endpoint parameter
/// (<c>(Texts t) => … t["web.error.title"]</c>), or <see cref="For(HttpContext)"/>.
/// </summary>
public sealed class Texts
{
    private readonly TextCatalog _catalog;

    public Texts(UiLanguage language, TextCatalog? catalog = null)
    {
        Language = language;
        _catalog = catalog ?? TextCatalog.Default;
    }

    public UiLanguage Language { get; }

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language.Tag());

    /// <summary>The string for the key; a missing key shows as the key itself so the gap is visible, not fatal.</summary>
    public string this[string key] => T(key);

    public string T(string key) => _catalog.TryGet(key, out var text) ? text.In(Language) : key;

    public string T(string key, params object?[] args) => string.Format(Culture, T(key), args);

    /// <summary>A count in words: the key's ".one" form for exactly one, its ".other" form otherwise ("1 person", "3 people").</summary>
    public string Count(string key, long n) => T(key + (n == 1 ? ".one" : ".other"), n);

    public static Texts For(HttpContext context) => new(LanguageSelection.Choose(context.Request));

    public static Texts For(UiLanguage language) => new(language);

    /// <summary>Minimal API parameter binding.</summary>
    public static ValueTask<Texts?> BindAsync(HttpContext context, ParameterInfo parameter) => ValueTask.FromResult<Texts?>(For(context));
}
