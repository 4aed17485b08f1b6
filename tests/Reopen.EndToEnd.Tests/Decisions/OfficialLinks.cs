using Reopen.Functions.Notifications.DevOutbox;
using Reopen.Functions.Tests.Infrastructure;

namespace Reopen.EndToEnd.Tests.Decisions;

/// <summary>What officials and the business receive, read from the dev outbox as they would read their mail and texts.</summary>
public static class OfficialLinks
{
    /// <summary>The decision link in the newest email to <paramref name="officialEmail"/> about <paramref name="businessName"/>.</summary>
    public static Task<string> DecisionLinkAboutAsync(this DevOutboxReader outbox, string officialEmail, string businessName) =>
        outbox.DecisionLinkAsync(officialEmail, m => (m.Subject ?? "").Contains(businessName, StringComparison.Ordinal));

    /// <summary>The newest text message to the business's mobile that contains <paramref name="words"/>.</summary>
    public static Task<OutboxMessage> BusinessSmsAsync(this DevOutboxReader outbox, string mobile, string words) =>
        outbox.WaitForAsync(mobile, m => m.Body.Contains(words, StringComparison.Ordinal), DevOutboxChannel.Sms);
}
