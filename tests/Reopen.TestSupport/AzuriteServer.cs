using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reopen.TestSupport;

/// <summary>
/// A private Azurite on free 127.0.0.1 ports, one node process per service (stopped, process trees, on dispose). Blobs and
/// tables are kept in memory; queues on disk in a temporary folder, since Azurite's in-memory queue store keeps one extent
/// per message and its garbage collection, every 60 s, then removes each with a scan of all the others: with a task hub's
/// traffic that froze the emulator for 40 s. One process per service also lets the services use both cores.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private const int MaxAttempts = 3;

    private readonly List<Process> _processes = [];
    private readonly string _location;

    private AzuriteServer((int Blob, int Queue, int Table) ports, string location)
    {
        _location = location;
        Port = ports.Table;
        BlobPort = ports.Blob;
        QueuePort = ports.Queue;
    }

    /// <summary>The Table service's port.</summary>
    public int Port { get; }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public Uri TableEndpoint => new($"http://127.0.0.1:{Port}/{AccountName}");

    /// <summary>All three services: Durable's task hub needs blobs and queues beside the tables.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};TableEndpoint={TableEndpoint};";

    public static async Task<AzuriteServer> StartAsync(CancellationToken ct = default)
    {
        var scripts = FindAzuriteScripts();
        Exception? lastFailure = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                return await StartOnceAsync(scripts, (LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free()), ct).ConfigureAwait(false);
            }
            catch (AzuriteStartupException e) when (e.PortInUse)
            {
                // Another process may have grabbed the port between probe and bind: try a fresh one.
                lastFailure = e;
            }
        }
        throw new InvalidOperationException($"Azurite failed to start after {MaxAttempts} attempts: {lastFailure?.Message}", lastFailure);
    }

    private static async Task<AzuriteServer> StartOnceAsync(ServiceScripts scripts, (int Blob, int Queue, int Table) ports, CancellationToken ct)
    {
        // Queue files on a RAM disk where there is a roomy one (containers often have 64 MB): they are written on every message.
        var temp = Directory.Exists("/dev/shm") && new DriveInfo("/dev/shm").AvailableFreeSpace > 1L << 30 ? "/dev/shm" : Path.GetTempPath();
        var location = Path.Combine(temp, "reopen-azurite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(location);
        var server = new AzuriteServer(ports, location);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var services = new (string Name, string Script, int Port, string[] Storage)[]
        {
            ("blob", scripts.Blob, ports.Blob, ["--inMemoryPersistence"]),
            ("queue", scripts.Queue, ports.Queue, ["--location", location]),
            ("table", scripts.Table, ports.Table, ["--inMemoryPersistence"]),
        };
        var stderr = new StringBuilder();
        try
        {
            foreach (var (name, script, port, storage) in services)
                server._processes.Add(Start(script, location, stderr,
                    [.. storage, "--disableTelemetry", "--silent", "--skipApiVersionCheck", $"--{name}Host", "127.0.0.1", $"--{name}Port", port.ToString(inv)]));

            var deadline = DateTime.UtcNow + StartupTimeout;
            while (DateTime.UtcNow < deadline)
            {
                ct.ThrowIfCancellationRequested();
                if (server._processes.FirstOrDefault(p => p.HasExited) is { } exited)
                {
                    var exitCode = exited.ExitCode;
                    exited.WaitForExit(); // drains the redirected streams so stderr is complete
                    var output = Snapshot(stderr);
                    throw new AzuriteStartupException($"Azurite exited with code {exitCode} before listening on ports {ports}. stderr:\n{output}",
                        output.Contains("EADDRINUSE", StringComparison.Ordinal));
                }
                if (await AcceptsConnectionsAsync(ports.Blob, ct).ConfigureAwait(false) && await AcceptsConnectionsAsync(ports.Queue, ct).ConfigureAwait(false)
                    && await AcceptsConnectionsAsync(ports.Table, ct).ConfigureAwait(false)) return server;
                await Task.Delay(100, ct).ConfigureAwait(false);
            }
            throw new InvalidOperationException($"Azurite did not listen on 127.0.0.1:{ports} within {StartupTimeout.TotalSeconds:0} s. stderr:\n{Snapshot(stderr)}");
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static Process Start(string script, string workingDirectory, StringBuilder stderr, string[] arguments)
    {
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(script);
        foreach (var arg in arguments) info.ArgumentList.Add(arg);
        var process = new Process { StartInfo = info };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.OutputDataReceived += (_, _) => { };
        try
        {
            if (!process.Start()) throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Could not run `node`: install Node.js and make sure it is on PATH.", e);
        }
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    private static string Snapshot(StringBuilder stderr)
    {
        lock (stderr) return stderr.ToString();
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port, CancellationToken ct)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, ct).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private sealed record ServiceScripts(string Blob, string Queue, string Table);

    private static ServiceScripts FindAzuriteScripts()
    {
        var root = RepoRoot.Find();
        var src = Path.Combine(root, "node_modules", "azurite", "dist", "src");
        var scripts = new ServiceScripts(Path.Combine(src, "blob", "main.js"), Path.Combine(src, "queue", "main.js"), Path.Combine(src, "table", "main.js"));
        if (!File.Exists(scripts.Blob) || !File.Exists(scripts.Queue) || !File.Exists(scripts.Table))
            throw new InvalidOperationException($"Azurite is not installed: run `npm ci` in the repository root ({root}).");
        return scripts;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
            catch (TimeoutException)
            {
                // Nothing more to do: the kill signal was sent.
            }
            process.Dispose();
        }
        try { Directory.Delete(_location, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private sealed class AzuriteStartupException(string message, bool portInUse) : Exception(message)
    {
        public bool PortInUse { get; } = portInUse;
    }
}
