using System.Text.Json;

namespace Reopen.Functions.Tests.Hosting;

/// <summary>What the Functions host reads (host.json, {Function}/function.json in the build output) matches what the app serves.</summary>
public sealed class FunctionFolderTests
{
    // The test's output holds the app's build output, function folders included (they are copied like the host needs them).
    private static readonly string AppRoot = AppContext.BaseDirectory;

    [Fact]
    public void Api_function_proxies_every_path_and_method_to_the_app()
    {
        var bindings = Bindings("Api");

        Assert.Equal(2, bindings.Count);
        var trigger = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "httpTrigger");
        Assert.Equal("in", trigger.GetProperty("direction").GetString());
        Assert.Equal("{*path}", trigger.GetProperty("route").GetString());
        Assert.Equal("anonymous", trigger.GetProperty("authLevel").GetString());
        var methods = trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "get", "post", "put", "patch", "delete" }, methods);
        var output = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "http");
        Assert.Equal("out", output.GetProperty("direction").GetString());
    }

    [Fact]
    public void Host_json_starts_this_app_as_a_proxying_custom_handler()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppRoot, "host.json")));
        var root = host.RootElement;

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        var handler = root.GetProperty("customHandler");
        Assert.Equal(typeof(Program).Assembly.GetName().Name, handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.True(handler.GetProperty("enableProxyingHttpRequest").GetBoolean());
        Assert.Equal("api", root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", root.GetProperty("extensionBundle").GetProperty("id").GetString());
        Assert.True(TimeSpan.TryParse(root.GetProperty("functionTimeout").GetString(), out var timeout) && timeout > TimeSpan.Zero);
    }

    private static List<JsonElement> Bindings(string function)
    {
        var path = Path.Combine(AppRoot, function, "function.json");
        Assert.True(File.Exists(path), $"{path} is missing from the build output.");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("bindings").EnumerateArray().Select(b => b.Clone()).ToList();
    }
}
