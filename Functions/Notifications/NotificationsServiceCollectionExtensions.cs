using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reopen.Functions.Hosting.Storage;
using Reopen.Functions.Notifications.DevOutbox;

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
        services.TryAddSingleton<ISmsSender>(sp => Choose(sp, o => o.Sms) switch
        {
            NotificationOptions.Dev => sp.GetRequiredService<DevOutboxSmsSender>(),
            var other => throw NotAvailable("Sms", other),
        });
        services.TryAddSingleton<IEmailSender>(sp => Choose(sp, o => o.Email) switch
        {
            NotificationOptions.Dev => sp.GetRequiredService<DevOutboxEmailSender>(),
            var other => throw NotAvailable("Email", other),
        });
        return services;
    }

    private static string Choose(IServiceProvider sp, Func<NotificationOptions, string?> channel) =>
        NotificationOptionsValidator.Effective(
            channel(sp.GetRequiredService<IOptions<NotificationOptions>>().Value),
            sp.GetRequiredService<IHostEnvironment>().IsDevelopment())
        ?? throw new InvalidOperationException("No notification adapter is configured.");

    private static InvalidOperationException NotAvailable(string channel, string adapter) =>
        new($"{NotificationOptions.SectionName}:{channel} = '{adapter}' is not available in this build.");
}
