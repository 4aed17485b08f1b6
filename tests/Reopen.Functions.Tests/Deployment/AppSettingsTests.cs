namespace Reopen.Functions.Tests.Deployment;

/// <summary>
/// infra-bicep and the code agree on the app's settings: each key the app looks up is set by the Bicep or documented in
/// README's Configuration table, and each app setting the Bicep sets is read by the app as it runs in Azure, or is one
/// the Functions host or the platform reads, named below with the reason.
/// </summary>
public sealed class AppSettingsTests(AppConfigurationReads reads) : IClassFixture<AppConfigurationReads>
{
    /// <summary>App settings for the Functions host or the platform rather than for the app.</summary>
    private static readonly Dictionary<string, string> HostOwned = new()
    {
        ["AzureWebJobsStorage__accountName"] = "the host's own storage (timer schedules, leases); the app reads it for its tables only without a connection string, which needs a managed identity, so it is not run here",
        ["AzureWebJobsStorage__credential"] = "the host reaches that storage with the managed identity (the account takes no shared keys)",
        ["AzureWebJobsStorage__clientId"] = "which managed identity: the user-assigned one, the only one the app has",
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "the host sends its logs, traces and invocation metrics to Application Insights",
        ["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"] = "the host signs that telemetry in with the managed identity (the component has local auth off)",
    };

    [Fact]
    public async Task Every_setting_the_app_reads_is_set_by_the_bicep_or_documented_in_the_readme()
    {
        var bicep = BicepAppSettings.In(await BicepCli.CompiledMainAsync());
        var documented = ReadmeConfiguration.Documented();
        Assert.NotEmpty(reads.Local);
        Assert.NotEmpty(reads.InAzure);
        Assert.NotEmpty(documented);

        var unexplained = reads.Either.Where(key => !bicep.Concat(documented).Any(s => s.Matches(key))).Order().ToList();

        Assert.True(unexplained.Count == 0,
            "The app reads settings that infra-bicep does not set and README's Configuration table does not document:\n"
            + string.Join('\n', unexplained));
    }

    [Fact]
    public async Task Every_app_setting_the_bicep_sets_is_read_by_the_app_in_azure_or_by_the_host()
    {
        var bicep = BicepAppSettings.In(await BicepCli.CompiledMainAsync());
        Assert.NotEmpty(bicep);

        var unread = bicep.Where(s => !reads.InAzure.Any(s.Matches) && !HostOwned.Keys.Any(s.Matches)).Select(s => s.Written).ToList();

        Assert.True(unread.Count == 0,
            "infra-bicep sets app settings that neither the app (as it runs in Azure) reads nor the host owns:\n" + string.Join('\n', unread));
    }

    [Fact]
    public async Task Every_setting_named_here_as_the_hosts_is_set_by_the_bicep()
    {
        var bicep = BicepAppSettings.In(await BicepCli.CompiledMainAsync());

        var stale = HostOwned.Keys.Where(key => !bicep.Any(s => s.Matches(key))).ToList();

        Assert.True(stale.Count == 0, "Named as the host's but no longer set by infra-bicep:\n" + string.Join('\n', stale));
    }
}
