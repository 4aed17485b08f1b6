using Microsoft.Extensions.Options;
using Reopen.Functions.Notifications.Acs;
using Reopen.Functions.Notifications.SendGrid;

namespace Reopen.Functions.Notifications;

/// <summary>
/// Fails start-up on an unknown adapter, on a silent default outside Development, or on a chosen adapter whose
/// settings are missing (each problem names its setting).
/// </summary>
internal sealed class NotificationOptionsValidator(
    IHostEnvironment environment, IOptions<SendGridOptions> sendGrid, IOptions<AcsSmsOptions> acs) : IValidateOptions<NotificationOptions>
{
    private static readonly string[] SmsAdapters = [NotificationOptions.Dev, NotificationOptions.Acs];
    private static readonly string[] EmailAdapters = [NotificationOptions.Dev, NotificationOptions.SendGrid];

    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var isDevelopment = environment.IsDevelopment();
        var problems = Check("Sms", options.Sms, SmsAdapters, isDevelopment)
            .Concat(Check("Email", options.Email, EmailAdapters, isDevelopment))
            .Concat(Effective(options.Sms, isDevelopment) == NotificationOptions.Acs ? acs.Value.Problems() : [])
            .Concat(Effective(options.Email, isDevelopment) == NotificationOptions.SendGrid ? sendGrid.Value.Problems() : [])
            .ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>The adapter in force: the configured one, or "dev" when unset in Development; null when unset elsewhere.</summary>
    internal static string? Effective(string? configured, bool isDevelopment) =>
        string.IsNullOrWhiteSpace(configured) ? (isDevelopment ? NotificationOptions.Dev : null) : configured.Trim().ToLowerInvariant();

    private static IEnumerable<string> Check(string channel, string? configured, string[] available, bool isDevelopment)
    {
        var effective = Effective(configured, isDevelopment);
        if (effective is null)
            yield return $"{NotificationOptions.SectionName}:{channel} must be set outside Development (one of: {string.Join(", ", available)}).";
        else if (!available.Contains(effective))
            yield return $"{NotificationOptions.SectionName}:{channel} = '{effective}' is not available (one of: {string.Join(", ", available)}).";
    }
}
