using System.Diagnostics;
using System.Text;

namespace Reopen.Functions.Tests.Infrastructure;

/// <summary>A process that serves the app on a loopback port (the run command, or the built app): started with its output kept, and awaited until /api/health answers.</summary>
public sealed class ServingProcess : IDisposable
{
    private readonly StringBuilder _output = new();

    public ServingProcess(ProcessStartInfo info, int port)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        Process = new Process { StartInfo = info };
        Process.OutputDataReceived += (_, e) => Append(e.Data);
        Process.ErrorDataReceived += (_, e) => Append(e.Data);
        Process.Start();
        Process.BeginOutputReadLine();
        Process.BeginErrorReadLine();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public Process Process { get; }

    public HttpClient Client { get; }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Until /api/health answers 2xx; fails with the process's output when it exits or <paramref name="patience"/> runs out.</summary>
    public async Task WaitUntilHealthyAsync(string what, TimeSpan patience)
    {
        for (var giveUpAt = DateTime.UtcNow + patience; DateTime.UtcNow < giveUpAt; await Task.Delay(200))
        {
            if (Process.HasExited) throw new Xunit.Sdk.XunitException($"{what} exited with {Process.ExitCode}:\n{Output}");
            try
            {
                using var health = await Client.GetAsync("/api/health");
                if (health.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }
        throw new Xunit.Sdk.XunitException($"{what} did not answer /api/health within {patience.TotalSeconds} s:\n{Output}");
    }

    public void Dispose()
    {
        Client.Dispose();
        Process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null) lock (_output) _output.AppendLine(line);
    }
}
