using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Approvals.Decisions;
using Reopen.Functions.Hosting.Urls;
using Reopen.Functions.Notifications;
using Reopen.Functions.Supervision.Complaints;
using Reopen.Functions.Supervision.Inspections;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;
using Reopen.Orchestrations.Supervision.Rectification;

namespace Reopen.Functions.Digests;

/// <summary>
/// Each morning, one email per official with what waits for them: their open decisions, the inspections assigned to them,
/// the complaints they are to verify, and (for a street's head) the notices past deadline under a supervision order;
/// none to an official with nothing waiting. The message's key is the district's date and the official, so a second run
/// that day, on this instance or another, sends nothing: the mail adapters keep one message per key.
/// </summary>
public sealed class OfficialDigests(
    ProcessReadModel<ApprovalState, ApprovalEvent> approvals, ProcessReadModel<RectificationState, RectificationEvent> rectifications,
    InspectionBoard inspections, InspectionNotifier notifier, ComplaintDesk complaints, ComplaintIntake intake, DistrictPolicy policy, DecisionLinkToken tokens, PublicUrls urls, IEmailSender email,
    TimeProvider time, ILogger<OfficialDigests> logger)
{
    public async Task<int> SendAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var day = BeijingTime.Day(now);
        var waiting = new Dictionary<string, (Official Official, List<DigestItem> Items)>(StringComparer.Ordinal);
        void Add(Official official, DigestItem item)
        {
            if (!waiting.TryGetValue(official.Id, out var entry)) waiting[official.Id] = entry = (official, []);
            entry.Items.Add(item);
        }

        await foreach (var snapshot in approvals.ListAsync(nameof(ApprovalStatus.Pending), ct))
            foreach (var w in WaitingDecisions.Of(snapshot.State, now))
            {
                // The same claims as the step's emailed link, so the digest's link is that very link.
                var token = tokens.Create(new DecisionLinkClaims(w.FilingId, w.StepId, w.Round, w.Official.Id, w.LinksExpireAt));
                Add(w.Official, new DigestItem(w.BusinessName, "approval.step." + w.Step, w.DeadlineAt, w.Overdue, urls.For(DecisionPaths.For(token))));
            }
        await foreach (var task in inspections.OpenAsync(ct))
            if (policy.FindOfficial(task.InspectorId) is { } inspector && task.LinkExpiresAt > now)
                Add(inspector, new DigestItem(task.BusinessName, $"inspection.kind.{task.Kind}", task.InspectBy, now > task.InspectBy,
                    notifier.TaskUrl(task)));
        await foreach (var complaint in complaints.OpenAsync(ct))
            if (policy.FindOfficial(complaint.AssigneeId) is { } assignee && complaint.LinkExpiresAt > now)
                Add(assignee, new DigestItem(complaint.Form.Business, "digest.item.complaint", complaint.VerifyBy, now > complaint.VerifyBy,
                    intake.TaskUrl(complaint)));
        await foreach (var notice in rectifications.ListAsync(nameof(RectificationStatus.Overdue), ct))
            if (notice.State.Notice is { } n && policy.FindStreet(n.StreetCode)?.Director is { } head)
                Add(head, new DigestItem(n.BusinessName, "digest.item.overdueNotice", notice.State.SupervisionBy, now > notice.State.SupervisionBy, null));

        foreach (var (official, items) in waiting.Values)
        {
            var ordered = items.OrderBy(i => i.DeadlineAt ?? DateTimeOffset.MaxValue).ToArray();
            var receipt = await email.SendAsync(OfficialDigest.Compose(official, day, ordered), $"digest|{day:yyyyMMdd}|{official.Id}", ct);
            logger.LogInformation("Digest for {Day} to official {OfficialId}: {Count} waiting, {MessageId}", day, official.Id, ordered.Length, receipt.MessageId);
        }
        return waiting.Count;
    }
}
