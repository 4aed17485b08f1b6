using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Reopen.Functions.Notifications;
using Reopen.Functions.Notifications.DevOutbox;
using Reopen.Orchestrations.Tables;

namespace Reopen.Functions.Tests.Notifications;

public class NotificationOptionsTests
{
    [Fact]
    public async Task Development_defaults_to_the_dev_outbox()
    {
        using var host = await Start(Environments.Development, []);

        Assert.IsType<DevOutboxSmsSender>(host.Services.GetRequiredService<ISmsSender>());
        Assert.IsType<DevOutboxEmailSender>(host.Services.GetRequiredService<IEmailSender>());
    }

    [Fact]
    public async Task Outside_Development_an_unset_channel_fails_startup()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => Start(Environments.Production, new() { ["Notifications:Email"] = "dev" }));

        Assert.Contains("Notifications:Sms must be set", error.Message);
        Assert.DoesNotContain("Notifications:Email", error.Message);
    }

    [Fact]
    public async Task Outside_Development_the_dev_outbox_can_be_chosen_explicitly()
    {
        using var host = await Start("Staging", new() { ["Notifications:Sms"] = "dev", ["Notifications:Email"] = "DEV" });

        Assert.IsType<DevOutboxSmsSender>(host.Services.GetRequiredService<ISmsSender>());
    }

    [Theory]
    [InlineData("Notifications:Sms", "acs")]
    [InlineData("Notifications:Email", "sendgrid")]
    [InlineData("Notifications:Sms", "carrier-pigeon")]
    public async Task Adapter_not_in_this_build_fails_startup(string setting, string adapter)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => Start(Environments.Development, new() { [setting] = adapter }));

        Assert.Contains($"{setting} = '{adapter}' is not available", error.Message);
    }

    private static async Task<IHost> Start(string environment, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(TableServiceClient.FromConnectionString("UseDevelopmentStorage=true"));
        builder.Services.AddNotifications(builder.Configuration);
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
