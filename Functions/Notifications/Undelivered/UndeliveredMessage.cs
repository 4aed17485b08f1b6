using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Notifications.Undelivered;

/// <summary>
/// A message of a filing that will not be sent: the provider refused it for good, or the runtime's last try failed.
/// Who it was for by name and role only (officials), never an address or a number; why as provider and status.
/// </summary>
/// <param name="Purpose">decisionEmail, businessSms or callbackEmail.</param>
/// <param name="Refused">True when the provider refused it; false when it still failed after <paramref name="Attempts"/> tries.</param>
public sealed record UndeliveredMessage(
    string FilingId, string Purpose, string? RecipientName, LocalizedText? RecipientRole, string? Provider, int? Status, bool Refused, int Attempts, DateTimeOffset At)
{
    public const string DecisionEmail = "decisionEmail";
    public const string BusinessSms = "businessSms";
    public const string CallbackEmail = "callbackEmail";

    /// <summary>What a failure of a message effect means for the record; null while the runtime will try again (or for other effects).</summary>
    public static UndeliveredMessage? From(ApprovalEffect effect, EffectContext context, Exception failure, DateTimeOffset now)
    {
        var refused = failure is PermanentNotificationException;
        if (!refused && !context.IsLastAttempt) return null;
        var (provider, status) = failure switch
        {
            PermanentNotificationException p => (p.Provider, (int?)p.Status),
            TransientNotificationException t => (t.Provider, t.Status),
            _ => (null, null),
        };
        return effect switch
        {
            EmailApprover e => new(e.FilingId, DecisionEmail, e.Approver.Name, e.Approver.Role, provider, status, refused, context.Attempt, now),
            SmsToBusiness e => new(e.FilingId, BusinessSms, null, null, provider, status, refused, context.Attempt, now),
            CallbackTaskOpened e => new(e.FilingId, CallbackEmail, null, null, provider, status, refused, context.Attempt, now),
            _ => null,
        };
    }
}
