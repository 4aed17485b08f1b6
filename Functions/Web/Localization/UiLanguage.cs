namespace Reopen.Functions.Web.Localization;

/// <summary>The languages the people-facing pages speak; Chinese is the default.</summary>
public enum UiLanguage { Zh, En }

public static class UiLanguageExtensions
{
    /// <summary>The value of the html lang attribute.</summary>
    public static string Tag(this UiLanguage language) => language == UiLanguage.En ? "en" : "zh-CN";

    /// <summary>The value of ?lang= and of the lang cookie.</summary>
    public static string Code(this UiLanguage language) => language == UiLanguage.En ? "en" : "zh";

    public static UiLanguage Other(this UiLanguage language) => language == UiLanguage.En ? UiLanguage.Zh : UiLanguage.En;

    /// <summary>"zh", "zh-CN", "zh-Hans-CN", "en", "en-GB", … in any case; null for anything else.</summary>
    public static UiLanguage? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var primary = value.Trim().Split('-', '_')[0];
        if (primary.Equals("zh", StringComparison.OrdinalIgnoreCase)) return UiLanguage.Zh;
        if (primary.Equals("en", StringComparison.OrdinalIgnoreCase)) return UiLanguage.En;
        return null;
    }
}
