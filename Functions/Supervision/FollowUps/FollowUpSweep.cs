using System.Collections.Concurrent;
using Azure;
using Reopen.Functions.Filings;
using Reopen.Functions.Hosting.Urls;
using Reopen.Functions.Notifications;
using Reopen.Functions.Permits;
using Reopen.Functions.Supervision.Inspections;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Functions.Supervision.FollowUps;

/// <summary>What one sweep did.</summary>
public sealed record SweepResult(int Due, int Assigned, int Reminded, int Skipped, int Failed, int PartitionsRead);

/// <summary>
/// Sends what has fallen due: each due look-back or spot check is assigned to one of the street's grid inspectors, who gets
/// the task's link by email (and SMS where the policy says); each due self-check reminder goes to the business by SMS. A
/// row is deleted once done, so the next sweep reads only what is still due. Sweeps may overlap (a second instance, a
/// second run): the inspection's claim and the messages' stable keys keep every message to one.
/// </summary>
public sealed class FollowUpSweep(
    FollowUpSchedule schedule, InspectionBoard board, PermitRegister permits, ApprovalEngine approvals, DistrictPolicy policy,
    InspectionNotifier notifier, PublicUrls urls, ISmsSender sms, TimeProvider time, ILogger<FollowUpSweep> logger)
{
    /// <summary>How long a claimed inspection is left to the sweep that claimed it before another takes it over.</summary>
    internal static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    private const int PartitionsAtOnce = FollowUpRow.Shards;
    private const int RowsAtOncePerPartition = 4;

    public async Task<SweepResult> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = BeijingTime.Day(now);
        var from = await schedule.CursorAsync(today, ct);
        var days = Enumerable.Range(0, Math.Max(0, today.DayNumber - from.DayNumber) + 1).Select(from.AddDays).ToArray();
        var partitions = days.SelectMany(day => Enumerable.Range(0, FollowUpRow.Shards).Select(shard => (Day: day, Key: FollowUpRow.PartitionOf(day, shard))));
        var daysWithRows = new ConcurrentDictionary<DateOnly, byte>();
        var counts = new Counts();

        await Parallel.ForEachAsync(partitions, new ParallelOptions { MaxDegreeOfParallelism = PartitionsAtOnce, CancellationToken = ct },
            async (partition, pct) =>
            {
                Interlocked.Increment(ref counts.Partitions);
                await Parallel.ForEachAsync(schedule.DueAsync(partition.Key, now, pct),
                    new ParallelOptions { MaxDegreeOfParallelism = RowsAtOncePerPartition, CancellationToken = pct },
                    async (due, rct) =>
                    {
                        daysWithRows.TryAdd(partition.Day, 0);
                        Interlocked.Increment(ref counts.Due);
                        await ProcessAsync(due.Row, due.ETag, now, counts, rct);
                    });
            });

        // Past days read empty are done for good (every row in them was due): the next sweep starts after them.
        var firstWithRows = days.Where(d => d < today && daysWithRows.ContainsKey(d)).DefaultIfEmpty(today).Min();
        await schedule.AdvanceCursorAsync(from, firstWithRows, ct);

        var result = new SweepResult(counts.Due, counts.Assigned, counts.Reminded, counts.Skipped, counts.Failed, counts.Partitions);
        if (result.Due > 0 || result.Failed > 0)
            logger.LogInformation("Follow-up sweep: {Due} due, {Assigned} inspections assigned, {Reminded} reminders, {Skipped} skipped, {Failed} failed, {Partitions} partitions read",
                result.Due, result.Assigned, result.Reminded, result.Skipped, result.Failed, result.PartitionsRead);
        return result;
    }

    private async Task ProcessAsync(FollowUpRow row, ETag etag, DateTimeOffset now, Counts counts, CancellationToken ct)
    {
        try
        {
            var done = row.Kind.IsInspection() ? await AssignAsync(row, now, ct) : await RemindAsync(row, ct);
            switch (done)
            {
                case Outcome.Assigned: Interlocked.Increment(ref counts.Assigned); break;
                case Outcome.Reminded: Interlocked.Increment(ref counts.Reminded); break;
                case Outcome.Skipped: Interlocked.Increment(ref counts.Skipped); break;
                case Outcome.LeftForNow: return; // another sweep is sending it and deletes the row
            }
            await schedule.DeleteAsync(row, etag, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The row stays: the next sweep tries it again. One failure does not hold up the rest.
            Interlocked.Increment(ref counts.Failed);
            logger.LogWarning(e, "Follow-up {FollowUpKey} of filing {FilingId} failed; the next sweep tries again", row.Key, row.FilingId);
        }
    }

    private async Task<Outcome> AssignAsync(FollowUpRow row, DateTimeOffset now, CancellationToken ct)
    {
        if (policy.FindStreet(row.StreetCode) is not { } street)
        {
            logger.LogError("Follow-up {FollowUpKey} of filing {FilingId}: street {StreetCode} is no longer in the policy; dropped", row.Key, row.FilingId, row.StreetCode);
            return Outcome.Skipped;
        }
        var inspectBy = row.DueAt + policy.Supervision.InspectionWithin;
        var proposed = new InspectionTask(row.FilingId, row.Key, row.Kind, GridAssignment.InspectorFor(street, row.FilingId, row.Key).Id, row.StreetCode,
            row.PermitNumber, row.BusinessName, row.Address, row.Category, row.DueAt, inspectBy, policy.TaskLinkExpiry(now, inspectBy));
        var (claim, task) = await board.ClaimAsync(proposed, now, ClaimLease, ct);
        if (claim == InspectionClaim.Busy) return Outcome.LeftForNow;
        if (claim == InspectionClaim.Done) return Outcome.Skipped;

        var inspector = policy.FindOfficial(task.InspectorId) ?? policy.FindOfficial(proposed.InspectorId)!;
        var receipt = await notifier.NotifyAsync(task with { InspectorId = inspector.Id }, inspector, street, row.MessageKeyPrefix, ct);
        logger.LogInformation("Inspection {FollowUpKey} of filing {FilingId} assigned to official {OfficialId}: {MessageId}",
            row.Key, row.FilingId, inspector.Id, receipt.MessageId);
        return Outcome.Assigned;
    }

    private async Task<Outcome> RemindAsync(FollowUpRow row, CancellationToken ct)
    {
        // A firm that is shut (suspended or revoked) is not told to carry on its daily routine.
        var permit = await permits.FindAsync(PermitLinks.KeyOf(row.PermitNumber), ct);
        if (permit?.Status != PermitStatus.Valid) return Outcome.Skipped;
        var mobile = (await approvals.GetAsync(row.FilingId, ct))?.State.Filing?.ResponsibleMobile;
        if (string.IsNullOrEmpty(mobile)) return Outcome.Skipped;
        var body = InspectionMessages.SelfCheckSms(policy, row.PermitNumber, urls.For(FilingLinks.StatusPath(row.FilingId)));
        await sms.SendAsync(new SmsMessage(mobile, body), row.MessageKey("sms"), ct);
        return Outcome.Reminded;
    }

    private enum Outcome { Assigned, Reminded, Skipped, LeftForNow }

    private sealed class Counts
    {
        public int Due, Assigned, Reminded, Skipped, Failed, Partitions;
    }
}
