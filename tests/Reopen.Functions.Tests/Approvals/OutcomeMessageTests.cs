using System.Net;
using Reopen.Orchestrations.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Approvals;

/// <summary>What approvers and the business receive: the right words, a working link, and nothing personal.</summary>
[Collection(JourneyCollection.Name)]
public class OutcomeMessageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Decision_email_names_the_filing_step_and_Beijing_deadline_and_carries_no_personal_data()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.BelowScale("清源鲜果批发行"));
        var state = await journey.StateAsync(filingId);

        var email = await journey.Outbox.WaitForAsync(Journey.Secretary, channel: "email");

        Assert.Equal("请审批：清源鲜果批发行 复工备案", email.Subject);
        Assert.Contains("周建国（清源街道党工委书记）", email.Body);
        Assert.Contains("企业规模：规下企业", email.Body);
        Assert.Contains("所属街道：清源街道", email.Body);
        Assert.Contains("街道会签", email.Body);
        Assert.Contains(state.CurrentStep!.DeadlineAt!.Value.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm") + "（北京时间）", email.Body);
        Assert.Contains("Please decide", email.Body);
        var link = Assert.Single(email.Links);
        Assert.Equal("审批链接", link.Label);
        Assert.Contains(link.Url, email.Body);
        Assert.DoesNotContain(Journey.BusinessMobile, email.Body);
        Assert.DoesNotContain("张小三", email.Body);
        Assert.DoesNotContain(SampleFilings.IdNumber(1), email.Body);
    }

    [Fact]
    public async Task Return_sends_the_filing_number_and_the_status_page_link_by_sms_and_not_the_reason()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.BelowScale("清源鲜果批发行"));
        var link = await journey.Outbox.DecisionLinkAsync(Journey.Director);

        var (response, _) = await journey.DecideAsync(link, "return", "请补充员工返岗日期");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ApprovalStatus.Returned, (await journey.StateAsync(filingId)).Status);
        var sms = await journey.Outbox.WaitForAsync(Journey.BusinessMobile, channel: "sms");
        Assert.Contains(filingId, sms.Body);
        Assert.DoesNotContain("请补充员工返岗日期", sms.Body);
        Assert.DoesNotContain("清源鲜果批发行", sms.Body);
        Assert.EndsWith($"/api/filings/{filingId}/status", Assert.Single(sms.Links).Url);
        Assert.True(sms.Body.Length < 200, sms.Body);
    }
}
