using System.Net;
using System.Text.RegularExpressions;
using Reopen.Functions.Permits;
using Reopen.Functions.Tests.Approvals;
using Reopen.Functions.Tests.Filings;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Web;

/// <summary>English pages read as English: plurals agree, dates are English, and no Chinese punctuation joins the parts.</summary>
[Collection(JourneyCollection.Name)]
public partial class EnglishPageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Decision_page_counts_one_person_and_joins_its_parts_with_english_punctuation()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filing = Plain(SampleFilings.BelowScale(staff: 1));
        await journey.FileAsync(filing with
        {
            Supplies = filing.Supplies with { Other = "N95" },
            Building = new OfficeBuilding { Name = "Qingyuan Tower", PropertyManager = "Qingyuan Property" },
        });
        var link = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);

        var (page, html) = await journey.GetAsync(link + "?lang=en");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("1 person, 0 from out of province.", html);
        Assert.Contains("Office building / property manager</strong>: Qingyuan Tower", html);
        Assert.Contains("thermometers: 4; N95", html);
        AssertNoChinesePunctuation(html);
    }

    [Fact]
    public async Task Status_and_amend_pages_name_people_list_them_and_count_the_roster_in_english()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var (filingId, accessCode) = await journey.SubmitAsync(Plain(SampleFilings.BelowScale(staff: 1)));
        var (_, pending) = await journey.PostFormAsync($"/api/filings/{filingId}/status?lang=en", ("accessCode", accessCode));
        await journey.DecideAsync(await journey.Outbox.DecisionLinkAsync(Journey.Director), "return", "Add how often you disinfect");

        var (_, returned) = await journey.PostFormAsync($"/api/filings/{filingId}/status?lang=en", ("accessCode", accessCode));
        var (_, amend) = await journey.PostFormAsync($"/api/filings/{filingId}/amend?lang=en", ("accessCode", accessCode));

        Assert.Matches(@"class=""held-by"">[^<（、]+ \([^)]+\), [^<（、]+ \([^)]+\)</td>", pending);
        Assert.Matches(@"<td>吴晓梅 \([^)]+\)</td><td>Returned for amendment</td>", returned);
        Assert.Contains("The roster of 1 person is kept as filed.", amend);
        Assert.Contains("<strong>Reason</strong>: <span class=\"reason\">", amend);
        AssertNoChinesePunctuation(pending);
        AssertNoChinesePunctuation(returned);
        AssertNoChinesePunctuation(amend);
    }

    [Fact]
    public async Task Verification_page_and_placard_give_the_issue_date_in_english()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var permit = new PermitIssued("F1", "复工〔2026〕QH-7K3M9TQX", "Qingyuan Fruit", "91350100M000100Y43", "Qingyuan Road 88", "QH01", "retail",
            BusinessCategory.SmallSupermarket, new DateTimeOffset(2026, 12, 1, 16, 30, 0, TimeSpan.Zero)); // 2 December in Beijing
        await journey.App.GetRequiredService<PermitRegister>().RecordIssuedAsync(permit, default);

        var (_, verification) = await journey.GetAsync("/api/permits/QH-7K3M9TQX?lang=en");
        var (_, placard) = await journey.GetAsync("/api/permits/QH-7K3M9TQX/placard?lang=en");
        var (_, chinese) = await journey.GetAsync("/api/permits/QH-7K3M9TQX");

        Assert.Contains("<th>Issued</th><td>2 December 2026</td>", verification);
        Assert.Contains("<th>Issued</th><td>2 December 2026</td>", placard);
        Assert.Contains("<td>2026年12月2日</td>", chinese);
        AssertNoChinesePunctuation(verification);
        AssertNoChinesePunctuation(placard);
    }

    [Fact]
    public async Task One_invalid_field_is_counted_as_one_field_in_english()
    {
        await using var journey = await Journey.StartAsync(azurite);
        using var request = FilingsApp.Submission(SampleFilings.BelowScale() with { EmergencyPlan = "" }, language: "en");

        using var response = await journey.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("1 field needs fixing; correct it", body);
    }

    // The sample plans are written with Chinese punctuation; typed data is not what these pages are checked for.
    private static Filing Plain(Filing filing) => filing with { PreventionPlan = "Daily temperature checks", EmergencyPlan = "Isolate and report" };

    // Chinese text may appear only as data (names typed in Chinese, the permit number's 〔〕); never as the page's own punctuation.
    private static void AssertNoChinesePunctuation(string html) =>
        Assert.DoesNotMatch(ChinesePunctuation(), html.Replace("复工〔2026〕", ""));

    [GeneratedRegex(@"[\u3000-\u303F\uFF00-\uFFEF]")]
    private static partial Regex ChinesePunctuation();
}
