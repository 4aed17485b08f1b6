using Reopen.Functions.Tests.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Deadlines;

/// <summary>
/// The fast policy on durable timers, as `Reopen__Policy=fast scripts/run` runs it: nobody decides, and the
/// reminder (5 s) and the escalation (10 s) arrive in the dev outbox on time, with no request but reading the outbox.
/// </summary>
[Collection(JourneyCollection.Name)]
public class DeadlinesOnTheirOwnTests(AzuriteFixture azurite)
{
    private const string Supervisor = "supervision.director@qinghe.gov.example";
    // Durable timers on Azurite fire within about a second; a busy machine may add a little more.
    private static readonly TimeSpan Lateness = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Silent_approvers_get_a_reminder_then_the_next_level_an_escalation_on_time_without_any_request()
    {
        await using var journey = await Journey.StartAsync(azurite, o => o.Settings["Reopen:Policy"] = "fast");
        var filedAt = DateTimeOffset.UtcNow;
        await journey.FileAsync(SampleFilings.BelowScale("清河晨光便利店"));
        var first = await journey.Outbox.WaitForAsync(Journey.Secretary, channel: "email");

        var reminder = await journey.Outbox.WaitForAsync(Journey.Secretary, m => m.Subject!.StartsWith("【催办】"), "email");
        var escalation = await journey.Outbox.WaitForAsync(Supervisor, channel: "email");

        Assert.Equal("请审批：清河晨光便利店 复工备案", first.Subject);
        Assert.InRange(reminder.SentAt - filedAt, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5) + Lateness);
        Assert.StartsWith("【逾期升级】", escalation.Subject);
        Assert.InRange(escalation.SentAt - filedAt, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10) + Lateness);
    }
}
