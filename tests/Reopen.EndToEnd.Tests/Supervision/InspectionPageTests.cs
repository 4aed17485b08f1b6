using Reopen.EndToEnd.Tests.App;
using Reopen.EndToEnd.Tests.Browser;
using Reopen.EndToEnd.Tests.Decisions;
using Reopen.Functions.Supervision.FollowUps;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Supervision;
using Reopen.TestSupport;

namespace Reopen.EndToEnd.Tests.Supervision;

/// <summary>A grid inspector opens the look-back's link in the browser, ticks the checklist, marks a failure and issues a notice.</summary>
public sealed class InspectionPageTests(ReopenInBrowserFixture fixture) : IClassFixture<ReopenInBrowserFixture>
{
    [Fact]
    public async Task An_inspector_records_a_failed_item_with_a_note_and_issues_a_notice_and_a_missing_note_is_asked_for_first()
    {
        var filing = SampleFilings.BelowScale("清源回访粮油店", responsibleMobile: "13812340009");
        var submitted = await fixture.Filings.SubmitAsync(filing);
        foreach (var official in new[] { SampleStreetOfficials.PartySecretary, SampleStreetOfficials.Director })
        {
            var link = await fixture.Outbox.DecisionLinkAboutAsync(official, filing.Business.Name);
            using var decided = await fixture.App.Client.PostAsync(link, new FormUrlEncodedContent([new("verdict", "approve")]));
            decided.EnsureSuccessStatusCode();
        }
        await fixture.Outbox.WaitForAsync(filing.Responsible.Mobile, m => m.Body.Contains("复工备案已通过"), "sms");
        // The fast policy's first look-back falls 3 s after the permit; the app's timers are idle here, so the test sweeps.
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        await fixture.App.GetRequiredService<FollowUpSweep>().RunAsync(default);
        var task = await fixture.Outbox.WaitForAsync(null, m => m.IdempotencyKey == $"followup|{submitted.FilingId}|lookback-1|email", "email");

        await using var browser = await fixture.OpenBrowserAsync();
        await browser.RecordOnFailureAsync(nameof(An_inspector_records_a_failed_item_with_a_note_and_issues_a_notice_and_a_missing_note_is_asked_for_first), async () =>
        {
            await browser.GoToAsync(task.LinkTo("/api/inspections/"));
            Assert.Contains("五到位", await browser.VisibleTextAsync());
            Assert.DoesNotContain(filing.Responsible.Mobile, await browser.PageSourceAsync());
            foreach (var item in Checklists.For(BusinessCategory.General).SelectMany(s => s.Items))
                await (await browser.FindAsync($"input[name='item:{item.Code}'][value={(item.Code == "five.supplies" ? "fail" : "pass")}]")).ClickAsync();
            await (await browser.FindAsync($"input[name=outcome][value={InspectionOutcome.RectificationNotice}]")).ClickAsync();
            await (await browser.FindAsync("form.checklist button[type=submit]")).ClickAsync();

            var errors = await browser.FindAsync("[data-errors]");
            Assert.Contains("不合格的情况", await errors.TextAsync());
            Assert.True(await (await browser.FindAsync("input[name='item:five.supplies'][value=fail]")).IsSelectedAsync(), "The answers stay as ticked.");

            await (await browser.FindAsync("input[name='note:five.supplies']")).TypeAsync("消毒液只够两天");
            await (await browser.FindAsync("form.checklist button[type=submit]")).ClickAsync();

            var recorded = await browser.FindAsync("[data-notice=recorded]");
            Assert.Equal(nameof(InspectionOutcome.RectificationNotice), await recorded.AttributeAsync("data-outcome"));
            Assert.Contains("消毒液只够两天", await recorded.TextAsync());
            await fixture.Outbox.WaitForAsync(filing.Responsible.Mobile, m => m.Body.Contains("整改到位"), "sms");
        });
    }
}
