using System.Net;
using Reopen.Functions.Filings;
using Reopen.Functions.Notifications.DevOutbox;
using Reopen.Functions.Tests.Filings;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Approvals;

/// <summary>
/// The round after an amendment: its link shows the amended version with the business's note and who returned it why,
/// its email carries the note too, and the version the earlier round saw stays readable.
/// </summary>
[Collection(JourneyCollection.Name)]
public class AmendedRoundTests(AzuriteFixture azurite)
{
    private const string Reason = "防控方案缺少<b>消毒频次</b>";
    private const string Note = "已补充<i>每日消毒</i>频次。";
    private const string AddedToPlan = "二、每日消毒两次，记录在册。";

    [Fact]
    public async Task Round_2_link_shows_version_2_with_the_note_and_version_1_stays_readable()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filing = SampleFilings.BelowScale();
        var (filingId, accessCode) = await journey.SubmitAsync(filing);
        var (oldPage, oldHtml) = await journey.GetAsync(await journey.Outbox.DecisionLinkAsync(Journey.Director));
        await ReturnAsync(journey);

        await AmendOnThePageAsync(journey, filingId, accessCode);
        var newLink = await journey.Outbox.DecisionLinkAsync(Journey.Director, m => m.Body.Contains("第 2 轮"));
        var (page, html) = await journey.GetAsync(newLink);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-version=\"2\"", html);
        Assert.Contains(AddedToPlan, html);
        Assert.Contains("企业已按退回意见修改，修改说明：已补充&lt;i&gt;每日消毒&lt;/i&gt;频次。", html);
        Assert.Contains("防控方案缺少&lt;b&gt;消毒频次&lt;/b&gt;", html);
        Assert.DoesNotContain(Note, html);
        Assert.True(html.IndexOf("修改说明", StringComparison.Ordinal) < html.IndexOf(AddedToPlan, StringComparison.Ordinal),
            "The note comes at the top of the filing section.");
        Assert.Equal(HttpStatusCode.OK, oldPage.StatusCode);
        Assert.Contains("data-version=\"1\"", oldHtml);
        Assert.DoesNotContain("修改说明", oldHtml);
        var store = journey.App.GetRequiredService<FilingStore>();
        var first = (await store.GetAsync(filingId, 1))!;
        Assert.Equal(filing.PreventionPlan, first.Filing.PreventionPlan);
        Assert.Equal(filing.Roster, first.Roster);
        Assert.EndsWith(AddedToPlan, (await store.GetAsync(filingId))!.Filing.PreventionPlan);
    }

    [Fact]
    public async Task Round_2_email_carries_the_note_and_the_return_reason_encoded_in_its_html()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var (filingId, accessCode) = await journey.SubmitAsync(SampleFilings.BelowScale());
        await ReturnAsync(journey);

        await AmendOnThePageAsync(journey, filingId, accessCode);
        var email = await journey.Outbox.WaitForAsync(Journey.Director, m => m.Body.Contains("第 2 轮"), channel: "email");
        var html = await HtmlOfAsync(journey, email.IdempotencyKey);

        Assert.Contains("企业已按退回意见修改，修改说明：" + Note, email.Body);
        Assert.Contains(Reason, email.Body);
        Assert.Contains("Its note: " + Note, email.Body);
        Assert.Contains("修改说明：已补充&lt;i&gt;每日消毒&lt;/i&gt;频次。", html);
        Assert.Contains("防控方案缺少&lt;b&gt;消毒频次&lt;/b&gt;", html);
        Assert.DoesNotContain(Note, html);
        var firstRound = await journey.Outbox.WaitForAsync(Journey.Director, m => !m.Body.Contains("第 2 轮"), channel: "email");
        Assert.DoesNotContain("修改说明", firstRound.Body);
    }

    /// <summary>The director returns the filing through the link in the email; returns that link.</summary>
    private static async Task<string> ReturnAsync(Journey journey)
    {
        var link = await journey.Outbox.DecisionLinkAsync(Journey.Director);
        var (returned, html) = await journey.DecideAsync(link, "return", Reason);
        Assert.True(returned.StatusCode == HttpStatusCode.OK, html);
        return link;
    }

    private static async Task AmendOnThePageAsync(Journey journey, string filingId, string accessCode)
    {
        var (_, formHtml) = await journey.PostFormAsync($"/api/filings/{filingId}/amend", ("accessCode", accessCode));
        var form = PageForm.Find(formHtml, "/amend/submit");
        var (done, doneHtml) = await journey.PostFormAsync(form.Action, form
            .Set("preventionPlan", form.Value("preventionPlan") + AddedToPlan)
            .Set("note", Note)
            .ToArray());
        Assert.True(done.StatusCode == HttpStatusCode.OK, doneHtml);
    }

    // The outbox's JSON carries the text body only; its store keeps the HTML body too.
    private static async Task<string> HtmlOfAsync(Journey journey, string idempotencyKey)
    {
        var messages = await journey.App.GetRequiredService<DevOutboxStore>().ListAsync(channel: DevOutboxChannel.Email);
        return messages.Single(m => m.IdempotencyKey == idempotencyKey).Html!;
    }
}
