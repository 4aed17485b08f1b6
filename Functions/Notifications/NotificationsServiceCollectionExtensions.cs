using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reopen.Functions.Hosting.Storage;
using Reopen.Functions.Notifications.Acs;
using Reopen.Functions.Notifications.DevOutbox;
using Reopen.Functions.Notifications.SendGrid;
using Reopen.Functions.Notifications.Sent;
using Reopen.Functions.Notifications.Undelivered;

namespace Reopen.Functions.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers ISmsSender and IEmailSender chosen by Notifications:Sms / Notifications:Email.
    /// Unset means "dev" in Development; elsewhere the choice must be explicit (start-up error otherwise),
    /// so a deployment never quietly keeps its messages in a table. Needs the TableServiceClient and StorageOptions (table prefix) of AddReopenStorage.
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>()
            .Bind(configuration.GetSection(NotificationOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AppTables>();
        services.TryAddSingleton(sp => new DevOutboxStore(sp.GetRequiredService<AppTables>().Get(DevOutboxStore.TableName)));
        services.TryAddSingleton<DevOutboxSmsSender>();
        services.TryAddSingleton<DevOutboxEmailSender>();
        services.AddProviderAdapters(configuration);
        services.AddRequiredTable(UndeliveredMessageLog.TableName);
        services.TryAddSingleton(sp => new UndeliveredMessageLog(sp.GetRequiredService<AppTables>().Get(UndeliveredMessageLog.TableName)));
        services.TryAddSingleton<ISmsSender>(sp => Choose(sp, o => o.Sms) switch
        {
            NotificationOptions.Dev => sp.GetRequiredService<DevOutboxSmsSender>(),
            NotificationOptions.Acs => sp.GetRequiredService<AcsSmsSender>(),
            var other => throw NotAvailable("Sms", other),
        });
        services.TryAddSingleton<IEmailSender>(sp => Choose(sp, o => o.Email) switch
        {
            NotificationOptions.Dev => sp.GetRequiredService<DevOutboxEmailSender>(),
            NotificationOptions.SendGrid => sp.GetRequiredService<SendGridEmailSender>(),
            var other => throw NotAvailable("Email", other),
        });
        return services;
    }

    // The real adapters and what they share: the sent-record table, SendGrid's HttpClient, the ACS pipeline.
    private static void AddProviderAdapters(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SendGridOptions>(configuration.GetSection(SendGridOptions.SectionName));
        services.Configure<AcsSmsOptions>(configuration.GetSection(AcsSmsOptions.SectionName));
        services.AddRequiredTable(SentMessageLog.TableName);
        services.TryAddSingleton(sp => new SentMessageLog(
            sp.GetRequiredService<AppTables>().Get(SentMessageLog.TableName), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SentMessageLog>>()));
        services.AddHttpClient(SendGridEmailSender.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<SendGridEmailSender>();
        services.TryAddSingleton<AcsSmsClientOptions>();
        services.TryAddSingleton(sp => AcsSmsClient.Create(
            sp.GetRequiredService<IOptions<AcsSmsOptions>>().Value, sp.GetRequiredService<AcsSmsClientOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<AcsSmsSender>();
    }

    private static string Choose(IServiceProvider sp, Func<NotificationOptions, string?> channel) =>
        NotificationOptionsValidator.Effective(
            channel(sp.GetRequiredService<IOptions<NotificationOptions>>().Value),
            sp.GetRequiredService<IHostEnvironment>().IsDevelopment())
        ?? throw new InvalidOperationException("No notification adapter is configured.");

    private static InvalidOperationException NotAvailable(string channel, string adapter) =>
        new($"{NotificationOptions.SectionName}:{channel} = '{adapter}' is not available in this build.");
}
