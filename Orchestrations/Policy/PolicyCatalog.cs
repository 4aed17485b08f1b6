using System.Text.Json.Nodes;

namespace Reopen.Orchestrations.Policy;

/// <summary>
/// The policies shipped in this assembly: "default" (realistic hours) and "fast" (seconds, for demos and tests).
/// A policy file may say <c>"basedOn": "default"</c> and give only the top-level sections it changes (fast changes the
/// timings and the link lifetime), so the district's organisation is written once.
/// </summary>
public static class PolicyCatalog
{
    public static IReadOnlyList<string> Names { get; } = ["default", "fast"];

    private const string BasedOn = "basedOn";

    /// <exception cref="ArgumentException">No shipped policy has that name.</exception>
    /// <exception cref="PolicyValidationException">The shipped file is invalid.</exception>
    public static DistrictPolicy Load(string name) => PolicyLoader.Parse(Resolve(name, depth: 0).ToJsonString());

    private static JsonObject Resolve(string name, int depth)
    {
        if (!Names.Contains(name))
            throw new ArgumentException($"Unknown policy '{name}'; known: {string.Join(", ", Names)}.", nameof(name));
        if (depth > Names.Count) throw new PolicyValidationException([$"{BasedOn}: policy '{name}' is based on itself"]);

        var document = JsonNode.Parse(Read(name), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })
            as JsonObject ?? throw new PolicyValidationException([$"$: policy '{name}' is not a JSON object"]);
        if (document[BasedOn]?.GetValue<string>() is not { } baseName) return document;

        var merged = Resolve(baseName, depth + 1);
        foreach (var (section, value) in document.ToArray())
        {
            if (section == BasedOn) continue;
            document.Remove(section);
            merged[section] = value;
        }
        return merged;
    }

    private static string Read(string name)
    {
        var resource = $"Reopen.Orchestrations.Policy.Policies.{name}.json";
        using var stream = typeof(PolicyCatalog).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
