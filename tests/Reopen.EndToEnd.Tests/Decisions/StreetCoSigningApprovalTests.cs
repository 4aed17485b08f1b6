using System.Text.RegularExpressions;
using Reopen.EndToEnd.Tests.App;
using Reopen.EndToEnd.Tests.Browser;
using Reopen.Functions.Permits;
using Reopen.Orchestrations.Filings;
using Reopen.TestSupport;

namespace Reopen.EndToEnd.Tests.Decisions;

/// <summary>
/// A below-scale firm files over HTTP; the street's party secretary and director each open the link from their email
/// in a real browser and approve; the business gets its permit by SMS and its placard and verification page show it.
/// </summary>
public sealed partial class StreetCoSigningApprovalTests(ReopenInBrowserFixture fixture) : IClassFixture<ReopenInBrowserFixture>
{
    [Fact]
    public async Task Secretary_and_director_approving_in_the_browser_issue_a_permit_its_placard_and_verification_page_show_valid()
    {
        var filing = SampleFilings.BelowScale("清源鲜果超市1号店", responsibleMobile: "13812340001");
        var business = filing.Business.Name;
        await fixture.Filings.SubmitAsync(filing);
        var secretaryLink = await fixture.Outbox.DecisionLinkAboutAsync(SampleStreetOfficials.PartySecretary, business);
        var directorLink = await fixture.Outbox.DecisionLinkAboutAsync(SampleStreetOfficials.Director, business);

        await using var browser = await fixture.OpenBrowserAsync();
        await browser.RecordOnFailureAsync(nameof(Secretary_and_director_approving_in_the_browser_issue_a_permit_its_placard_and_verification_page_show_valid), async () =>
        {
            var secretaryPage = await DecisionPage.OpenAsync(browser, secretaryLink);
            await AssertShowsFilingWithMaskedRosterAsync(browser, filing);
            await secretaryPage.ChooseAsync("approve");
            await secretaryPage.SubmitAsync();
            var secretaryConfirmation = await browser.VisibleTextAsync();
            Assert.Contains("您已会签同意", secretaryConfirmation);
            Assert.Contains("备案尚未通过", secretaryConfirmation); // the director has yet to sign
            Assert.Empty(await fixture.Outbox.ListAsync(filing.Responsible.Mobile, "sms"));

            var directorPage = await DecisionPage.OpenAsync(browser, directorLink);
            await AssertShowsFilingWithMaskedRosterAsync(browser, filing);
            await directorPage.ChooseAsync("approve");
            await directorPage.SubmitAsync();
            var directorConfirmation = await browser.VisibleTextAsync();
            Assert.Contains("备案已通过", directorConfirmation);

            var sms = await fixture.Outbox.BusinessSmsAsync(filing.Responsible.Mobile, "许可编号");
            var permitNumber = PermitNumber().Match(sms.Body).Value;
            Assert.False(string.IsNullOrEmpty(permitNumber), $"No permit number in the SMS: {sms.Body}");
            Assert.Contains(permitNumber, directorConfirmation);

            var placardLink = Assert.Single(sms.Links, l => l.Url.Contains(PermitLinks.PlacardPath(permitNumber), StringComparison.Ordinal)).Url;
            await browser.GoToAsync(placardLink);
            var placard = await browser.VisibleTextAsync();
            Assert.Contains(permitNumber, placard);
            Assert.Contains(business, placard);
            await browser.FindAsync("svg"); // the QR code, drawn inline

            await browser.GoToAsync(new Uri(fixture.App.BaseAddress, PermitLinks.VerifyPath(permitNumber)).AbsoluteUri);
            var verification = await browser.VisibleTextAsync();
            Assert.Contains(permitNumber, verification);
            Assert.Contains("许可状态：有效", verification);
        });
    }

    /// <summary>The official sees whose filing it is and the roster, but never a whole ID number or mobile number of the staff.</summary>
    internal static async Task AssertShowsFilingWithMaskedRosterAsync(BrowserSession browser, Filing filing)
    {
        Assert.Contains(filing.Business.Name, await browser.VisibleTextAsync());
        var source = await browser.PageSourceAsync();
        foreach (var person in filing.Roster)
        {
            Assert.DoesNotContain(person.IdNumber, source);
            Assert.DoesNotContain(person.Mobile, source);
            Assert.Contains(Masking.IdNumber(person.IdNumber), source);
        }
    }

    [GeneratedRegex(@"复工〔\d{4}〕[A-Z0-9-]+")]
    private static partial Regex PermitNumber();
}
