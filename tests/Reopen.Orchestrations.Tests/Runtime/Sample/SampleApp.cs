using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Reopen.Orchestrations.Runtime;
using Reopen.TestSupport;

namespace Reopen.Orchestrations.Tests.Runtime.Sample;

/// <summary>
/// One running "app": its own Table client (so its own connections and policies), store, host and sweeps.
/// A new SampleApp on the same tables is the app after a restart.
/// </summary>
public sealed class SampleApp
{
    public const string Instance = "case-1";

    private SampleApp(string prefix, ProcessStore store, ProcessHost<SampleState, SampleCommand, SampleEvent, SampleEffect> host, ProcessRuntime runtime,
        RequestCounter requests)
    {
        Prefix = prefix;
        Store = store;
        Host = host;
        Runtime = runtime;
        Requests = requests;
    }

    /// <summary>Prefix of this app's tables: another app with the same prefix shares its data.</summary>
    public string Prefix { get; }

    public ProcessStore Store { get; }

    public ProcessHost<SampleState, SampleCommand, SampleEvent, SampleEffect> Host { get; }

    public ProcessRuntime Runtime { get; }

    /// <summary>Every request this app sent after it started (table creation excluded).</summary>
    public RequestCounter Requests { get; }

    public static async Task<SampleApp> StartAsync(AzuriteFixture azurite, string tablePrefix, TimeProvider time, RecordingEffects effects,
        HttpPipelinePolicy? perCallPolicy = null)
    {
        var requests = new RequestCounter();
        var options = requests.AddTo(new TableClientOptions());
        if (perCallPolicy is not null) options.AddPolicy(perCallPolicy, HttpPipelinePosition.PerCall);
        var tables = azurite.CreateServiceClient(options);

        var store = new ProcessStore(tables, tablePrefix);
        await store.EnsureTablesAsync();
        requests.Reset();
        var host = new ProcessHost<SampleState, SampleCommand, SampleEvent, SampleEffect>(
            new SampleApproval(), store, effects, time, NullLogger.Instance);
        var runtime = new ProcessRuntime(store, [host], time, NullLogger<ProcessRuntime>.Instance);
        return new SampleApp(tablePrefix, store, host, runtime, requests);
    }

    public static string NewTablePrefix() => "rt" + Guid.NewGuid().ToString("N")[..16];
}
