namespace Reopen.Functions.Notifications;

/// <summary>Configuration section "Notifications": which adapter sends each channel.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";
    public const string Dev = "dev";
    public const string Acs = "acs";
    public const string SendGrid = "sendgrid";

    /// <summary>"dev" (the dev outbox) or "acs" (Azure Communication Services, settings in section "Acs").</summary>
    public string? Sms { get; set; }

    /// <summary>"dev" (the dev outbox) or "sendgrid" (SendGrid v3, settings in section "SendGrid").</summary>
    public string? Email { get; set; }
}
