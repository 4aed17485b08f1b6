using System.Net;
using Reopen.Functions.Callbacks;
using Reopen.Functions.Tests.Approvals;
using Reopen.Orchestrations.Approvals;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Callbacks;

/// <summary>A rejection reaches the business by SMS and the street office as a call-back task it closes through its link.</summary>
[Collection(JourneyCollection.Name)]
public class CallbackJourneyTests(AzuriteFixture azurite)
{
    private const string Reason = "防控方案未落实到岗到人";

    [Fact]
    public async Task Rejection_sends_an_sms_with_the_status_page_not_the_reason_and_a_call_back_link_whose_closing_is_recorded_in_the_history()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.BelowScale("河西便民超市"));
        var link = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);

        var (rejected, rejectedHtml) = await journey.DecideAsync(link, "reject", Reason);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains("已驳回", rejectedHtml);

        var sms = await journey.Outbox.WaitForAsync(Journey.BusinessMobile, channel: "sms");
        var statusUrl = Assert.Single(sms.Links).Url;
        Assert.EndsWith($"/api/filings/{filingId}/status", statusUrl);
        Assert.Equal($"【清河区复工复产】您的复工备案{filingId}未通过，街道将致电说明原因。也可凭查询码查看：{statusUrl}", sms.Body);

        var email = await journey.Outbox.WaitForAsync(Journey.Director, m => m.Subject!.Contains("电话回访"), "email");
        Assert.DoesNotContain(Journey.BusinessMobile, email.Body);
        var english = email.Body[email.Body.IndexOf("----", StringComparison.Ordinal)..];
        Assert.Contains("Business: 河西便民超市", english);
        Assert.Contains($"Reason for rejection: {Reason}", english);
        var callbackUrl = Assert.Single(email.Links).Url;
        Assert.Contains("/api/callbacks/", callbackUrl);

        var (page, html) = await journey.GetAsync(callbackUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(Journey.BusinessMobile, html); // the caller needs the number
        Assert.Contains(Reason, html);
        Assert.Equal("no-referrer", Assert.Single(page.Headers.GetValues("Referrer-Policy")));

        var (closed, closedHtml) = await journey.PostFormAsync(callbackUrl, ("notes", "已电话告知企业整改要求，企业表示三日内重新备案。"));
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Contains("回访已记录", closedHtml);

        var history = await journey.Approvals.HistoryAsync(filingId);
        var callback = Assert.IsType<CallbackClosed>(history[^1].Event);
        Assert.Equal("street:QH01:director", callback.By.Id);
        Assert.Equal("已电话告知企业整改要求，企业表示三日内重新备案。", callback.Notes);

        // The board is the closing's effect, run by the orchestration right after it recorded the closing.
        var board = journey.App.GetRequiredService<CallbackBoard>();
        var row = await board.FindAsync("QH01", filingId, default);
        for (var deadline = DateTime.UtcNow.AddSeconds(15); row!.GetString("Status") != CallbackBoard.Closed && DateTime.UtcNow < deadline; await Task.Delay(50))
            row = await board.FindAsync("QH01", filingId, default);
        Assert.Equal(CallbackBoard.Closed, row.GetString("Status"));
        Assert.Equal("河西便民超市", row.GetString("BusinessName"));

        var (again, againHtml) = await journey.GetAsync(callbackUrl);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("吴晓梅", againHtml);
    }

    [Fact]
    public async Task Closing_without_notes_gets_the_form_again_and_a_decision_link_cannot_open_a_call_back()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.BelowScale());
        var link = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);
        await journey.DecideAsync(link, "reject", Reason);
        var email = await journey.Outbox.WaitForAsync(Journey.Director, m => m.Subject!.Contains("电话回访"), "email");
        var callbackUrl = email.Links[0].Url;

        var (empty, html) = await journey.PostFormAsync(callbackUrl, ("notes", "  "));
        var (decisionAsCallback, _) = await journey.GetAsync(link.Replace("/api/decisions/", "/api/callbacks/"));
        var (callbackAsDecision, _) = await journey.GetAsync(callbackUrl.Replace("/api/callbacks/", "/api/decisions/"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("请填写与企业沟通的情况", html);
        Assert.Equal(HttpStatusCode.BadRequest, decisionAsCallback.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, callbackAsDecision.StatusCode);
        Assert.Equal(CallbackStatus.Open, (await journey.StateAsync(filingId)).Callback!.Status);
    }
}
