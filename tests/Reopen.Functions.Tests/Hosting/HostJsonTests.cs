using System.Text.Json;
using Reopen.Functions.Hosting.Durable;

namespace Reopen.Functions.Tests.Hosting;

/// <summary>host.json is the isolated worker's, and gives the Durable extension the task hub the standalone host uses.</summary>
public sealed class HostJsonTests
{
    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json"))).RootElement;

    [Fact]
    public void It_is_a_version_2_host_json_without_a_custom_handler_and_with_routes_as_the_functions_give_them()
    {
        Assert.Equal("2.0", Root.GetProperty("version").GetString());
        Assert.False(Root.TryGetProperty("customHandler", out _));
        Assert.False(Root.TryGetProperty("extensionBundle", out _), "An isolated worker brings its extensions in .azurefunctions/.");
        // Routes in the functions start with api/ (and dev/ for the dev outbox), so no prefix is added.
        Assert.Equal("", Root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void The_Durable_extension_runs_the_task_hub_the_standalone_host_runs_by_default()
    {
        var durable = Root.GetProperty("extensions").GetProperty("durableTask");
        var storage = durable.GetProperty("storageProvider");
        var defaults = new DurableOptions();

        Assert.Equal(defaults.HubName, durable.GetProperty("hubName").GetString());
        Assert.Equal(defaults.ExtendedSessions, durable.GetProperty("extendedSessionsEnabled").GetBoolean());
        Assert.Equal(defaults.ExtendedSessionIdleTimeout, TimeSpan.FromSeconds(durable.GetProperty("extendedSessionIdleTimeoutInSeconds").GetInt32()));
        Assert.Equal(defaults.PartitionCount, storage.GetProperty("partitionCount").GetInt32());
        Assert.Equal(defaults.MaxQueuePollingInterval, TimeSpan.Parse(storage.GetProperty("maxQueuePollingInterval").GetString()!));
        Assert.Equal(defaults.QueueVisibilityTimeout, TimeSpan.Parse(storage.GetProperty("controlQueueVisibilityTimeout").GetString()!));
        Assert.Equal(defaults.QueueVisibilityTimeout, TimeSpan.Parse(storage.GetProperty("workItemQueueVisibilityTimeout").GetString()!));
    }
}
