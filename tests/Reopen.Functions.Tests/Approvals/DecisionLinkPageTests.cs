using System.Net;
using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Orchestrations.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Approvals;

/// <summary>Links that cannot decide (any more) get a clear page and change nothing; a GET never decides.</summary>
[Collection(JourneyCollection.Name)]
public class DecisionLinkPageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Opening_a_link_changes_nothing_and_sends_no_referrer()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.BelowScale());
        var link = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);
        var before = (await journey.Approvals.GetAsync(filingId))!.Version;

        var (first, _) = await journey.GetAsync(link);
        var (second, _) = await journey.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("no-referrer", Assert.Single(first.Headers.GetValues("Referrer-Policy")));
        Assert.Equal(before, (await journey.Approvals.GetAsync(filingId))!.Version);
        var (posted, _) = await journey.DecideAsync(link, "approve");
        Assert.Equal("no-referrer", Assert.Single(posted.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Tampered_link_gets_a_400_page_and_changes_nothing()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.BelowScale());
        var link = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);
        var tampered = link[..^3] + (link[^3] == 'A' ? 'B' : 'A') + link[^2..];

        var (page, html) = await journey.GetAsync(tampered);
        var (post, _) = await journey.DecideAsync(tampered, "approve");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("链接无效", html);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Empty((await journey.StateAsync(filingId)).Decisions);
        var (garbage, _) = await journey.GetAsync("/api/decisions/not-a-token");
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
    }

    [Fact]
    public async Task Expired_link_gets_a_410_page_naming_whom_to_contact_and_cannot_decide()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.BelowScale());
        var state = await journey.StateAsync(filingId);
        var step = state.CurrentStep!;
        var token = journey.App.GetRequiredService<DecisionLinkToken>().Create(
            new DecisionLinkClaims(filingId, step.StepId, step.Round, "street:QH01:secretary", DateTimeOffset.UtcNow.AddMinutes(-5)));

        var (page, html) = await journey.GetAsync("/api/decisions/" + token);
        var (post, _) = await journey.DecideAsync("/api/decisions/" + token, "approve");

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("链接已过期", html);
        Assert.Contains("清源街道", html);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Empty((await journey.StateAsync(filingId)).Decisions);
    }

    [Fact]
    public async Task Link_of_a_round_before_the_amendment_is_superseded_with_a_409_page()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filing = SampleFilings.BelowScale();
        var (filingId, accessCode) = await journey.SubmitAsync(filing);
        var oldLink = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);
        var directorLink = await journey.Outbox.DecisionLinkAsync(Journey.Director);
        var (returned, returnedHtml) = await journey.DecideAsync(directorLink, "return", "防控方案缺少消毒频次");
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Contains("已退回", returnedHtml);
        await journey.AmendAsync(filingId, accessCode, filing with { PreventionPlan = filing.PreventionPlan + "每日消毒两次。" });

        var (page, html) = await journey.GetAsync(oldLink);
        var (post, _) = await journey.DecideAsync(oldLink, "approve");

        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("data-notice=\"superseded\"", html);
        Assert.Contains("第 2 轮", html);
        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        var newLink = await journey.Outbox.DecisionLinkAsync(Journey.Secretary, m => m.Links.All(l => l.Url != oldLink));
        var (fresh, _) = await journey.GetAsync(newLink);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task Link_of_a_round_before_the_amendment_says_the_filing_was_withdrawn_once_it_was()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filing = SampleFilings.BelowScale();
        var (filingId, accessCode) = await journey.SubmitAsync(filing);
        var oldLink = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);
        await journey.DecideAsync(await journey.Outbox.DecisionLinkAsync(Journey.Director), "return", "防控方案缺少消毒频次");
        await journey.AmendAsync(filingId, accessCode, filing with { PreventionPlan = filing.PreventionPlan + "每日消毒两次。" });
        using var withdraw = new HttpRequestMessage(HttpMethod.Post, $"/api/filings/{filingId}/withdraw");
        withdraw.Headers.Add("X-Access-Code", accessCode);
        Assert.True((await journey.Client.SendAsync(withdraw)).IsSuccessStatusCode);

        var (page, html) = await journey.GetAsync(oldLink);
        var (_, english) = await journey.GetAsync(oldLink + "?lang=en");
        var (post, posted) = await journey.DecideAsync(oldLink, "approve");

        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("data-notice=\"withdrawn\"", html);
        Assert.Contains("企业已撤回备案", html);
        Assert.DoesNotContain("新发送的审批邮件", html);
        Assert.Contains("Filing withdrawn", english);
        Assert.Contains("no new decision link will be sent", english);
        Assert.DoesNotContain("newer email", english);
        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        Assert.Contains("data-notice=\"withdrawn\"", posted);
        Assert.DoesNotContain((await journey.StateAsync(filingId)).Decisions, d => d.Verdict == Verdict.Approve);
    }

    [Fact]
    public async Task A_second_post_of_the_same_form_says_you_already_decided_and_records_one_decision()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.BelowScale());
        var link = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);

        var (first, _) = await journey.DecideAsync(link, "approve");
        var (second, html) = await journey.DecideAsync(link, "approve");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("data-notice=\"already-decided\"", html);
        Assert.Contains("您已于", html);
        Assert.Single((await journey.StateAsync(filingId)).Decisions);
    }

    [Fact]
    public async Task A_link_opened_after_someone_else_decided_names_who_and_when()
    {
        await using var journey = await Journey.StartAsync(azurite);
        await journey.FileAsync(SampleFilings.AboveScale());
        var secretaryLink = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);
        await journey.ApproveAsync(Journey.Director);

        var (page, html) = await journey.GetAsync(secretaryLink);

        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("吴晓梅", html);
        Assert.Contains("北京时间", html);
        Assert.Contains("同意", html);
    }

    [Fact]
    public async Task Reject_or_return_without_a_reason_gets_the_form_again_with_the_error_and_changes_nothing()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.BelowScale());
        var link = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);

        var (noReason, html) = await journey.DecideAsync(link, "reject", "   ");
        var (noVerdict, noVerdictHtml) = await journey.DecideAsync(link, null, "理由");
        var (tooLong, tooLongHtml) = await journey.DecideAsync(link, "return", new string('长', 1001));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("必须填写理由", html);
        Assert.Contains("value=\"reject\" required style=\"width:auto\" checked", html);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noVerdict.StatusCode);
        Assert.Contains("请选择审批结论", noVerdictHtml);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("1001", tooLongHtml);
        Assert.Empty((await journey.StateAsync(filingId)).Decisions);
    }

    [Fact]
    public async Task Two_co_signers_posting_at_the_same_moment_are_both_recorded_and_the_filing_moves_on()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.BelowScale());
        var secretaryLink = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);
        var directorLink = await journey.Outbox.DecisionLinkAsync(Journey.Director);

        var answers = await Task.WhenAll(journey.DecideAsync(secretaryLink, "approve"), journey.DecideAsync(directorLink, "approve"));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Response.StatusCode));
        var state = await journey.StateAsync(filingId);
        Assert.Equal(["street:QH01:director", "street:QH01:secretary"], state.Decisions.Select(d => d.By.Id).Order());
        Assert.Equal(ApprovalStatus.Approved, state.Status);
        Assert.Single(answers, a => a.Html.Contains("data-status=\"approved\""));
    }
}
