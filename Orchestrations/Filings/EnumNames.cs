namespace Reopen.Orchestrations.Filings;

/// <summary>
/// Reads an enum from text people or clients send: exactly one of its names, in any case, and nothing else.
/// <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> also takes numbers ("1"), comma lists ("BelowScale,AboveScale"
/// is BelowScale | AboveScale, i.e. BelowScale) and padding, none of which is a name.
/// </summary>
public static class EnumNames
{
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        var name = text is null ? null : Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        value = name is null ? default : Enum.Parse<TEnum>(name);
        return name is not null;
    }

    /// <summary>The name as documented ("livelihood" → "Livelihood"); the text as sent when it is no name.</summary>
    public static string Canonical<TEnum>(string? text) where TEnum : struct, Enum => TryParse<TEnum>(text, out var value) ? value.ToString() : text!;

    /// <summary>"General, EpidemicSupplies, …": the names a message tells people to choose from.</summary>
    public static string List<TEnum>() where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>());
}
