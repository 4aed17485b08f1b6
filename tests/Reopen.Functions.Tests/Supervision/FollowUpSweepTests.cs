using Reopen.Functions.Supervision.FollowUps;
using Reopen.Functions.Tests.Approvals;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Supervision;

/// <summary>
/// The follow-up sweep on the standalone host with the fast policy (days are seconds): what an approval plans falls due
/// and goes out, once, however many sweeps run and however they overlap.
/// </summary>
[Collection(JourneyCollection.Name)]
public sealed class FollowUpSweepTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static bool IsInspectionTask(OutboxMessage m) => m.Links.Any(l => l.Url.Contains("/api/inspections/", StringComparison.Ordinal));

    [Fact]
    public async Task A_due_look_back_goes_to_one_grid_inspector_of_the_street_with_a_task_link_once_however_many_sweeps_overlap()
    {
        var sends = new SendCounter();
        await using var journey = await Journey.StartAsync(azurite, o =>
        {
            o.Settings["Reopen:Policy"] = "fast";
            o.ConfigureServices = sends.Install;
        });
        var sweep = journey.App.GetRequiredService<FollowUpSweep>();
        var filingId = await ApprovedAsync(journey, SampleFilings.BelowScale("清河回访便利店"));
        // The first look-back falls due 3 s after the permit; no sweep has run since, so these three all find it due.
        await Task.Delay(TimeSpan.FromSeconds(3.5));

        await Task.WhenAll(sweep.RunAsync(default), sweep.RunAsync(default), sweep.RunAsync(default));
        await sweep.RunAsync(default);

        // (A spot check may be drawn for the filing too; this test follows the look-back.)
        var task = Assert.Single(await journey.Outbox.ListAsync(channel: "email"), m => m.IdempotencyKey == $"followup|{filingId}|lookback-1|email");
        Assert.True(IsInspectionTask(task));

        Assert.Contains(task.To, SampleStreetOfficials.GridTeam);
        Assert.Contains("回头看", task.Subject);
        Assert.Equal(1, sends.Calls[$"email:followup|{filingId}|lookback-1|email"]);
        Assert.Equal(1, sends.Calls[$"sms:followup|{filingId}|lookback-1|sms"]);
        var sms = Assert.Single(await journey.Outbox.ListAsync(channel: "sms"), m => m.IdempotencyKey == $"followup|{filingId}|lookback-1|sms");
        Assert.Contains(task.LinkTo("/api/inspections/"), sms.Body);
        // The second look-back is 14 "days" (seconds) away: not yet.
        Assert.DoesNotContain(sends.Calls.Keys, k => k.Contains("lookback-2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_livelihood_supplier_is_reminded_by_sms_to_check_and_disinfect_each_day_and_each_reminder_goes_once()
    {
        var sends = new SendCounter();
        await using var journey = await Journey.StartAsync(azurite, o =>
        {
            o.Settings["Reopen:Policy"] = "fast";
            o.ConfigureServices = sends.Install;
        });
        var sweep = journey.App.GetRequiredService<FollowUpSweep>();
        var filingId = await ApprovedAsync(journey, SampleFilings.Livelihood());

        await SweepUntilAsync(sweep, async () =>
            (await journey.Outbox.ListAsync(Journey.BusinessMobile, "sms")).Count(m => m.Body.Contains("今日检查、今日消毒")) >= 3 ? "three" : null);
        await Task.WhenAll(sweep.RunAsync(default), sweep.RunAsync(default));

        var reminders = (await journey.Outbox.ListAsync(Journey.BusinessMobile, "sms")).Where(m => m.Body.Contains("今日检查、今日消毒")).ToArray();
        Assert.Equal(reminders.Length, reminders.Select(m => m.IdempotencyKey).Distinct().Count());
        Assert.All(reminders, m => Assert.Contains("/api/filings/" + filingId, m.Body));
        Assert.All(sends.Calls.Where(c => c.Key.Contains("selfcheck", StringComparison.Ordinal)), c => Assert.Equal(1, c.Value));
    }

    /// <summary>Filed and co-signed through the emailed links; returns once the permit's SMS is out (its follow-ups are planned before it).</summary>
    private static async Task<string> ApprovedAsync(Journey journey, Reopen.Orchestrations.Filings.Filing filing)
    {
        var filingId = await journey.FileAsync(filing);
        await journey.ApproveAsync(Journey.Secretary, m => m.Body.Contains(filing.Business.Name));
        await journey.ApproveAsync(Journey.Director, m => m.Body.Contains(filing.Business.Name));
        await journey.Outbox.WaitForAsync(Journey.BusinessMobile, m => m.Body.Contains("复工备案已通过"), "sms");
        Assert.Equal(ApprovalStatus.Approved, (await journey.StateAsync(filingId)).Status);
        return filingId;
    }

    private static async Task<T> SweepUntilAsync<T>(FollowUpSweep sweep, Func<Task<T?>> found) where T : class
    {
        var giveUpAt = DateTime.UtcNow + Patience;
        while (true)
        {
            await sweep.RunAsync(default);
            if (await found() is { } result) return result;
            if (DateTime.UtcNow > giveUpAt) throw new Xunit.Sdk.XunitException($"Nothing came of the sweeps within {Patience.TotalSeconds} s.");
            await Task.Delay(500);
        }
    }
}
