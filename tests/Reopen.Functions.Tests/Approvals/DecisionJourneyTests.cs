using System.Net;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Filings;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Approvals;

/// <summary>Whole journeys through the real app, using only the links found in the dev outbox.</summary>
[Collection(JourneyCollection.Name)]
public class DecisionJourneyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Below_scale_filing_co_signed_through_email_links_ends_with_a_permit_sms_placard_and_valid_verification()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.BelowScale("清源鲜果批发行"));

        var secretaryLink = await journey.Outbox.DecisionLinkAsync(Journey.Secretary);
        var (page, form) = await journey.GetAsync(secretaryLink);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("清源鲜果批发行", form);
        Assert.Contains("name=\"verdict\" value=\"approve\"", form);
        var person = SampleFilings.Person(1);
        Assert.Contains($"<td>{Masking.Name(person.Name)}</td><td>{Masking.IdNumber(person.IdNumber)}</td><td>{Masking.Mobile(person.Mobile)}</td>", form);
        Assert.DoesNotContain(person.Name, form);
        Assert.DoesNotContain(person.IdNumber, form);
        Assert.DoesNotContain(Journey.BusinessMobile, form);
        Assert.Empty((await journey.StateAsync(filingId)).Decisions);

        var (first, waiting) = await journey.DecideAsync(secretaryLink, "approve");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("吴晓梅", waiting); // the co-signer still to sign

        var approved = await journey.ApproveAsync(Journey.Director);
        Assert.Contains("data-status=\"approved\"", approved);

        var state = await journey.StateAsync(filingId);
        Assert.Equal(ApprovalStatus.Approved, state.Status);
        var sms = await journey.Outbox.WaitForAsync(Journey.BusinessMobile, channel: "sms");
        Assert.StartsWith("【清河区复工复产】您的复工备案已通过，许可编号" + state.PermitNumber, sms.Body);
        Assert.DoesNotContain("清源鲜果批发行", sms.Body);
        Assert.True(sms.Body.Length < 200, sms.Body);
        var placardUrl = Assert.Single(sms.Links).Url;

        var (placard, placardHtml) = await journey.GetAsync(placardUrl);
        Assert.Equal(HttpStatusCode.OK, placard.StatusCode);
        Assert.Contains("生产经营单位准许复工公示牌", placardHtml);
        Assert.Contains(state.PermitNumber!, placardHtml);
        Assert.Contains("<svg", placardHtml);
        Assert.Contains("扫码核验许可状态", placardHtml);
        Assert.Contains("class=\"print-a4\"", placardHtml);

        var (verify, verifyHtml) = await journey.GetAsync(placardUrl.Replace("/placard", ""));
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Contains("data-status=\"valid\"", verifyHtml);
        Assert.Contains("有效", verifyHtml);
    }

    [Fact]
    public async Task Above_scale_filing_passes_street_department_and_leading_group_in_turn()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.AboveScale());

        var street = await journey.ApproveAsync(Journey.Director);
        Assert.Contains("清河区工信科技局", street); // what happens next
        await journey.ApproveAsync("industry.deputy@qinghe.gov.example");
        var last = await journey.ApproveAsync("group.office@qinghe.gov.example");

        Assert.Contains("data-status=\"approved\"", last);
        var state = await journey.StateAsync(filingId);
        Assert.Equal(ApprovalStatus.Approved, state.Status);
        Assert.Equal(["street:QH01:director", "dept:industry:deputy", "group:office"], state.Decisions.Select(d => d.By.Id));
        Assert.All(state.Decisions, d => Assert.Equal("email-link", d.Origin.Channel));
        Assert.All(state.Decisions, d => Assert.Equal("JourneyTests/1.0", d.Origin.UserAgent));
        Assert.All(state.Decisions, d => Assert.Equal("127.0.0.1", d.Origin.IpAddress));
    }

    [Fact]
    public async Task Small_restaurant_is_checked_on_site_with_on_site_wording_before_the_street_co_signs()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.SmallRestaurant());

        var inspectorLink = await journey.Outbox.DecisionLinkAsync(Journey.Inspector);
        var (_, form) = await journey.GetAsync(inspectorLink);
        Assert.Contains("现场检查合格", form);
        Assert.Contains("退回整改", form);
        Assert.Contains("不予通过", form);
        var (_, passed) = await journey.DecideAsync(inspectorLink, "approve");
        Assert.Contains("现场检查合格", passed);

        await journey.ApproveAsync(Journey.Secretary);
        await journey.ApproveAsync(Journey.Director);
        Assert.Equal(ApprovalStatus.Approved, (await journey.StateAsync(filingId)).Status);
    }

    [Fact]
    public async Task Green_channel_emails_are_marked_and_the_filing_reaches_a_permit()
    {
        await using var journey = await Journey.StartAsync(azurite);
        var filingId = await journey.FileAsync(SampleFilings.EpidemicSupplies("清河医用防护用品有限公司"));

        var email = await journey.Outbox.WaitForAsync(Journey.Director, channel: "email");
        Assert.Equal("【绿色通道】请审批：清河医用防护用品有限公司 复工备案", email.Subject);

        await journey.ApproveAsync(Journey.Director);
        await journey.ApproveAsync("market.director@qinghe.gov.example");
        await journey.ApproveAsync("group.deputy-head@qinghe.gov.example");
        Assert.Equal(ApprovalStatus.Approved, (await journey.StateAsync(filingId)).Status);
    }
}
