namespace Reopen.Orchestrations.Policy;

/// <summary>The policies shipped in this assembly: "default" (realistic hours) and "fast" (seconds, for demos and tests).</summary>
public static class PolicyCatalog
{
    public static IReadOnlyList<string> Names { get; } = ["default", "fast"];

    /// <exception cref="ArgumentException">No shipped policy has that name.</exception>
    /// <exception cref="PolicyValidationException">The shipped file is invalid.</exception>
    public static DistrictPolicy Load(string name)
    {
        if (!Names.Contains(name))
            throw new ArgumentException($"Unknown policy '{name}'; known: {string.Join(", ", Names)}.", nameof(name));
        var resource = $"Reopen.Orchestrations.Policy.Policies.{name}.json";
        using var stream = typeof(PolicyCatalog).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return PolicyLoader.Parse(reader.ReadToEnd());
    }
}
