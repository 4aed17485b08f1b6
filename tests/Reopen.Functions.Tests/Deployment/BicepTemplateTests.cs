namespace Reopen.Functions.Tests.Deployment;

/// <summary>infra-bicep compiles and passes the linter with nothing to say, as the deployment will need it to.</summary>
public sealed class BicepTemplateTests
{
    [Fact]
    public async Task Main_template_builds_with_no_warning()
    {
        var build = await BicepCli.BuildMainAsync();

        Assert.True(build.ExitCode == 0, $"{build.Command} exited with {build.ExitCode}:\n{build.Errors}");
        Assert.True(build.Diagnostics.Count == 0, $"{build.Command} reported:\n{string.Join('\n', build.Diagnostics)}");
        Assert.NotNull((await BicepCli.CompiledMainAsync())["resources"]);
    }

    [Fact]
    public async Task Main_template_lints_with_no_warning()
    {
        var lint = await BicepCli.RunAsync("lint", BicepCli.MainTemplate, "--no-restore");

        Assert.True(lint.ExitCode == 0, $"{lint.Command} exited with {lint.ExitCode}:\n{lint.Errors}");
        Assert.True(lint.Diagnostics.Count == 0, $"{lint.Command} reported:\n{string.Join('\n', lint.Diagnostics)}");
    }
}
