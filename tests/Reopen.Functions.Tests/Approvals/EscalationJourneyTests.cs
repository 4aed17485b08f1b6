using System.Net;
using Reopen.Orchestrations.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Approvals;

/// <summary>A silent step: reminder, escalation, a decision in the approvers' place, and the original approver's late click.</summary>
[Collection(JourneyCollection.Name)]
public class EscalationJourneyTests(AzuriteFixture azurite)
{
    private const string Supervisor = "supervision.director@qinghe.gov.example";

    [Fact]
    public async Task Escalation_target_decides_in_place_and_the_late_original_approver_is_told_who_decided()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.AboveScale("清河精密制造有限公司"));
        var lateLink = await journey.Outbox.DecisionLinkAsync(Journey.Director);
        var step = (await journey.StateAsync(filingId)).CurrentStep!;

        // What the deadline sweep sends when the step's timers come due.
        await journey.Approvals.HandleAsync(filingId, new Remind(step.StepId, step.Round, 0));
        await journey.Approvals.HandleAsync(filingId, new Escalate(step.StepId, step.Round, 0));

        var reminder = await journey.Outbox.WaitForAsync(Journey.Director, m => m.Subject!.StartsWith("【催办】"), "email");
        Assert.Equal("【催办】请审批：清河精密制造有限公司 复工备案", reminder.Subject);
        var escalation = await journey.Outbox.WaitForAsync(Supervisor, channel: "email");
        Assert.Equal("【逾期升级】请审批：清河精密制造有限公司 复工备案", escalation.Subject);

        var supervisorLink = await journey.Outbox.DecisionLinkAsync(Supervisor);
        var (_, form) = await journey.GetAsync(supervisorLink);
        Assert.Contains("您可代为审批", form);
        var (decided, _) = await journey.DecideAsync(supervisorLink, "approve");
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var (late, lateHtml) = await journey.GetAsync(lateLink);
        var (latePost, _) = await journey.DecideAsync(lateLink, "reject", "太迟了");

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("范立群（督查室主任）", lateHtml);
        Assert.Equal(HttpStatusCode.Conflict, latePost.StatusCode);
        var state = await journey.StateAsync(filingId);
        var decision = Assert.Single(state.Decisions);
        Assert.Equal((1, Verdict.Approve), (decision.ByLevel, decision.Verdict));
        Assert.Equal("department-review", state.CurrentStep!.StepId);
    }
}
