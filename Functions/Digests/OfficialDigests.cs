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
            foreach (var w in WaitingDecisions.Of(snapshot.State, now))
            {
                // The same claims as the step's emailed link, so the digest's link is that very link.
                var token = tokens.Create(new DecisionLinkClaims(w.FilingId, w.StepId, w.Round, w.Official.Id, w.LinksExpireAt));
                if (!waiting.TryGetValue(w.Official.Id, out var entry)) waiting[w.Official.Id] = entry = (w.Official, []);
                entry.Items.Add(new WaitingDecision(w.BusinessName, w.Step, w.DeadlineAt, w.Overdue, urls.For(DecisionPaths.For(token))));
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
