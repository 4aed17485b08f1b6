using Reopen.Functions.Permits;
using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Supervision;
using Reopen.Orchestrations.Supervision.Rectification;

namespace Reopen.Functions.Supervision.Inspections;

/// <summary>
/// What a recorded inspection sets going: a closure suspends the permit at once (the verification page and the placard's
/// QR read it live); a notice or a closure opens the notice's rectification process, which tells the business and follows
/// it up; a re-inspection's result goes to the notice it re-inspects.
/// </summary>
public sealed class InspectionConsequences(PermitRegister permits, RectificationEngine rectifications, ILogger<InspectionConsequences> logger)
{
    public async Task ApplyAsync(InspectionTask task, InspectionResult result, CancellationToken ct)
    {
        if (task.NoticeId is { } noticeId)
        {
            var passed = result.Outcome is InspectionOutcome.Passed or InspectionOutcome.FixedOnSpot;
            await SendAsync(noticeId, new RecordReinspection(passed, result.FailedItems, result.InspectorId), "reinspection-" + task.Key, ct);
            return;
        }
        if (result.Outcome == InspectionOutcome.Closure)
        {
            await permits.SetStatusAsync(task.PermitNumber, PermitStatus.Suspended, ct);
            logger.LogInformation("Permit {PermitKey} of filing {FilingId} suspended by inspection {InspectionKey}", PermitLinks.KeyOf(task.PermitNumber),
                task.FilingId, task.Key);
        }
        if (result.Outcome is InspectionOutcome.RectificationNotice or InspectionOutcome.Closure)
        {
            var id = RectificationProcess.InstanceIdFor(task.FilingId, task.Key);
            var notice = new RectificationNotice(id, task.FilingId, task.Key, task.PermitNumber, task.StreetCode, task.BusinessName, task.Address,
                task.Category, result.InspectorId, result.FailedItems, result.Outcome == InspectionOutcome.Closure);
            await SendAsync(id, new OpenRectification(notice), "open", ct);
        }
    }

    // The command id is the inspection's, so a repeat of this step applies nothing twice.
    private async Task SendAsync(string noticeId, RectificationCommand command, string commandId, CancellationToken ct)
    {
        try
        {
            await rectifications.HandleAsync(noticeId, command, commandId, ct);
        }
        catch (CommandPendingException)
        {
            logger.LogInformation("Rectification {NoticeId}: {Command} sent; its orchestration applies it shortly", noticeId, command.GetType().Name);
        }
        catch (CommandRejectedException e)
        {
            logger.LogWarning("Rectification {NoticeId} refused {Command}: {Code}", noticeId, command.GetType().Name, e.Code);
        }
    }
}
