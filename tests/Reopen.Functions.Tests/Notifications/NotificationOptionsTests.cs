using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Reopen.Functions.Notifications;
using Reopen.Functions.Notifications.Acs;
using Reopen.Functions.Notifications.DevOutbox;
using Reopen.Functions.Notifications.SendGrid;

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
    [InlineData("Notifications:Sms", "carrier-pigeon")]
    [InlineData("Notifications:Email", "fax")]
    public async Task Adapter_not_in_this_build_fails_startup(string setting, string adapter)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => Start(Environments.Development, new() { [setting] = adapter }));

        Assert.Contains($"{setting} = '{adapter}' is not available (one of: dev, ", error.Message);
    }

    [Fact]
    public async Task Real_adapters_are_chosen_when_their_settings_are_present()
    {
        using var host = await Start(Environments.Production, new()
        {
            ["Notifications:Email"] = "sendgrid",
            ["SendGrid:ApiKey"] = "SG.key",
            ["SendGrid:FromEmail"] = "noreply@qinghe.gov.cn",
            ["Notifications:Sms"] = "ACS",
            ["Acs:Endpoint"] = "https://acs-reopen.communication.azure.com",
            ["Acs:From"] = "+18005550100",
        });

        Assert.IsType<SendGridEmailSender>(host.Services.GetRequiredService<IEmailSender>());
        Assert.IsType<AcsSmsSender>(host.Services.GetRequiredService<ISmsSender>());
    }

    [Fact]
    public async Task Sendgrid_without_its_key_and_sender_fails_startup_naming_both_settings()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => Start(Environments.Development, new() { ["Notifications:Email"] = "sendgrid" }));

        Assert.Contains("SendGrid:ApiKey must be set", error.Message);
        Assert.Contains("SendGrid:FromEmail must be set", error.Message);
    }

    [Fact]
    public async Task Acs_without_connection_string_or_endpoint_fails_startup_naming_the_settings()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => Start(Environments.Development, new() { ["Notifications:Sms"] = "acs" }));

        Assert.Contains("Acs:ConnectionString (access key) or Acs:Endpoint (managed identity) must be set", error.Message);
        Assert.Contains("Acs:From must be set", error.Message);
    }

    [Fact]
    public async Task Acs_connection_string_without_a_usable_key_fails_startup_without_echoing_it()
    {
        const string broken = "endpoint=https://acs-reopen.communication.azure.com/;accesskey=not base64!";
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => Start(Environments.Development, new()
        {
            ["Notifications:Sms"] = "acs", ["Acs:ConnectionString"] = broken, ["Acs:From"] = "+18005550100",
        }));

        Assert.Contains("Acs:ConnectionString must read endpoint=", error.Message);
        Assert.DoesNotContain("not base64!", error.Message);
    }

    private static async Task<IHost> Start(string environment, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(new TableServiceClient("UseDevelopmentStorage=true"));
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
