using System.Net;
using Reopen.Functions.Notifications.DevOutbox;
using Reopen.Functions.Tests.Filings;
using Reopen.Orchestrations.Filings;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Approvals;

/// <summary>
/// A link typed into a return reason and an amendment note, followed through the real app to the dev outbox: the approver's
/// next email shows both defanged in its text and HTML, and the business's SMS carries neither.
/// </summary>
[Collection(JourneyCollection.Name)]
public class TypedTextJourneyTests(AzuriteFixture azurite)
{
    private const string Reason = "材料不全，请到 www.evil.example 下载模板";
    private const string Note = "已修改，审批请改用 https://evil.example/login";

    [Fact]
    public async Task Links_typed_into_a_reason_and_a_note_reach_the_next_email_defanged_and_no_sms()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var (filingId, accessCode) = await journey.SubmitAsync(SampleFilings.BelowScale());
        var (returned, _) = await journey.DecideAsync(await journey.Outbox.DecisionLinkAsync(Journey.Director), "return", Reason);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var (_, formHtml) = await journey.PostFormAsync($"/api/filings/{filingId}/amend", ("accessCode", accessCode));
        var form = PageForm.Find(formHtml, "/amend/submit");
        var (amended, amendedHtml) = await journey.PostFormAsync(form.Action, form.Set("note", Note).ToArray());
        Assert.True(amended.StatusCode == HttpStatusCode.OK, amendedHtml);

        var email = await journey.Outbox.WaitForAsync(Journey.Director, m => m.Body.Contains("第 2 轮"), channel: "email");
        var html = (await journey.App.GetRequiredService<DevOutboxStore>().ListAsync(channel: DevOutboxChannel.Email))
            .Single(m => m.IdempotencyKey == email.IdempotencyKey).Html!;
        var sms = await journey.Outbox.WaitForAsync(Journey.BusinessMobile, channel: "sms");

        var decisionUrl = Assert.Single(email.Links).Url;
        foreach (var part in new[] { email.Body, html })
        {
            Assert.Contains("审批请改用 https[:]//evil[.]example/login", part);
            Assert.Contains("请到 www[.]evil[.]example 下载模板", part);
        }
        Assert.False(LinkLikeText.Contains(email.Body.Replace(decisionUrl, "")), email.Body);
        Assert.DoesNotContain("evil.example", html);
        Assert.DoesNotContain("evil", sms.Body);
        Assert.DoesNotContain("材料不全", sms.Body);
    }
}
