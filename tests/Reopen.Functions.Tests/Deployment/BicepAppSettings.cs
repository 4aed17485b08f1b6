using System.Text.Json.Nodes;

namespace Reopen.Functions.Tests.Deployment;

/// <summary>
/// The app settings a compiled ARM template gives a Functions app, from every nested deployment: the properties of
/// <c>Microsoft.Web/sites/config</c> "appsettings" and the names in a site's <c>siteConfig.appSettings</c>.
/// </summary>
public static class BicepAppSettings
{
    public static IReadOnlyList<SettingName> In(JsonNode template) =>
        [.. Resources(template).SelectMany(Names).Distinct(StringComparer.OrdinalIgnoreCase).Select(n => new SettingName(n))];

    private static IEnumerable<string> Names(JsonObject resource)
    {
        var type = (string?)resource["type"];
        var properties = resource["properties"] as JsonObject;
        if (string.Equals(type, "Microsoft.Web/sites/config", StringComparison.OrdinalIgnoreCase)
            && ((string?)resource["name"])?.Contains("appsettings", StringComparison.OrdinalIgnoreCase) == true
            && properties is not null)
            return properties.Select(p => p.Key);
        if (string.Equals(type, "Microsoft.Web/sites", StringComparison.OrdinalIgnoreCase)
            && properties?["siteConfig"]?["appSettings"] is JsonArray settings)
            return settings.Select(s => (string?)s?["name"]).OfType<string>();
        return [];
    }

    // Resources are an array, or an object keyed by symbolic name (languageVersion 2.0); modules nest whole templates.
    private static IEnumerable<JsonObject> Resources(JsonNode template)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject symbolic => symbolic.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return resource;
            if (resource["properties"]?["template"] is JsonObject nested)
                foreach (var inner in Resources(nested)) yield return inner;
        }
    }
}
