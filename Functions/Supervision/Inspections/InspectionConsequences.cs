using Reopen.Functions.Approvals;
using Reopen.Functions.Filings;
using Reopen.Functions.Hosting.Urls;
using Reopen.Functions.Notifications;
using Reopen.Functions.Permits;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Functions.Supervision.Inspections;

/// <summary>
/// What a recorded inspection does beyond the record: a closure suspends the permit at once (the verification page and the
/// placard's QR read it live); a notice or a closure tells the business by SMS, with fixed words and its status page.
/// </summary>
public sealed class InspectionConsequences(
    PermitRegister permits, ApprovalEngine approvals, DistrictPolicy policy, PublicUrls urls, ISmsSender sms, ILogger<InspectionConsequences> logger)
{
    private static readonly Texts Zh = Texts.For(UiLanguage.Zh);

    public async Task ApplyAsync(InspectionTask task, InspectionResult result, CancellationToken ct)
    {
        if (result.Outcome == InspectionOutcome.Closure)
        {
            await permits.SetStatusAsync(task.PermitNumber, PermitStatus.Suspended, ct);
            logger.LogInformation("Permit {PermitKey} of filing {FilingId} suspended by inspection {InspectionKey}", PermitLinks.KeyOf(task.PermitNumber),
                task.FilingId, task.Key);
        }
        if (result.Outcome is not (InspectionOutcome.RectificationNotice or InspectionOutcome.Closure)) return;

        var mobile = (await approvals.GetAsync(task.FilingId, ct))?.State.Filing?.ResponsibleMobile;
        if (string.IsNullOrEmpty(mobile)) return;
        var status = urls.For(FilingLinks.StatusPath(task.FilingId));
        var body = Zh.T("businessSms.signature", policy.Name.Zh) + (result.Outcome == InspectionOutcome.Closure
            ? Zh.T("inspection.sms.closure", task.PermitNumber, status)
            : Zh.T("inspection.sms.notice", result.FailedItems.Count, Zh.At(result.RectifyBy!.Value), status));
        var receipt = await sms.SendAsync(new SmsMessage(mobile, body), $"inspection|{task.FilingId}|{task.Key}|{result.Outcome}|sms", ct);
        logger.LogInformation("Inspection {InspectionKey} of filing {FilingId}: {Outcome} SMS {MessageId}", task.Key, task.FilingId, result.Outcome, receipt.MessageId);
    }
}
