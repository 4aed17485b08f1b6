using Reopen.EndToEnd.Tests.App;
using Reopen.EndToEnd.Tests.Browser;
using Reopen.TestSupport;

namespace Reopen.EndToEnd.Tests.Decisions;

/// <summary>An official rejects a filing from the browser: a rejection needs a reason the business can act on.</summary>
public sealed class RejectionTests(ReopenInBrowserFixture fixture) : IClassFixture<ReopenInBrowserFixture>
{
    private const string ReasonRequired = "必须填写理由";

    [Fact]
    public async Task Rejecting_without_a_reason_shows_the_error_on_the_form_and_changes_nothing()
    {
        // Its own name and mobile: the tests of this class share one outbox.
        var filing = SampleFilings.BelowScale("清源鲜果超市2号店", responsibleMobile: "13812340002");
        var submitted = await fixture.Filings.SubmitAsync(filing);
        var link = await fixture.Outbox.DecisionLinkAboutAsync(SampleStreetOfficials.PartySecretary, filing.Business.Name);

        await using var browser = await fixture.OpenBrowserAsync();
        await browser.RecordOnFailureAsync(nameof(Rejecting_without_a_reason_shows_the_error_on_the_form_and_changes_nothing), async () =>
        {
            var page = await DecisionPage.OpenAsync(browser, link);
            await page.ChooseAsync("reject");
            await page.SubmitAsync();

            Assert.Contains(ReasonRequired, await browser.VisibleTextAsync());
            Assert.True(await page.IsChosenAsync("reject"), "The form should keep the official's choice while asking for the reason.");
            var status = await fixture.Filings.StatusAsync(submitted);
            Assert.Equal("Pending", status["status"]?.GetValue<string>());
            Assert.Empty(status["decisions"]!.AsArray());
            Assert.Empty(await fixture.Outbox.ListAsync(filing.Responsible.Mobile, "sms"));

            // The link still decides: nothing was recorded.
            await DecisionPage.OpenAsync(browser, link);
            Assert.DoesNotContain(ReasonRequired, await browser.VisibleTextAsync());
        });
    }

    [Fact]
    public async Task Rejecting_with_a_reason_shows_the_rejected_confirmation_and_tells_the_business_why()
    {
        const string reason = "防控物资储备不足，口罩数量不满足一周用量";
        var filing = SampleFilings.BelowScale("清源鲜果超市3号店", responsibleMobile: "13812340003");
        var submitted = await fixture.Filings.SubmitAsync(filing);
        var link = await fixture.Outbox.DecisionLinkAboutAsync(SampleStreetOfficials.PartySecretary, filing.Business.Name);

        await using var browser = await fixture.OpenBrowserAsync();
        await browser.RecordOnFailureAsync(nameof(Rejecting_with_a_reason_shows_the_rejected_confirmation_and_tells_the_business_why), async () =>
        {
            var page = await DecisionPage.OpenAsync(browser, link);
            await page.ChooseAsync("reject");
            await page.TypeReasonAsync(reason);
            await page.SubmitAsync();

            var confirmation = await browser.VisibleTextAsync();
            Assert.Contains("已驳回", confirmation);
            Assert.DoesNotContain(ReasonRequired, confirmation);
            Assert.Equal("Rejected", (await fixture.Filings.StatusAsync(submitted))["status"]?.GetValue<string>());
            // The SMS carries no typed text: the reason is on the status page it links to, and the street office calls.
            var sms = await fixture.Outbox.BusinessSmsAsync(filing.Responsible.Mobile, "未通过");
            Assert.DoesNotContain(reason, sms.Body);
            Assert.Contains("街道将致电", sms.Body);
            Assert.Contains("/status", Assert.Single(sms.Links).Url);
            Assert.Equal(reason, (await fixture.Filings.StatusAsync(submitted))["reason"]?.GetValue<string>());
        });
    }
}
