namespace Reopen.Functions.Notifications;

/// <summary>Configuration section "Notifications": which adapter sends each channel.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";
    public const string Dev = "dev";

    /// <summary>"dev" (the dev outbox) or "acs" (Azure Communication Services; not built yet).</summary>
    public string? Sms { get; set; }

    /// <summary>"dev" (the dev outbox) or "sendgrid" (SendGrid v3; not built yet).</summary>
    public string? Email { get; set; }
}
