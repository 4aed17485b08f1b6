using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reopen.TestSupport;

/// <summary>A private, in-memory Azurite Table service on a free 127.0.0.1 port, stopped (process tree) on dispose.</summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private const int MaxAttempts = 3;

    private readonly Process _process;
    private readonly string _location;

    private AzuriteServer(Process process, (int Blob, int Queue, int Table) ports, string location)
    {
        _process = process;
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
        var script = FindAzuriteScript();
        Exception? lastFailure = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                return await StartOnceAsync(script, (LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free()), ct).ConfigureAwait(false);
            }
            catch (AzuriteStartupException e) when (e.PortInUse)
            {
                // Another process may have grabbed the port between probe and bind: try a fresh one.
                lastFailure = e;
            }
        }
        throw new InvalidOperationException($"Azurite failed to start after {MaxAttempts} attempts: {lastFailure?.Message}", lastFailure);
    }

    private static async Task<AzuriteServer> StartOnceAsync(string script, (int Blob, int Queue, int Table) ports, CancellationToken ct)
    {
        var location = Path.Combine(Path.GetTempPath(), "reopen-azurite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(location);
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = location,
        };
        info.ArgumentList.Add(script);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var arg in new[]
        {
            "--inMemoryPersistence", "--disableTelemetry", "--silent", "--skipApiVersionCheck",
            "--blobHost", "127.0.0.1", "--blobPort", ports.Blob.ToString(inv),
            "--queueHost", "127.0.0.1", "--queuePort", ports.Queue.ToString(inv),
            "--tableHost", "127.0.0.1", "--tablePort", ports.Table.ToString(inv),
        })
            info.ArgumentList.Add(arg);

        var stderr = new StringBuilder();
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

        var server = new AzuriteServer(process, ports, location);
        var deadline = DateTime.UtcNow + StartupTimeout;
        while (DateTime.UtcNow < deadline)
        {
            ct.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                var exitCode = process.ExitCode;
                process.WaitForExit(); // drains the redirected streams so stderr is complete
                await server.DisposeAsync().ConfigureAwait(false);
                var output = Snapshot(stderr);
                throw new AzuriteStartupException($"Azurite exited with code {exitCode} before listening on ports {ports}. stderr:\n{output}", output.Contains("EADDRINUSE", StringComparison.Ordinal));
            }
            if (await AcceptsConnectionsAsync(ports.Blob, ct).ConfigureAwait(false) && await AcceptsConnectionsAsync(ports.Queue, ct).ConfigureAwait(false)
                && await AcceptsConnectionsAsync(ports.Table, ct).ConfigureAwait(false)) return server;
            await Task.Delay(100, ct).ConfigureAwait(false);
        }
        await server.DisposeAsync().ConfigureAwait(false);
        throw new InvalidOperationException($"Azurite did not listen on 127.0.0.1:{ports} within {StartupTimeout.TotalSeconds:0} s. stderr:\n{Snapshot(stderr)}");
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

    internal static string FindAzuriteScript()
    {
        var root = RepoRoot.Find();
        var script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
            throw new InvalidOperationException($"Azurite is not installed: run `npm ci` in the repository root ({root}).");
        return script;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
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
        _process.Dispose();
        try { Directory.Delete(_location, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private sealed class AzuriteStartupException(string message, bool portInUse) : Exception(message)
    {
        public bool PortInUse { get; } = portInUse;
    }
}
