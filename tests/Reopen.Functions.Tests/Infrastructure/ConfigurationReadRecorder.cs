using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Reopen.Functions.Tests.Infrastructure;

/// <summary>
/// A configuration source that holds nothing and sees every key looked up: added last, it is asked first, answers
/// "not here", and the lookup goes on to the real sources. It keeps the keys the app's own code asked for, set or not:
/// those whose nearest caller outside the configuration libraries is in an app assembly, and every key read inside
/// <see cref="Probe"/>.
/// </summary>
public sealed class ConfigurationReadRecorder : IConfigurationSource
{
    // The child the probed section claims: the binder reads a section's properties only when it has children.
    private const string ProbeChild = "ConfigurationReadRecorderProbe";

    private static readonly Assembly[] AppAssemblies = [.. AppAssemblyNames().Select(Assembly.Load)];

    private readonly ConcurrentDictionary<string, byte> _appReads = new(StringComparer.OrdinalIgnoreCase);
    private readonly AsyncLocal<Probing?> _probing = new();

    /// <summary>Keys as the configuration sees them (":"-separated), in the case the reader used.</summary>
    public IReadOnlyCollection<string> AppReads => [.. _appReads.Keys];

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(this);

    /// <summary>Whether <paramref name="type"/> is the app's own (Reopen.Functions or a Reopen assembly it is built from).</summary>
    public static bool IsApp(Type type) => AppAssemblies.Contains(type.Assembly);

    /// <summary>
    /// For binding one options object: until the returned scope ends, every key read counts as the app's, whoever reads
    /// it (options are bound by library code), and the first section asked for its children (the one bound) seems to
    /// have one, so that the binder reads each of its properties, set or not. The binder's look at that section's own
    /// value is no setting and is left out. Properties of nested objects count only when set: a leaf that seemed to
    /// have children would be bound as an object.
    /// </summary>
    public IDisposable Probe()
    {
        var probing = _probing.Value = new Probing();
        return new Scope(() =>
        {
            _probing.Value = null;
            foreach (var key in probing.Reads.Where(k => !string.Equals(k, probing.Section, StringComparison.OrdinalIgnoreCase))) _appReads.TryAdd(key, 0);
        });
    }

    private void Saw(string key)
    {
        if (key.Split(':').Contains(ProbeChild, StringComparer.Ordinal)) return;
        if (_probing.Value is { } probing) probing.Reads.Add(key);
        else if (NearestCallerIsApp()) _appReads.TryAdd(key, 0);
    }

    private static bool NearestCallerIsApp()
    {
        foreach (var frame in new StackTrace(skipFrames: 2, fNeedFileInfo: false).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly;
            if (assembly is null || IsPlumbing(assembly)) continue;
            return AppAssemblies.Contains(assembly);
        }
        return false;
    }

    // The configuration libraries themselves and the BCL (LINQ, collections) sit between a reader and this provider.
    private static bool IsPlumbing(Assembly assembly) =>
        assembly == typeof(ConfigurationReadRecorder).Assembly
        || assembly.GetName().Name is { } name
            && (name.StartsWith("Microsoft.Extensions.Configuration", StringComparison.Ordinal)
                || name.StartsWith("System.", StringComparison.Ordinal));

    // The app: Reopen.Functions and the Reopen assemblies it is built from.
    private static IEnumerable<AssemblyName> AppAssemblyNames() =>
        typeof(Program).Assembly.GetReferencedAssemblies()
            .Where(n => n.Name?.StartsWith("Reopen.", StringComparison.Ordinal) == true)
            .Append(typeof(Program).Assembly.GetName());

    private sealed class Provider(ConfigurationReadRecorder recorder) : ConfigurationProvider
    {
        public override bool TryGet(string key, out string? value)
        {
            recorder.Saw(key);
            value = null;
            return false;
        }

        public override IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath)
        {
            if (recorder._probing.Value is not { } probing) return earlierKeys;
            probing.Section ??= parentPath ?? "";
            return probing.Section == (parentPath ?? "") ? earlierKeys.Append(ProbeChild) : earlierKeys;
        }
    }

    private sealed class Probing
    {
        public string? Section { get; set; }

        public List<string> Reads { get; } = [];
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
