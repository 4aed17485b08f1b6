namespace Reopen.Functions.Notifications.SendGrid;

/// <summary>Section "SendGrid": how the SendGrid adapter sends (Notifications:Email = "sendgrid").</summary>
public sealed class SendGridOptions
{
    public const string SectionName = "SendGrid";

    /// <summary>The v3 API key (in Azure a Key Vault reference); sent as a Bearer token, never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The verified sender address, e.g. noreply@district.gov.cn.</summary>
    public string? FromEmail { get; set; }

    /// <summary>The sender's display name, e.g. the district office's; the address alone when unset.</summary>
    public string? FromName { get; set; }

    /// <summary>Another API host: https://api.eu.sendgrid.com for EU data residency, or a local fake in tests.</summary>
    public string? Host { get; set; }

    /// <summary>The settings that are missing or wrong, each naming its setting.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(ApiKey)) yield return $"{SectionName}:{nameof(ApiKey)} must be set when {Email} (in Azure a Key Vault reference).";
        if (string.IsNullOrWhiteSpace(FromEmail)) yield return $"{SectionName}:{nameof(FromEmail)} must be set when {Email} (the verified sender address).";
        else if (!System.Net.Mail.MailAddress.TryCreate(FromEmail, out _)) yield return $"{SectionName}:{nameof(FromEmail)} is not an email address.";
        if (!string.IsNullOrWhiteSpace(Host) && !Uri.TryCreate(Host, UriKind.Absolute, out _)) yield return $"{SectionName}:{nameof(Host)} is not an absolute URL.";
    }

    private const string Email = $"{NotificationOptions.SectionName}:Email = 'sendgrid'";
}
