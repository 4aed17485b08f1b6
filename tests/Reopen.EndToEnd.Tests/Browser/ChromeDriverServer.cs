using System.Diagnostics;
using System.Text;
using Reopen.TestSupport;

namespace Reopen.EndToEnd.Tests.Browser;

/// <summary>A chromedriver process on a free 127.0.0.1 port, stopped (process tree) on dispose.</summary>
public sealed class ChromeDriverServer : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly StringBuilder _output;

    private ChromeDriverServer(Process process, StringBuilder output, Uri address)
    {
        _process = process;
        _output = output;
        Address = address;
    }

    /// <summary>The WebDriver endpoint, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    public static async Task<ChromeDriverServer> StartAsync()
    {
        var driver = BrowserInstallation.ChromeDriverPath();
        BrowserInstallation.ChromiumPath(); // fail here, once, rather than in every session
        var port = LoopbackPort.Free();
        var info = new ProcessStartInfo(driver)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add($"--port={port}");
        info.ArgumentList.Add("--allowed-ips=127.0.0.1");
        info.ArgumentList.Add("--log-level=WARNING");

        var output = new StringBuilder();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ChromeDriverServer(process, output, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartupTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"chromedriver exited with code {_process.ExitCode} before it was ready. Output:\n{Output}");
            try
            {
                var status = await http.GetStringAsync("status");
                if (status.Contains("\"ready\":true", StringComparison.Ordinal)) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Too slow to answer yet.
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"chromedriver was not ready at {Address} within {StartupTimeout.TotalSeconds:0} s. Output:\n{Output}");
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (TimeoutException)
        {
            // The kill signal was sent; nothing more to do.
        }
        _process.Dispose();
    }
}
