using Reopen.Functions.Tests.Approvals;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Digests;

/// <summary>The officials' daily digest, fired by its timer function on the standalone host with no request made.</summary>
[Collection(JourneyCollection.Name)]
public sealed class OfficialDigestTests(AzuriteFixture azurite)
{
    private static bool IsDigest(OutboxMessage m) => m.Subject!.StartsWith("【今日待办】", StringComparison.Ordinal);

    [Fact]
    public async Task Each_official_with_a_decision_waiting_gets_one_digest_a_day_with_the_link_they_were_mailed_and_no_one_else_gets_one()
    {
        // Every second, so the runs after the first one fall on the same day.
        await using var journey = await Journey.StartAsync(azurite, o => o.Settings["Reopen:Digest:Schedule"] = "* * * * * *");
        await journey.FileAsync(SampleFilings.BelowScale("清河晨光便利店"));
        var decisionLink = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);

        var digest = await journey.Outbox.WaitForAsync(Journey.Secretary, IsDigest, "email");
        await journey.Outbox.WaitForAsync(Journey.Director, IsDigest, "email");
        // Runs enough for a second digest to show up, if one would.
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Contains("清河晨光便利店", digest.Body);
        Assert.Contains(digest.Links, l => l.Url == decisionLink);
        var digests = (await journey.Outbox.ListAsync(channel: "email")).Where(IsDigest).ToArray();
        Assert.Single(digests, m => m.To == Journey.Secretary);
        Assert.Single(digests, m => m.To == Journey.Director);
        Assert.Equal(2, digests.Length);
    }

    [Fact]
    public async Task A_grid_inspector_with_an_inspection_due_gets_it_in_the_digest_with_the_task_link_they_were_mailed()
    {
        await using var journey = await Journey.StartAsync(azurite, o =>
        {
            o.Settings["Reopen:Policy"] = "fast";
            o.Settings["Reopen:Supervision:SweepSchedule"] = "* * * * * *";
            o.Settings["Reopen:Digest:Schedule"] = "* * * * * *";
        });
        var filingId = await journey.FileAsync(SampleFilings.BelowScale("清河晨检便利店"));
        await journey.ApproveAsync(Journey.Secretary, m => m.Body.Contains("清河晨检便利店"));
        await journey.ApproveAsync(Journey.Director, m => m.Body.Contains("清河晨检便利店"));

        var task = await journey.Outbox.WaitForAsync(null, m => m.IdempotencyKey == $"followup|{filingId}|lookback-1|email", "email");
        var digest = await journey.Outbox.WaitForAsync(task.To, IsDigest, "email");

        Assert.Contains("清河晨检便利店", digest.Body);
        Assert.Contains("回头看", digest.Body);
        Assert.Contains(digest.Links, l => l.Url == task.LinkTo("/api/inspections/"));
    }

    [Fact]
    public async Task Nothing_waiting_sends_no_digest()
    {
        await using var journey = await Journey.StartAsync(azurite, o => o.Settings["Reopen:Digest:Schedule"] = "* * * * * *");

        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.DoesNotContain(await journey.Outbox.ListAsync(channel: "email"), IsDigest);
    }
}
