using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Deployment;

public sealed record BicepRun(string Command, int ExitCode, string Output, string Errors)
{
    /// <summary>Bicep writes its diagnostics (warnings and errors alike) to stderr, one a line.</summary>
    public IReadOnlyList<string> Diagnostics => [.. Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

/// <summary>
/// The Bicep CLI this project restores (PackageDownload, see the .csproj), run on infra-bicep/main.bicep with
/// --no-restore: the templates use local modules only, so nothing is fetched from a module registry.
/// </summary>
public static class BicepCli
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private static readonly Lazy<Task<BicepRun>> MainBuild = new(() => RunAsync("build", MainTemplate, "--stdout", "--no-restore"));

    public static string MainTemplate => Path.Combine(RepoRoot.Find(), "infra-bicep", "main.bicep");

    /// <summary><c>bicep build main.bicep --stdout</c>, once per test run.</summary>
    public static Task<BicepRun> BuildMainAsync() => MainBuild.Value;

    /// <summary>The ARM template main.bicep compiles to; fails the test if it does not compile.</summary>
    public static async Task<JsonNode> CompiledMainAsync()
    {
        var build = await BuildMainAsync();
        Assert.True(build.ExitCode == 0, $"{build.Command} exited with {build.ExitCode}:\n{build.Errors}");
        return JsonNode.Parse(build.Output) ?? throw new InvalidOperationException($"{build.Command} wrote no template.");
    }

    public static async Task<BicepRun> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var command = "bicep " + string.Join(' ', arguments);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} took longer than {Patience.TotalMinutes} minutes.");
        }
        return new BicepRun(command, process.ExitCode, await output, await errors);
    }

    private static string Executable()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
            throw new PlatformNotSupportedException("The Bicep CLI restored here is the linux-x64 one.");
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value
            ?? throw new InvalidOperationException("The test assembly does not say where the Bicep CLI is.");
        if (!File.Exists(path))
            throw new InvalidOperationException($"No Bicep CLI at {path}: restore the solution (dotnet restore ReopenFunctions.sln) to download it.");
        // NuGet does not promise to keep the executable bit of a package's files.
        var mode = File.GetUnixFileMode(path);
        const UnixFileMode executable = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & executable) != executable) File.SetUnixFileMode(path, mode | executable);
        return path;
    }
}
