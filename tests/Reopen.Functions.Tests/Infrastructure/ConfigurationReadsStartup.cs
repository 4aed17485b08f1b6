using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Reopen.Functions.Tests.Infrastructure;

[assembly: HostingStartup(typeof(ConfigurationReadsStartup))]

namespace Reopen.Functions.Tests.Infrastructure;

/// <summary>
/// Puts a <see cref="ConfigurationReadRecorder"/> into the app's configuration while WebApplication.CreateBuilder runs,
/// so that it also sees what Program reads before builder.Build() (WebApplicationFactory's own hooks run only at Build).
/// Active only for an app started with <see cref="ReopenTestAppOptions.ConfigurationReads"/>.
/// </summary>
public sealed class ConfigurationReadsStartup : IHostingStartup
{
    private const string Setting = "ReopenTests:ConfigurationReads";
    private static readonly ConcurrentDictionary<string, ConfigurationReadRecorder> Recorders = new();

    public void Configure(IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration((context, configuration) =>
        {
            if (context.Configuration[Setting] is { } id && Recorders.TryGetValue(id, out var recorder)) configuration.Add(recorder);
        });

    /// <summary>Asks the app to run this startup with <paramref name="recorder"/>; then, at Build, moves it last again.</summary>
    public static void Use(IWebHostBuilder builder, ConfigurationReadRecorder recorder)
    {
        var id = Guid.NewGuid().ToString();
        Recorders[id] = recorder;
        builder.UseSetting(Setting, id);
        builder.UseSetting(WebHostDefaults.HostingStartupAssembliesKey, typeof(ConfigurationReadsStartup).Assembly.GetName().Name);
        // Sources added after it (WebApplicationFactory's at Build) would answer some lookups before it is asked.
        builder.ConfigureAppConfiguration(configuration =>
        {
            configuration.Sources.Remove(recorder);
            configuration.Add(recorder);
        });
    }
}
