using Reopen.EndToEnd.Tests.App;
using Reopen.Functions.Notifications.DevOutbox;

namespace Reopen.EndToEnd.Tests.Decisions;

/// <summary>What officials and the business receive, read from the dev outbox as they would read their mail and texts.</summary>
public static class OfficialLinks
{
    /// <summary>The decision link in the newest email to <paramref name="officialEmail"/> about <paramref name="businessName"/>.</summary>
    public static async Task<string> DecisionLinkAsync(this DevOutboxReader outbox, string officialEmail, string businessName)
    {
        var email = await outbox.WaitForAsync(officialEmail, DevOutboxChannel.Email,
            m => (m.Subject ?? "").Contains(businessName, StringComparison.Ordinal) && m.Links.Any(IsDecisionLink),
            $"asking to decide on {businessName}");
        return email.Links.Single(IsDecisionLink).Url;
    }

    /// <summary>The newest text message to the business's mobile that contains <paramref name="words"/>.</summary>
    public static Task<DevOutboxReader.Message> BusinessSmsAsync(this DevOutboxReader outbox, string mobile, string words) =>
        outbox.WaitForAsync(mobile, DevOutboxChannel.Sms, m => m.Body.Contains(words, StringComparison.Ordinal), $"saying {words}");

    private static bool IsDecisionLink(DevOutboxReader.Link link) => link.Url.Contains("/api/decisions/", StringComparison.Ordinal);
}
