using System.Text.RegularExpressions;
using Reopen.Functions.Notifications.SendGrid;
using Reopen.Functions.Tests.Approvals;
using Reopen.Functions.Tests.Notifications.Fakes;
using Reopen.Functions.Notifications.Undelivered;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Notifications;

/// <summary>The real app configured with the SendGrid and ACS adapters, pointed at the fakes instead of the dev outbox.</summary>
[Collection(JourneyCollection.Name)]
public sealed partial class RealAdaptersJourneyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Filing_mails_each_approver_once_through_sendgrid_and_the_permit_sms_goes_through_acs()
    {
        await using var sendGrid = await FakeSendGrid.StartAsync();
        await using var acs = await FakeAcsSms.StartAsync();
        await using var journey = await StartAsync(sendGrid, acs);

        await journey.FileAsync(SampleFilings.BelowScale("清源鲜果批发行"));
        var toSecretary = await WaitForMailAsync(sendGrid, Journey.Secretary);

        Assert.Single(sendGrid.Accepted, m => m.To == Journey.Secretary);
        Assert.Contains("清源鲜果批发行", toSecretary.Subject);
        Assert.False(string.IsNullOrEmpty(toSecretary.CustomArgs[SendGridEmailSender.IdempotencyKeyArg]));
        Assert.Empty(await journey.Outbox.ListAsync());

        await ApproveAsync(journey, toSecretary);
        await ApproveAsync(journey, await WaitForMailAsync(sendGrid, Journey.Director));
        var sms = await WaitForAsync(() => acs.Delivered.SingleOrDefault());

        Assert.Equal("+86" + Journey.BusinessMobile, sms.To);
        Assert.Contains("已通过", sms.Message);
        Assert.DoesNotContain("清源鲜果批发行", sms.Message);
    }

    [Fact]
    public async Task Email_the_provider_refuses_is_shown_on_the_status_page_the_status_api_and_the_other_approvers_decision_page()
    {
        await using var sendGrid = await FakeSendGrid.StartAsync();
        sendGrid.RefusedRecipients.Add(Journey.Secretary);
        await using var acs = await FakeAcsSms.StartAsync();
        await using var journey = await StartAsync(sendGrid, acs);

        var (filingId, accessCode) = await journey.SubmitAsync(SampleFilings.BelowScale("清源鲜果批发行"));
        var toDirector = await WaitForMailAsync(sendGrid, Journey.Director);
        var undelivered = await WaitForAsync(() => journey.App.GetRequiredService<UndeliveredMessageLog>().ListAsync(filingId, default).Result.FirstOrDefault());

        // Refused for good: set aside after its one try, not retried.
        Assert.True(undelivered.Refused);
        Assert.Equal(1, undelivered.Attempts);
        var (_, decisionPage) = await journey.GetAsync(DecisionLink().Match(toDirector.Text).Value);
        Assert.Contains("未能发出的通知", decisionPage);
        Assert.Contains("<td>审批邮件</td><td>周建国（清源街道党工委书记）</td><td>通知服务拒收（SendGrid，400）</td>", decisionPage);
        Assert.DoesNotContain(Journey.Secretary, decisionPage);
        var (_, statusPage) = await journey.PostFormAsync($"/api/filings/{filingId}/status?lang=en", ("accessCode", accessCode));
        Assert.Contains("Messages that could not be sent", statusPage);
        Assert.Contains("<td>Decision email</td><td>周建国 (", statusPage);
        Assert.Contains("<td>Refused by the messaging service (SendGrid, 400)</td>", statusPage);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/filings/{filingId}");
        request.Headers.Add("X-Access-Code", accessCode);
        using var status = await journey.Client.SendAsync(request);
        Assert.Contains("\"undelivered\":[{\"purpose\":\"decisionEmail\"", await status.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Email_the_provider_fails_at_first_goes_out_once_on_the_orchestrations_retry_and_the_journey_goes_on()
    {
        await using var sendGrid = await FakeSendGrid.StartAsync();
        sendGrid.Failures.Add(503);
        await using var acs = await FakeAcsSms.StartAsync();
        await using var journey = await StartAsync(sendGrid, acs);

        var (filingId, _) = await journey.SubmitAsync(SampleFilings.BelowScale("清源鲜果批发行"));
        var toSecretary = await WaitForMailAsync(sendGrid, Journey.Secretary);
        var toDirector = await WaitForMailAsync(sendGrid, Journey.Director);

        // The step's two emails went out together; one was answered 503 and, after the retry policy's wait, accepted.
        var answers = await WaitForAsync(() => sendGrid.Answers is { Count: >= 3 } all ? all : null);
        Assert.Equal([202, 202, 503], answers.Order());
        Assert.Equal(202, answers[^1]);
        Assert.Single(sendGrid.Accepted, m => m.To == Journey.Secretary);
        Assert.Single(sendGrid.Accepted, m => m.To == Journey.Director);
        await ApproveAsync(journey, toSecretary);
        await ApproveAsync(journey, toDirector);
        await WaitForAsync(() => acs.Delivered.SingleOrDefault());
        Assert.Empty(await journey.App.GetRequiredService<UndeliveredMessageLog>().ListAsync(filingId, default));
    }

    private Task<Journey> StartAsync(FakeSendGrid sendGrid, FakeAcsSms acs) => Journey.StartAsync(azurite, options =>
    {
        options.Settings["Notifications:Email"] = "sendgrid";
        options.Settings["SendGrid:ApiKey"] = FakeSendGrid.ApiKey;
        options.Settings["SendGrid:FromEmail"] = "noreply@qinghe.gov.cn";
        options.Settings["SendGrid:Host"] = sendGrid.BaseAddress.ToString();
        options.Settings["Notifications:Sms"] = "acs";
        options.Settings["Acs:ConnectionString"] = acs.ConnectionString;
        options.Settings["Acs:From"] = "+18005550100";
    });

    private static async Task ApproveAsync(Journey journey, AcceptedMail mail)
    {
        var (response, html) = await journey.DecideAsync(DecisionLink().Match(mail.Text).Value, "approve");
        Assert.True(response.IsSuccessStatusCode, html);
    }

    private static Task<AcceptedMail> WaitForMailAsync(FakeSendGrid fake, string to) => WaitForAsync(() => fake.Accepted.FirstOrDefault(m => m.To == to));

    private static async Task<T> WaitForAsync<T>(Func<T?> probe) where T : class
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(15); DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            if (probe() is { } found) return found;
        }
        throw new TimeoutException("The fake provider received nothing in time.");
    }

    [GeneratedRegex(@"https?://\S+/api/decisions/[A-Za-z0-9_\-\.]+")]
    private static partial Regex DecisionLink();
}
