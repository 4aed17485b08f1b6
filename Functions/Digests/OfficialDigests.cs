using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Approvals.Decisions;
using Reopen.Functions.Hosting.Urls;
using Reopen.Functions.Notifications;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Digests;

/// <summary>
/// Each morning, one email per official with what waits for them (today: their open decisions), none to an official with
/// nothing waiting. The message's key is the district's date and the official, so a second run that day, on this
/// instance or another, sends nothing: the mail adapters keep one message per key.
/// </summary>
public sealed class OfficialDigests(
    ProcessReadModel<ApprovalState, ApprovalEvent> approvals, DecisionLinkToken tokens, PublicUrls urls, IEmailSender email, TimeProvider time,
    ILogger<OfficialDigests> logger)
{
    /// <summary>The district's days run on China Standard Time.</summary>
    private static readonly TimeSpan DistrictOffset = TimeSpan.FromHours(8);

    public async Task<int> SendAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var day = DateOnly.FromDateTime(now.ToOffset(DistrictOffset).DateTime);
        var waiting = new Dictionary<string, (Official Official, List<WaitingDecision> Items)>(StringComparer.Ordinal);
        await foreach (var snapshot in approvals.ListAsync(nameof(ApprovalStatus.Pending), ct))
        {
            var state = snapshot.State;
            foreach (var step in state.Steps.Where(s => s.Status == StepStatus.Open && s.LinksExpireAt > now))
            {
                foreach (var official in step.Awaiting)
                {
                    // The same claims as the step's emailed link, so the digest's link is that very link.
                    var token = tokens.Create(new DecisionLinkClaims(state.FilingId, step.StepId, step.Round, official.Id, step.LinksExpireAt!.Value));
                    var item = new WaitingDecision(state.Filing!.BusinessName, step.Kind, step.DeadlineAt, step.Overdue, urls.For(DecisionPaths.For(token)));
                    if (!waiting.TryGetValue(official.Id, out var entry)) waiting[official.Id] = entry = (official, []);
                    entry.Items.Add(item);
                }
            }
        }
        foreach (var (official, items) in waiting.Values)
        {
            var ordered = items.OrderBy(i => i.DeadlineAt ?? DateTimeOffset.MaxValue).ToArray();
            var receipt = await email.SendAsync(OfficialDigest.Compose(official, day, ordered), $"digest|{day:yyyyMMdd}|{official.Id}", ct);
            logger.LogInformation("Digest for {Day} to official {OfficialId}: {Count} waiting, {MessageId}", day, official.Id, ordered.Length, receipt.MessageId);
        }
        return waiting.Count;
    }
}
