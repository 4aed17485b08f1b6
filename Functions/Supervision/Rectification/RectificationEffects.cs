using Reopen.Functions.Approvals;
using Reopen.Functions.Filings;
using Reopen.Functions.Hosting.Urls;
using Reopen.Functions.Notifications;
using Reopen.Functions.Permits;
using Reopen.Functions.Supervision.Inspections;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Supervision;
using Reopen.Orchestrations.Supervision.Rectification;

namespace Reopen.Functions.Supervision.Rectification;

/// <summary>
/// Carries out what a rectification notice's process asks for, each repeatable with the same key: the business's SMS,
/// the supervision order to the street's head, the re-inspection task and its link, the permit's live status. It reads
/// the approval's read model, not its engine: the engine needs the Durable host, which needs this handler.
/// </summary>
internal sealed class RectificationEffects(
    ProcessReadModel<ApprovalState, ApprovalEvent> approvals, InspectionBoard board, InspectionNotifier notifier, PermitRegister permits, DistrictPolicy policy,
    PublicUrls urls, IEmailSender email, ISmsSender sms, TimeProvider time, ILogger<RectificationEffects> logger) : IEffectHandler<RectificationEffect>
{
    private static readonly Texts Zh = Texts.For(UiLanguage.Zh);

    public Task HandleAsync(RectificationEffect effect, EffectContext context, CancellationToken ct) => effect switch
    {
        RectificationSms e => SmsAsync(e, context, ct),
        SupervisionOrderEmail e => OrderAsync(e, context, ct),
        ReinspectionAssigned e => ReinspectAsync(e, context, ct),
        PermitStatusChange e => PermitAsync(e, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(effect), effect.GetType().Name, "No handler for this rectification effect."),
    };

    private async Task SmsAsync(RectificationSms e, EffectContext context, CancellationToken ct)
    {
        var mobile = (await approvals.GetAsync(e.FilingId, ct))?.State.Filing?.ResponsibleMobile;
        if (string.IsNullOrEmpty(mobile)) return;
        var status = urls.For(FilingLinks.StatusPath(e.FilingId));
        var body = Zh.T("businessSms.signature", policy.Name.Zh)
            + Zh.T($"rectification.sms.{e.Kind}", e.Items, e.Deadline is { } at ? Zh.At(at) : "", e.PermitNumber, status);
        var receipt = await sms.SendAsync(new SmsMessage(mobile, body), context.IdempotencyKey, ct);
        logger.LogInformation("Rectification {NoticeId}: {Kind} SMS {MessageId}", e.NoticeId, e.Kind, receipt.MessageId);
    }

    private async Task OrderAsync(SupervisionOrderEmail e, EffectContext context, CancellationToken ct)
    {
        var head = policy.FindStreet(e.Notice.StreetCode)?.Director
            ?? throw new InvalidOperationException($"Street {e.Notice.StreetCode} is not in the policy.");
        var receipt = await email.SendAsync(RectificationMessages.SupervisionOrder(e, head, policy), context.IdempotencyKey, ct);
        logger.LogInformation("Rectification {NoticeId}: supervision order {Number} to official {OfficialId}: {MessageId}", e.Notice.NoticeId,
            e.Order.Number, head.Id, receipt.MessageId);
    }

    private async Task ReinspectAsync(ReinspectionAssigned e, EffectContext context, CancellationToken ct)
    {
        var n = e.Notice;
        var street = policy.FindStreet(n.StreetCode) ?? throw new InvalidOperationException($"Street {n.StreetCode} is not in the policy.");
        var inspector = policy.FindOfficial(n.InspectorId) ?? GridAssignment.InspectorFor(street, n.FilingId, e.TaskKey);
        var now = time.GetUtcNow();
        var task = new InspectionTask(n.FilingId, e.TaskKey, FollowUpKind.Reinspection, inspector.Id, n.StreetCode, n.PermitNumber, n.BusinessName,
            n.Address, n.Category, now, e.InspectBy, policy.TaskLinkExpiry(now, e.InspectBy), NoticeId: n.NoticeId);
        // The task as stored (a repeat keeps the first one's link expiry), so every message carries the same link.
        var stored = await board.AssignAsync(task, now, ct);
        await notifier.NotifyAsync(stored, inspector, street, context.IdempotencyKey + "|", ct);
        logger.LogInformation("Rectification {NoticeId}: re-inspection {TaskKey} assigned to official {OfficialId}", n.NoticeId, e.TaskKey, inspector.Id);
    }

    private async Task PermitAsync(PermitStatusChange e, CancellationToken ct)
    {
        var status = e.Change switch { PermitChange.Suspend => PermitStatus.Suspended, PermitChange.Revoke => PermitStatus.Revoked, _ => PermitStatus.Valid };
        await permits.SetStatusAsync(e.PermitNumber, status, ct);
        logger.LogInformation("Permit {PermitKey} of filing {FilingId} is now {Status}", PermitLinks.KeyOf(e.PermitNumber), e.FilingId, status);
    }
}
