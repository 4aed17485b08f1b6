using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Reopen.Functions.Hosting.Catalog;
using Reopen.Functions.Hosting.Durable;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Hosting;

/// <summary>
/// <c>dotnet publish</c> makes the package Azure runs, and the standalone host serves exactly the functions its
/// functions.metadata lists: routes and methods, orchestrations, activities and timer schedules.
/// </summary>
public sealed class FunctionMetadataTests(FunctionMetadataTests.Published published) : IClassFixture<FunctionMetadataTests.Published>
{
    [Fact]
    public void The_package_holds_the_metadata_the_worker_config_and_the_Durable_extension()
    {
        Assert.True(File.Exists(Path.Combine(published.Folder, "functions.metadata")));
        Assert.True(File.Exists(Path.Combine(published.Folder, "worker.config.json")));
        Assert.True(File.Exists(Path.Combine(published.Folder, "host.json")));
        // The host loads the extensions extensions.json names from .azurefunctions/.
        using var extensions = JsonDocument.Parse(File.ReadAllText(Path.Combine(published.Folder, "extensions.json")));
        var types = extensions.RootElement.GetProperty("extensions").EnumerateArray().Select(e => e.GetProperty("typeName").GetString()).ToArray();
        Assert.Contains(types, t => t!.StartsWith("Microsoft.Azure.WebJobs.Extensions.DurableTask.", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(published.Folder, ".azurefunctions", "Microsoft.Azure.WebJobs.Extensions.DurableTask.dll")));
        Assert.False(Directory.Exists(Path.Combine(published.Folder, "Api")), "No function.json folders: the worker's metadata lists the functions.");
    }

    [Fact]
    public void The_standalone_host_serves_every_HTTP_function_at_its_route_and_methods_and_nothing_else()
    {
        var listed = published.Functions.SelectMany(f => f.Bindings.Where(b => b.Type == "httpTrigger")
            .Select(b => $"{f.Name} {string.Join(",", b.Methods.Order())} /{b.Route}")).Order().ToArray();
        var served = published.App.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Function: e.Metadata.GetMetadata<HttpFunction>()))
            .Where(x => x.Function is not null)
            .Select(x => $"{x.Function!.Name} {string.Join(",", x.Endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => m.ToLowerInvariant()).Order())} {x.Endpoint.RoutePattern.RawText}")
            .Order().ToArray();

        Assert.NotEmpty(listed);
        Assert.Equal(listed, served);
    }

    [Fact]
    public void The_standalone_worker_runs_every_orchestration_and_activity_function_and_no_other()
    {
        var listed = published.Functions.Where(f => f.Bindings.Any(b => b.Type is "orchestrationTrigger" or "activityTrigger"))
            .Select(f => f.Name).Order().ToArray();

        Assert.Contains("ApprovalOrchestrator", listed);
        Assert.Equal(listed, published.App.GetRequiredService<DurableTaskHost>().Running.Order().ToArray());
    }

    [Fact]
    public void Timer_functions_have_the_schedules_the_metadata_lists()
    {
        var listed = published.Functions.SelectMany(f => f.Bindings.Where(b => b.Type == "timerTrigger").Select(b => $"{f.Name} {b.Schedule}")).Order();
        var served = FunctionCatalog.App.Timers.Select(t => $"{t.Name} {t.Schedule}").Order();

        Assert.Equal(listed, served);
    }

    [Fact]
    public void Every_HTTP_function_is_anonymous_because_the_app_checks_its_own_links_and_codes()
    {
        Assert.All(published.Functions.SelectMany(f => f.Bindings).Where(b => b.Type == "httpTrigger"),
            b => Assert.Equal("anonymous", b.AuthLevel, ignoreCase: true));
    }

    public sealed record Binding(string Type, string? Route, string[] Methods, string? Schedule, string? AuthLevel);

    public sealed record Function(string Name, IReadOnlyList<Binding> Bindings);

    /// <summary>The app as built, published without rebuilding, and the standalone host started on its own Azurite.</summary>
    public sealed class Published : IAsyncLifetime
    {
        private AzuriteServer? _azurite;
        private ReopenTestApp? _app;

        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "reopen-publish-" + Guid.NewGuid().ToString("N")[..8]);

        public IReadOnlyList<Function> Functions { get; private set; } = [];

        public ReopenTestApp App => _app!;

        public async Task InitializeAsync()
        {
            var configuration = RepoRoot.Configuration;
            var publish = Process.Start(new ProcessStartInfo("dotnet",
                ["publish", Path.Combine(RepoRoot.Find(), "Functions"), "--no-build", "-c", configuration, "-o", Folder, "-nologo", "-v", "q"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = await publish.StandardOutput.ReadToEndAsync() + await publish.StandardError.ReadToEndAsync();
            await publish.WaitForExitAsync();
            if (publish.ExitCode != 0) throw new InvalidOperationException("dotnet publish failed: " + output);

            using var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, "functions.metadata")));
            Functions = metadata.RootElement.EnumerateArray().Select(f => new Function(f.GetProperty("name").GetString()!,
                f.GetProperty("bindings").EnumerateArray().Select(b => new Binding(
                    b.GetProperty("type").GetString()!,
                    b.TryGetProperty("route", out var route) ? route.GetString() : null,
                    b.TryGetProperty("methods", out var methods) ? methods.EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()).ToArray() : [],
                    b.TryGetProperty("schedule", out var schedule) ? schedule.GetString() : null,
                    b.TryGetProperty("authLevel", out var auth) ? auth.GetString() : null)).ToArray())).ToArray();

            _azurite = await AzuriteServer.StartAsync();
            _app = await ReopenTestApp.StartAsync(_azurite.ConnectionString);
        }

        public async Task DisposeAsync()
        {
            if (_app is not null) await _app.DisposeAsync();
            if (_azurite is not null) await _azurite.DisposeAsync();
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        }
    }
}
