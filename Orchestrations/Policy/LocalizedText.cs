namespace Reopen.Orchestrations.Policy;

/// <summary>Text shown to people: Simplified Chinese first, English available.</summary>
public sealed record LocalizedText(string Zh, string En)
{
    public string In(string? language) => language?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? En : Zh;
}
