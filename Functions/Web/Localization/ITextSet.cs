namespace Reopen.Functions.Web.Localization;

/// <summary>
/// One feature's UI strings. Implement it in the feature's folder (e.g. Filings/FilingTexts.cs) with a
/// parameterless constructor; <see cref="TextCatalog"/> finds every implementation in this assembly.
/// Keys are dotted and start with the feature, e.g. "filing.submit"; placeholders use {0}, {1}.
/// </summary>
public interface ITextSet
{
    IReadOnlyDictionary<string, LocalizedText> Entries { get; }
}

/// <summary>A string in both languages.</summary>
public readonly record struct LocalizedText(string Zh, string En)
{
    public string In(UiLanguage language) => language == UiLanguage.En ? En : Zh;

    public static implicit operator LocalizedText((string Zh, string En) pair) => new(pair.Zh, pair.En);
}
