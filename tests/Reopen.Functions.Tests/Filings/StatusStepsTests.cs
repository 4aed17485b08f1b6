using System.Text.Json.Nodes;
using Reopen.Orchestrations.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Filings;

/// <summary>The status API names people and a deadline only for the step that is open; decided and returned steps bind nobody.</summary>
[Collection(FilingsCollection.Name)]
public class StatusStepsTests(FilingsApp app)
{
    [Fact]
    public async Task Approved_and_waiting_steps_await_nobody_and_have_no_deadline()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.AboveScale());
        await app.DecideCurrentStepAsync(filingId, Verdict.Approve);

        var (_, status) = await app.StatusAsync(filingId, accessCode);

        var steps = status["steps"]!.AsArray();
        Assert.Equal(["Approved", "Open", "Waiting"], steps.Select(s => s!["status"]!.GetValue<string>()));
        AssertBindsNobody(steps[0]!);
        Assert.NotEmpty(steps[1]!["awaiting"]!.AsArray());
        Assert.NotNull(steps[1]!["deadlineAt"]);
        AssertBindsNobody(steps[2]!);
    }

    [Fact]
    public async Task Returned_step_that_was_overdue_shows_no_past_deadline()
    {
        var (filingId, accessCode) = await app.FileAsync(SampleFilings.BelowScale());
        await EscalateUntilOverdueAsync(filingId);
        await app.DecideCurrentStepAsync(filingId, Verdict.Return, "请补充花名册");

        var (_, status) = await app.StatusAsync(filingId, accessCode);

        var current = status["currentStep"]!;
        Assert.Equal("Returned", current["status"]!.GetValue<string>());
        AssertBindsNobody(current);
        AssertBindsNobody(status["steps"]![0]!);
    }

    private static void AssertBindsNobody(JsonNode step)
    {
        Assert.Empty(step["awaiting"]!.AsArray());
        Assert.Null(step["deadlineAt"]);
        Assert.False(step["overdue"]!.GetValue<bool>());
    }

    private async Task EscalateUntilOverdueAsync(string filingId)
    {
        while ((await app.Approvals.GetAsync(filingId))!.State.CurrentStep is { Overdue: false } step)
            await app.Approvals.HandleAsync(filingId, new Escalate(step.StepId, step.Round, step.EscalationLevel));
    }
}
