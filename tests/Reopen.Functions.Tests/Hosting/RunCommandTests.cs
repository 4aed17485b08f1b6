using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Hosting;

/// <summary>The README's run command, run as a person would: what it answered 2xx to is there after Ctrl-C or SIGTERM and a restart.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly string _location = Path.Combine(Path.GetTempPath(), "reopen-run-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("INT", true)] // Ctrl-C: the terminal signals the command's whole process group
    [InlineData("TERM", false)] // a service manager signals the command itself
    public async Task A_filing_answered_201_survives_stopping_the_run_command_at_once(string signal, bool wholeGroup)
    {
        var (filingId, accessCode) = (default(string), default(string));
        await using (var run = await RunCommand.StartAsync(_location))
        {
            using var created = await run.Client.PostAsJsonAsync("/api/filings", SampleFilings.BelowScale(), JsonSerializerOptions.Web);
            var body = await created.Content.ReadAsStringAsync();
            Assert.True(created.StatusCode == HttpStatusCode.Created, $"Filing answered {(int)created.StatusCode}: {body}");
            using var json = JsonDocument.Parse(body);
            (filingId, accessCode) = (json.RootElement.GetProperty("filingId").GetString(), json.RootElement.GetProperty("accessCode").GetString());

            await run.StopAsync(signal, wholeGroup);
        }

        await using var again = await RunCommand.StartAsync(_location);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/filings/" + filingId);
        request.Headers.Add("X-Access-Code", accessCode);
        using var status = await again.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
    }

    [Fact]
    public async Task The_run_command_keeps_the_environment_it_is_given_and_the_app_says_what_it_lacks()
    {
        await using var run = RunCommand.Launch(_location, environment: "Production");

        var (exitCode, output) = await run.WaitForExitAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("DecisionLinks:SigningKey is required outside Development", output);
        Assert.DoesNotContain("Reopen is running", output);
    }

    public void Dispose()
    {
        try { Directory.Delete(_location, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>scripts/run on free ports with its data in a folder of the test's, as last built (the test host holds the build).</summary>
    private sealed class RunCommand : IAsyncDisposable
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

        private readonly ServingProcess _serving;

        private RunCommand(ServingProcess serving) => _serving = serving;

        public HttpClient Client => _serving.Client;

        /// <summary>Started and answering /api/health, in Development; launched again on fresh ports if one of its free ports was taken before it bound it.</summary>
        public static async Task<RunCommand> StartAsync(string location)
        {
            for (var attempt = 1; ; attempt++)
            {
                var run = Launch(location, "Development");
                try
                {
                    await run._serving.WaitUntilHealthyAsync("scripts/run", Patience);
                    return run;
                }
                catch when (attempt < 3 && run._serving.Process.HasExited && run._serving.Output.Contains("EADDRINUSE", StringComparison.Ordinal))
                {
                    await run.DisposeAsync();
                }
                catch
                {
                    await run.DisposeAsync();
                    throw;
                }
            }
        }

        public static RunCommand Launch(string location, string environment)
        {
            var root = RepoRoot.Find();
            var port = LoopbackPort.Free();
            // As from a terminal: SIGINT at its default (a shell started in the background would ignore it), in a session of its own.
            var info = new ProcessStartInfo("env") { WorkingDirectory = root };
            foreach (var arg in new[] { "--default-signal=INT", "setsid", "bash", Path.Combine(root, "scripts", "run") }) info.ArgumentList.Add(arg);
            info.Environment["REOPEN_PORT"] = port.ToString(CultureInfo.InvariantCulture);
            info.Environment["REOPEN_AZURITE_PORT"] = LoopbackPort.Free().ToString(CultureInfo.InvariantCulture);
            info.Environment["REOPEN_AZURITE_BLOB_PORT"] = LoopbackPort.Free().ToString(CultureInfo.InvariantCulture);
            info.Environment["REOPEN_AZURITE_QUEUE_PORT"] = LoopbackPort.Free().ToString(CultureInfo.InvariantCulture);
            info.Environment["REOPEN_AZURITE_LOCATION"] = location;
            info.Environment["REOPEN_SKIP_BUILD"] = "1";
            info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
            info.Environment.Remove("DOTNET_ENVIRONMENT");
            return new RunCommand(new ServingProcess(info, port));
        }

        public async Task<(int ExitCode, string Output)> WaitForExitAsync()
        {
            try
            {
                await _serving.Process.WaitForExitAsync().WaitAsync(Patience);
            }
            catch (TimeoutException)
            {
                throw new Xunit.Sdk.XunitException($"scripts/run did not end within {Patience.TotalSeconds} s:\n{_serving.Output}");
            }
            return (_serving.Process.ExitCode, _serving.Output);
        }

        /// <summary>Sends the signal as soon as asked and waits for the command to end.</summary>
        public async Task StopAsync(string signal, bool wholeGroup)
        {
            var target = (wholeGroup ? "-" : "") + _serving.Process.Id.ToString(CultureInfo.InvariantCulture);
            using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-s", signal, "--", target } })!)
                await kill.WaitForExitAsync();
            await WaitForExitAsync();
        }

        public async ValueTask DisposeAsync()
        {
            var process = _serving.Process;
            if (!process.HasExited)
            {
                // A failed test still stops what it started: the command first, so it stops the app and Azurite itself.
                using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-s", "TERM", process.Id.ToString(CultureInfo.InvariantCulture) } })!)
                    await kill.WaitForExitAsync();
                try
                {
                    await process.WaitForExitAsync().WaitAsync(Patience);
                }
                catch (TimeoutException)
                {
                    process.Kill(entireProcessTree: true);
                }
            }
            _serving.Dispose();
        }
    }
}
