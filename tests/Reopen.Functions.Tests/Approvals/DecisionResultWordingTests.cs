using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Approvals;

/// <summary>The page after an approval says what it settled: one co-signer's part, one step (and who has the filing now), or the filing.</summary>
[Collection(JourneyCollection.Name)]
public class DecisionResultWordingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task First_of_three_steps_passing_says_the_step_passed_and_who_has_the_filing_now()
    {
        await using var journey = await Journey.StartAsync(azurite);
        await journey.FileAsync(SampleFilings.AboveScale());

        var street = await journey.ApproveAsync(Journey.Director);
        var department = await ApproveInEnglishAsync(journey, "industry.deputy@qinghe.gov.example");
        var last = await journey.ApproveAsync("group.office@qinghe.gov.example");

        Assert.Contains("<h1>本环节已通过</h1>", street);
        Assert.DoesNotContain("备案已通过", street);
        Assert.Contains("备案尚未最终通过", street);
        Assert.Contains("清河区工信科技局", street);
        Assert.Contains("彭建军（工信科技局局长）", street);
        Assert.Contains("<h1>Step passed</h1>", department);
        Assert.Contains("the filing is not approved yet", department);
        Assert.Contains("Qinghe District Reopening Leading Group", department);
        Assert.Contains("<h1>备案已通过</h1>", last);
        Assert.Contains("这是最后一个环节，备案已通过", last);
    }

    [Fact]
    public async Task One_co_signer_of_two_signing_says_the_step_waits_for_the_other()
    {
        await using var journey = await Journey.StartAsync(azurite);
        await journey.FileAsync(SampleFilings.BelowScale());

        var secretary = await journey.ApproveAsync(Journey.Secretary);

        Assert.Contains("<h1>您已会签同意</h1>", secretary);
        Assert.Contains("本环节还需 吴晓梅（", secretary);
        Assert.Contains("备案尚未通过", secretary);
        Assert.DoesNotContain("备案已通过", secretary);
    }

    [Fact]
    public async Task In_english_the_co_signer_reads_that_the_other_has_yet_to_sign_and_the_last_that_the_filing_is_approved()
    {
        await using var journey = await Journey.StartAsync(azurite);
        await journey.FileAsync(SampleFilings.BelowScale());

        var secretary = await ApproveInEnglishAsync(journey, Journey.Secretary);
        var director = await ApproveInEnglishAsync(journey, Journey.Director);

        Assert.Contains("<h1>Your signature is recorded</h1>", secretary);
        Assert.Contains("This step now waits for 吴晓梅 (", secretary);
        Assert.Contains("the filing is not approved yet", secretary);
        Assert.Contains("<h1>Filing approved</h1>", director);
        Assert.Contains("That was the last step, so the filing is approved", director);
    }

    private static async Task<string> ApproveInEnglishAsync(Journey journey, string approverEmail)
    {
        var link = await journey.Outbox.DecisionLinkAsync(approverEmail);
        var (response, html) = await journey.DecideAsync(link + "?lang=en", "approve");
        Assert.True(response.IsSuccessStatusCode, html);
        return html;
    }
}
