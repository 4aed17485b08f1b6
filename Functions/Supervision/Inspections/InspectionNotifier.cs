using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Hosting.Urls;
using Reopen.Functions.Notifications;
using Reopen.Functions.Supervision.Patrols;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Supervision.Inspections;

/// <summary>
/// Tells an inspector of their task, whoever assigned it (the sweep, a notice's re-inspection): an email with the task's
/// link and their own patrol link, and an SMS where the policy says. Both keys end in the channel, after the caller's prefix.
/// </summary>
public sealed class InspectionNotifier(DistrictPolicy policy, DecisionLinkToken tokens, PublicUrls urls, IEmailSender email, ISmsSender sms)
{
    /// <summary>The task's signed link, the same for every message and digest (its claims are the stored task's).</summary>
    public string TaskUrl(InspectionTask task) => urls.For(InspectionLinks.PathFor(tokens.Create(InspectionLinks.Claims(task))));

    public async Task<EmailReceipt> NotifyAsync(InspectionTask task, Official inspector, Street street, string keyPrefix, CancellationToken ct)
    {
        var url = TaskUrl(task);
        var patrol = urls.For(PatrolLinks.PathFor(tokens.Create(PatrolLinks.Claims(street, inspector, task.LinkExpiresAt))));
        var receipt = await email.SendAsync(InspectionMessages.Email(task, inspector, url, patrol), keyPrefix + "email", ct);
        if (policy.Supervision.InspectorSms && inspector.Mobile is { } mobile)
            await sms.SendAsync(new SmsMessage(mobile, InspectionMessages.Sms(policy, task, url)), keyPrefix + "sms", ct);
        return receipt;
    }
}
